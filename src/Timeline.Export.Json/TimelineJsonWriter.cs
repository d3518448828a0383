using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Timeline.Events;
using Timeline.Temporal;
using Timeline.Timelines;

namespace Timeline.Export.Json;

/// <summary>
/// Writes an <see cref="EventTimeline"/> as the JSON of <c>timeline extract</c>:
/// <code>
/// {"documents": [{"id", "published", "publishedFrom"}],
///  "events": [{"id", "type", "plover", "status", "title", "date", "dateSource", "conflictingDates",
///              "participants", "location",
///              "mentions": [{"document", "start", "end", "text", "timex", "timexValue", "type", "status",
///                            "date", "dateSource", "trigger", "participants", "location", "locationIsCountry",
///                            "relation", "relatedTo"}]}]}
/// </code>
/// A date is <c>{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD", "precision"}</c> (whole days, end inclusive) or null.
/// Mentions keep everything their <see cref="Observation"/> holds, so a saved timeline can be read back and merged
/// again. The output is byte-for-byte deterministic: fixed property order, invariant formatting, UTF-8 without a
/// byte order mark, <c>\n</c> line ends.
/// </summary>
public static class TimelineJsonWriter
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    /// <summary>
    /// The writer settings of the standard output: indented by two spaces, <c>\n</c> line ends, and relaxed escaping
    /// (non-ASCII text stays readable; quotes, backslashes and control characters are still escaped).
    /// </summary>
    public static JsonWriterOptions IndentedOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
    };

    /// <summary>The same as <see cref="IndentedOptions"/>, on one line.</summary>
    public static JsonWriterOptions CompactOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes <paramref name="timeline"/> to <paramref name="output"/> as one JSON document followed by <c>\n</c>.</summary>
    /// <param name="output">The stream to write to; it is flushed, not closed.</param>
    /// <param name="timeline">The timeline.</param>
    /// <param name="indented">Indent (the default), or write everything on one line.</param>
    public static void Write(Stream output, EventTimeline timeline, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        using (var writer = new Utf8JsonWriter(output, indented ? IndentedOptions : CompactOptions))
        {
            Write(writer, timeline);
        }
        output.Write("\n"u8);
        output.Flush();
    }

    /// <summary>Writes <paramref name="timeline"/> to <paramref name="output"/> as one JSON document followed by <c>\n</c>.</summary>
    /// <param name="output">The buffer to write to.</param>
    /// <param name="timeline">The timeline.</param>
    /// <param name="indented">Indent (the default), or write everything on one line.</param>
    public static void Write(IBufferWriter<byte> output, EventTimeline timeline, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        using (var writer = new Utf8JsonWriter(output, indented ? IndentedOptions : CompactOptions))
        {
            Write(writer, timeline);
        }
        output.Write("\n"u8);
    }

    /// <summary>The UTF-8 bytes <see cref="Write(Stream, EventTimeline, bool)"/> writes.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="indented">Indent (the default), or write everything on one line.</param>
    public static byte[] ToUtf8Bytes(EventTimeline timeline, bool indented = true)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        Write(buffer, timeline, indented);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <paramref name="timeline"/> as one JSON object with <paramref name="writer"/>'s settings (no newline after it).</summary>
    /// <param name="writer">The writer; flushed at the end.</param>
    /// <param name="timeline">The timeline.</param>
    public static void Write(Utf8JsonWriter writer, EventTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(timeline);
        writer.WriteStartObject();
        writer.WriteStartArray("documents"u8);
        foreach (var document in timeline.Documents) WriteDocument(writer, document);
        writer.WriteEndArray();
        writer.WriteStartArray("events"u8);
        foreach (var e in timeline.Events) WriteEvent(writer, e);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>
    /// How a mention's date is known, as the JSON says it: its own source when it has a date of its own; otherwise
    /// <c>relation</c> when its event was dated through the relation this mention states, <c>merge</c> when its event
    /// is dated by other mentions, and <c>none</c> when its event has no date.
    /// </summary>
    /// <param name="e">The event the mention belongs to.</param>
    /// <param name="mention">The mention.</param>
    public static DateSource MentionDateSource(TimelineEvent e, Observation mention)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.Date is not null) return mention.DateSource;
        if (e.Date is null) return DateSource.None;
        return e.DateSource == DateSource.Relation && mention.Relation is not null ? DateSource.Relation : DateSource.Merge;
    }

    private static void WriteDocument(Utf8JsonWriter w, TimelineDocument document)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, document.Id);
        WriteDay(w, "published"u8, document.Published);
        w.WriteString("publishedFrom"u8, TimelineJsonNames.Name(document.PublishedFrom));
        w.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter w, TimelineEvent e)
    {
        w.WriteStartObject();
        w.WriteString("id"u8, e.Id);
        w.WriteString("type"u8, TimelineJsonNames.Name(e.Type));
        w.WriteString("plover"u8, TimelineJsonNames.Name(e.Plover));
        w.WriteString("status"u8, TimelineJsonNames.Name(e.Status));
        w.WriteString("title"u8, e.Title);
        WriteDate(w, "date"u8, e.Date);
        w.WriteString("dateSource"u8, TimelineJsonNames.Name(e.Date is null ? DateSource.None : e.DateSource));
        w.WriteStartArray("conflictingDates"u8);
        foreach (var d in e.ConflictingDates) WriteDateValue(w, d);
        w.WriteEndArray();
        WriteParticipants(w, e.Participants);
        WriteNullableString(w, "location"u8, e.Location);
        w.WriteStartArray("mentions"u8);
        foreach (var m in e.Mentions) WriteMention(w, e, m);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteMention(Utf8JsonWriter w, TimelineEvent e, Observation m)
    {
        w.WriteStartObject();
        w.WriteString("document"u8, m.Document);
        w.WriteNumber("start"u8, m.Span.Start);
        w.WriteNumber("end"u8, m.Span.End);
        w.WriteString("text"u8, m.Text);
        WriteNullableString(w, "timex"u8, m.Timex);
        WriteNullableString(w, "timexValue"u8, m.TimexValue);
        w.WriteString("type"u8, TimelineJsonNames.Name(m.Type));
        w.WriteString("status"u8, TimelineJsonNames.Name(m.Status));
        WriteDate(w, "date"u8, m.Date);
        w.WriteString("dateSource"u8, TimelineJsonNames.Name(MentionDateSource(e, m)));
        WriteSpan(w, "trigger"u8, m.Trigger);
        WriteParticipants(w, m.Participants);
        WriteNullableString(w, "location"u8, m.Location);
        w.WriteBoolean("locationIsCountry"u8, m.LocationIsCountry);
        if (m.Relation is { } relation) w.WriteString("relation"u8, TimelineJsonNames.Name(relation));
        else w.WriteNull("relation"u8);
        if (m.RelatedTo is { } to) WriteSpan(w, "relatedTo"u8, to);
        else w.WriteNull("relatedTo"u8);
        w.WriteEndObject();
    }

    private static void WriteParticipants(Utf8JsonWriter w, IReadOnlyList<Participant> participants)
    {
        w.WriteStartArray("participants"u8);
        foreach (var p in participants)
        {
            w.WriteStartObject();
            w.WriteString("name"u8, p.Name);
            w.WriteString("kind"u8, TimelineJsonNames.Name(p.Kind));
            if (p.Role is not null) w.WriteString("role"u8, p.Role);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter w, ReadOnlySpan<byte> name, TextSpan span)
    {
        w.WriteStartObject(name);
        w.WriteNumber("start"u8, span.Start);
        w.WriteNumber("end"u8, span.End);
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, ReadOnlySpan<byte> name, EventDate? date)
    {
        w.WritePropertyName(name);
        if (date is null) w.WriteNullValue();
        else WriteDateValue(w, date);
    }

    private static void WriteDateValue(Utf8JsonWriter w, EventDate date)
    {
        w.WriteStartObject();
        w.WriteString("start"u8, DatePattern.Format(date.Start));
        w.WriteString("end"u8, DatePattern.Format(date.End));
        w.WriteString("precision"u8, TimelineJsonNames.Name(date.Precision));
        w.WriteEndObject();
    }

    private static void WriteDay(Utf8JsonWriter w, ReadOnlySpan<byte> name, LocalDate? day)
    {
        if (day is { } d) w.WriteString(name, DatePattern.Format(d));
        else w.WriteNull(name);
    }

    private static void WriteNullableString(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
