using System.Text.Json;
using NodaTime.Text;
using Timeline.Events;
using Timeline.Export.Json.Format;
using Timeline.Temporal;
using Timeline.Timelines;

namespace Timeline.Export.Json;

/// <summary>The outcome of reading a timeline: the timeline, or what is wrong with the input.</summary>
/// <param name="Timeline">The timeline read; null on failure.</param>
/// <param name="Error">
/// What is wrong, where: the JSON path, the line when the problem is one of syntax or type, and what was expected
/// (<c>$.events[3].mentions[0].type (line 57): "parade" is not a known type.</c>); null on success.
/// </param>
public sealed record TimelineReadResult(EventTimeline? Timeline, string? Error)
{
    /// <summary>Whether the input was a timeline.</summary>
    public bool Success => Timeline is not null;

    /// <summary>The timeline, or an <see cref="InvalidDataException"/> with <see cref="Error"/>.</summary>
    public EventTimeline GetValueOrThrow() => Timeline ?? throw new InvalidDataException(Error);
}

/// <summary>
/// Reads the JSON that <see cref="TimelineJsonWriter"/> writes back into an <see cref="EventTimeline"/>, so that a
/// saved timeline can be merged with new articles. The whole file must have the shape of docs/timeline.schema.json
/// (unknown properties are ignored); the documents and every mention are read, and the events are rebuilt from the
/// mentions (their other fields are derived from them), so writing what was read gives the same bytes. Never
/// throws on bad input: the result says what is wrong and where.
/// </summary>
public static class TimelineJsonReader
{
    private sealed class Problem(string path, string message) : Exception($"{path}: {message}");

    /// <summary>Reads a timeline from UTF-8 JSON (a leading byte order mark is skipped).</summary>
    public static TimelineReadResult Read(ReadOnlyMemory<byte> utf8Json)
    {
        if (utf8Json.Span.StartsWith("\uFEFF"u8)) utf8Json = utf8Json[3..];
        TimelineDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8Json.Span, TimelineJsonContext.Default.TimelineDto);
        }
        catch (JsonException e)
        {
            return new TimelineReadResult(null, TimelineJsonErrors.Describe(utf8Json, e));
        }
        if (dto is null) return new TimelineReadResult(null, "$: expected an object, not null.");
        try
        {
            return new TimelineReadResult(Read(dto), null);
        }
        catch (Problem e)
        {
            return new TimelineReadResult(null, e.Message);
        }
    }

    /// <summary>Reads a timeline from a stream of UTF-8 JSON (read to its end).</summary>
    public static TimelineReadResult Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    // The serializer has checked the shape and the types; what is left are nulls inside arrays (which nullable
    // annotations do not cover) and what JSON types cannot say: a date's end after its start, a span in order.
    private static EventTimeline Read(TimelineDto dto)
    {
        var documents = new List<TimelineDocument>(dto.Documents.Count);
        for (int i = 0; i < dto.Documents.Count; i++)
        {
            var d = NotNull(dto.Documents[i], $"$.documents[{i}]");
            documents.Add(new TimelineDocument(d.Id, d.Published, d.PublishedFrom));
        }
        var observations = new List<Observation>();
        for (int i = 0; i < dto.Events.Count; i++)
        {
            var path = $"$.events[{i}]";
            var e = NotNull(dto.Events[i], path);
            for (int j = 0; j < e.Mentions.Count; j++)
            {
                var at = $"{path}.mentions[{j}]";
                observations.Add(Mention(NotNull(e.Mentions[j], at), at));
            }
        }
        return EventTimeline.Build(documents, observations);
    }

    private static Observation Mention(MentionDto m, string path)
    {
        var date = m.Date is null ? null : Date(m.Date, $"{path}.date");
        return new Observation
        {
            Document = m.Document,
            Span = new TextSpan(m.Start, m.End),
            Text = m.Text,
            Timex = m.Timex,
            TimexValue = m.TimexValue,
            Type = m.Type,
            Status = m.Status,
            Date = date,
            // "merge" and "relation" on a mention without its own date describe its event; its own source is none.
            DateSource = date is null ? DateSource.None : m.DateSource,
            Trigger = Span(m.Trigger, $"{path}.trigger"),
            Participants = m.Participants.Select((p, k) => Participant(NotNull(p, $"{path}.participants[{k}]"))).ToList(),
            Location = m.Location,
            LocationIsCountry = m.LocationIsCountry,
            Relation = m.Relation,
            RelatedTo = m.RelatedTo is null ? null : Span(m.RelatedTo, $"{path}.relatedTo"),
        };
    }

    private static Participant Participant(ParticipantDto p) => new(p.Name, p.Kind, p.Role);

    private static EventDate Date(DateDto d, string path)
    {
        if (d.End < d.Start)
            throw new Problem(path, $"end {LocalDatePattern.Iso.Format(d.End)} is before start {LocalDatePattern.Iso.Format(d.Start)}.");
        return new EventDate(d.Start, d.End, d.Precision);
    }

    private static TextSpan Span(SpanDto s, string path)
    {
        if (s.Start < 0 || s.End < s.Start) throw new Problem(path, $"[{s.Start}, {s.End}) is not a span of text.");
        return new TextSpan(s.Start, s.End);
    }

    private static T NotNull<T>(T? value, string path) where T : class =>
        value ?? throw new Problem(path, "expected an object, not null.");
}
