using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Timeline.Events;
using Timeline.Timelines;

namespace Timeline.Export.Json.Format;

// The write side of the shape of TimelineDto.cs: the same objects, properties and names in the same order, but with
// every enum value and date already turned into its text (TimelineJsonNames, ISO days). With no custom converter
// left, the source generator emits its fast path (straight Utf8JsonWriter calls with pre-encoded property names)
// instead of the metadata-driven serializer; the bytes are the same. The reader keeps TimelineDto and its converters.

/// <summary>A document and its publication date, as written.</summary>
internal sealed class DocumentOut
{
    public required string Id { get; init; }

    public required string? Published { get; init; }

    public required string PublishedFrom { get; init; }

    public static DocumentOut From(TimelineDocument document) => new()
    {
        Id = JsonText.Of(document.Id),
        Published = document.Published is { } day ? IsoDay.Format(day) : null,
        PublishedFrom = TimelineJsonNames.Name(document.PublishedFrom),
    };
}

/// <summary>An event, as written.</summary>
internal sealed class EventOut
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public required string Plover { get; init; }

    public required string Status { get; init; }

    public required string Title { get; init; }

    public required DateOut? Date { get; init; }

    public required string DateSource { get; init; }

    public required DateOut[] ConflictingDates { get; init; }

    public required ParticipantOut[] Participants { get; init; }

    public required string? Location { get; init; }

    public required MentionOut[] Mentions { get; init; }

    public static EventOut From(TimelineEvent e)
    {
        var conflicting = new DateOut[e.ConflictingDates.Count];
        for (int i = 0; i < conflicting.Length; i++) conflicting[i] = DateOut.From(e.ConflictingDates[i])!;
        var mentions = new MentionOut[e.Mentions.Count];
        for (int i = 0; i < mentions.Length; i++) mentions[i] = MentionOut.From(e, e.Mentions[i]);
        return new()
        {
            Id = e.Id,
            Type = TimelineJsonNames.Name(e.Type),
            Plover = TimelineJsonNames.Name(e.Plover),
            Status = TimelineJsonNames.Name(e.Status),
            Title = JsonText.Of(e.Title),
            Date = DateOut.From(e.Date),
            DateSource = TimelineJsonNames.Name(e.Date is null ? Events.DateSource.None : e.DateSource),
            ConflictingDates = conflicting,
            Participants = ParticipantOut.From(e.Participants),
            Location = JsonText.OfNullable(e.Location),
            Mentions = mentions,
        };
    }
}

/// <summary>A mention, as written.</summary>
internal sealed class MentionOut
{
    public required string Document { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Text { get; init; }

    public required string? Timex { get; init; }

    public required string? TimexValue { get; init; }

    public required string Type { get; init; }

    public required string Status { get; init; }

    public required DateOut? Date { get; init; }

    public required string DateSource { get; init; }

    public required SpanDto Trigger { get; init; }

    public required ParticipantOut[] Participants { get; init; }

    public required string? Location { get; init; }

    public required bool LocationIsCountry { get; init; }

    public required string? Relation { get; init; }

    public required SpanDto? RelatedTo { get; init; }

    public static MentionOut From(TimelineEvent e, Observation m) => new()
    {
        Document = JsonText.Of(m.Document),
        Start = m.Span.Start,
        End = m.Span.End,
        Text = JsonText.Of(m.Text),
        Timex = JsonText.OfNullable(m.Timex),
        TimexValue = m.TimexValue,
        Type = TimelineJsonNames.Name(m.Type),
        Status = TimelineJsonNames.Name(m.Status),
        Date = DateOut.From(m.Date),
        DateSource = TimelineJsonNames.Name(TimelineJsonWriter.MentionDateSource(e, m)),
        Trigger = SpanDto.From(m.Trigger),
        Participants = ParticipantOut.From(m.Participants),
        Location = JsonText.OfNullable(m.Location),
        LocationIsCountry = m.LocationIsCountry,
        Relation = m.Relation is { } relation ? TimelineJsonNames.Name(relation) : null,
        RelatedTo = m.RelatedTo is { } to ? SpanDto.From(to) : null,
    };
}

/// <summary>A date, as written.</summary>
internal sealed class DateOut
{
    public required string Start { get; init; }

    public required string End { get; init; }

    public required string Precision { get; init; }

    public static DateOut? From(EventDate? date) => date is null
        ? null
        : new() { Start = IsoDay.Format(date.Start), End = IsoDay.Format(date.End), Precision = TimelineJsonNames.Name(date.Precision) };
}

/// <summary>A participant, as written; <c>role</c> is left out when there is none.</summary>
internal sealed class ParticipantOut
{
    public required string Name { get; init; }

    public required string Kind { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Role { get; init; }

    public static ParticipantOut[] From(IReadOnlyList<Participant> participants)
    {
        if (participants.Count == 0) return [];
        var result = new ParticipantOut[participants.Count];
        for (int i = 0; i < result.Length; i++)
        {
            var p = participants[i];
            result[i] = new() { Name = JsonText.Of(p.Name), Kind = TimelineJsonNames.Name(p.Kind), Role = JsonText.OfNullable(p.Role) };
        }
        return result;
    }
}

/// <summary>
/// A day as <c>YYYY-MM-DD</c>: the text of NodaTime's <see cref="LocalDatePattern.Iso"/> (which the reader's
/// converter parses), written directly for the years 0–9999 and through the pattern for any other.
/// </summary>
internal static class IsoDay
{
    public static string Format(LocalDate day)
    {
        if (day.Year is < 0 or > 9999) return LocalDatePattern.Iso.Format(day);
        return string.Create(10, day, static (chars, d) =>
        {
            int year = d.Year;
            chars[0] = (char)('0' + year / 1000);
            chars[1] = (char)('0' + year / 100 % 10);
            chars[2] = (char)('0' + year / 10 % 10);
            chars[3] = (char)('0' + year % 10);
            chars[4] = '-';
            chars[5] = (char)('0' + d.Month / 10);
            chars[6] = (char)('0' + d.Month % 10);
            chars[7] = '-';
            chars[8] = (char)('0' + d.Day / 10);
            chars[9] = (char)('0' + d.Day % 10);
        });
    }
}
