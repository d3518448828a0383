using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Timeline.Events;
using Timeline.Export.Json.Format;
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
/// again. The shape is defined by the classes of <c>Format/TimelineDto.cs</c>, which the reader deserializes with a
/// source-generated <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> (dates through
/// NodaTime.Serialization.SystemTextJson); the writer writes the same shape with direct <see cref="Utf8JsonWriter"/>
/// calls (<c>Format/TimelineOutput.cs</c>). docs/timeline.schema.json describes it. The output is byte-for-byte
/// deterministic: fixed property order, invariant formatting, UTF-8 without a byte order mark, <c>\n</c> line ends.
/// </summary>
public static partial class TimelineJsonWriter
{
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
    public static void Write(Stream output, EventTimeline timeline, bool indented = true) => Write(output, timeline, indented, parallelism: 1);

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

    private const int FlushBytes = 1 << 20;

    // The names of TimelineDto's two properties, as its camel-case contract spells them.
    private static readonly JsonEncodedText DocumentsName = JsonEncodedText.Encode("documents");
    private static readonly JsonEncodedText EventsName = JsonEncodedText.Encode("events");

    /// <summary>Writes <paramref name="timeline"/> as one JSON object with <paramref name="writer"/>'s settings (no newline after it).</summary>
    /// <param name="writer">The writer; flushed at the end.</param>
    /// <param name="timeline">The timeline.</param>
    public static void Write(Utf8JsonWriter writer, EventTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(timeline);
        Write(writer, timeline, null, null, parallelism: 1);
    }

    // buffer, output: the buffer writer fills, passed on to output every FlushBytes; or none, and writer is flushed then.
    // parallelism: how many threads may serialize events (more than one: in blocks, see WriteEventBlocks).
    private static void Write(Utf8JsonWriter writer, EventTimeline timeline, ArrayBufferWriter<byte>? buffer, Stream? output, int parallelism)
    {
        // The object of TimelineDto, written an element at a time: a corpus timeline is hundreds of megabytes, which the
        // writer passes on to its output every FlushBytes instead of holding them all.
        writer.WriteStartObject();
        WriteDocuments(writer, timeline, buffer, output);
        writer.WriteStartArray(EventsName);
        if (parallelism > 1 && timeline.Events.Count > BlockEvents)
        {
            WriteEventBlocks(writer, timeline.Events, buffer, output, parallelism);
        }
        else
        {
            foreach (var e in timeline.Events)
            {
                TimelineOutput.WriteEvent(writer, e);
                Pass(writer, buffer, output);
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    // The "documents" property and its array (buffer, output: as for Write).
    private static void WriteDocuments(Utf8JsonWriter writer, EventTimeline timeline, ArrayBufferWriter<byte>? buffer, Stream? output)
    {
        writer.WriteStartArray(DocumentsName);
        foreach (var document in timeline.Documents)
        {
            TimelineOutput.WriteDocument(writer, document);
            Pass(writer, buffer, output);
        }
        writer.WriteEndArray();
    }

    // Passes what has been written on once there is FlushBytes of it: from the buffer to output, or (with none) from the
    // writer to its own output.
    private static void Pass(Utf8JsonWriter writer, ArrayBufferWriter<byte>? buffer, Stream? output)
    {
        if (buffer is null || output is null)
        {
            if (writer.BytesPending >= FlushBytes) writer.Flush();
            return;
        }
        if (writer.BytesPending + buffer.WrittenCount < FlushBytes) return;
        writer.Flush();
        output.Write(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
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
}
