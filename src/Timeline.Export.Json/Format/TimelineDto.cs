using System.Text.Json.Serialization;
using NodaTime;
using Timeline.Events;
using Timeline.Temporal;

namespace Timeline.Export.Json.Format;

// The shape of the timeline JSON as TimelineJsonReader reads it, one class per JSON object, properties in the order
// they are written (docs/timeline.schema.json says the same). `required` means the property must be present; a
// nullable type means its value may be null. Enum values and dates are parsed by the converters of
// TimelineJsonContext. TimelineOutput.cs writes the same shape with direct Utf8JsonWriter calls; a test holds it to
// these classes (what it writes is what serializing them writes).

/// <summary>The whole file: <c>{"documents": [...], "events": [...]}</c>.</summary>
internal sealed class TimelineDto
{
    public required IReadOnlyList<DocumentDto> Documents { get; init; }

    public required IReadOnlyList<EventDto> Events { get; init; }
}

/// <summary>A document and its publication date.</summary>
internal sealed class DocumentDto
{
    public required string Id { get; init; }

    public required LocalDate? Published { get; init; }

    public required PublicationDateSource PublishedFrom { get; init; }
}

/// <summary>An event. Everything but its mentions is derived from them, and a reader rebuilds it.</summary>
internal sealed class EventDto
{
    public required string Id { get; init; }

    public required EventType Type { get; init; }

    public required PloverCategory Plover { get; init; }

    public required EventStatus Status { get; init; }

    public required string Title { get; init; }

    public required DateDto? Date { get; init; }

    public required DateSource DateSource { get; init; }

    public required IReadOnlyList<DateDto> ConflictingDates { get; init; }

    public required IReadOnlyList<ParticipantDto> Participants { get; init; }

    public required string? Location { get; init; }

    public required IReadOnlyList<MentionDto> Mentions { get; init; }
}

/// <summary>A mention: everything its <see cref="Observation"/> holds.</summary>
internal sealed class MentionDto
{
    public required string Document { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Text { get; init; }

    public required string? Timex { get; init; }

    public required string? TimexValue { get; init; }

    public required EventType Type { get; init; }

    public required EventStatus Status { get; init; }

    public required DateDto? Date { get; init; }

    public required DateSource DateSource { get; init; }

    public required SpanDto Trigger { get; init; }

    public required IReadOnlyList<ParticipantDto> Participants { get; init; }

    public required string? Location { get; init; }

    public required bool LocationIsCountry { get; init; }

    public required EventRelationKind? Relation { get; init; }

    public required SpanDto? RelatedTo { get; init; }
}

/// <summary>A date: whole days, end inclusive, and its precision.</summary>
internal sealed class DateDto
{
    public required LocalDate Start { get; init; }

    public required LocalDate End { get; init; }

    public required DatePrecision Precision { get; init; }
}

/// <summary>A participant; <c>role</c> is left out when there is none.</summary>
internal sealed class ParticipantDto
{
    public required string Name { get; init; }

    public required ParticipantKind Kind { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Role { get; init; }
}

/// <summary>A span of text: UTF-16 offsets, end exclusive.</summary>
internal sealed class SpanDto
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public static SpanDto From(TextSpan span) => new() { Start = span.Start, End = span.End };
}

/// <summary>
/// Text as the JSON carries it: a lone surrogate, which UTF-8 cannot encode, becomes U+FFFD, written as that character
/// rather than as the escape System.Text.Json writes for it, so that a timeline read back writes the same bytes.
/// </summary>
internal static class JsonText
{
    public static string Of(string value)
    {
        int i = value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0) return value;
        var chars = value.ToCharArray();
        for (; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    public static string? OfNullable(string? value) => value is null ? null : Of(value);
}
