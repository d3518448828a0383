using System.Text.Encodings.Web;
using System.Text.Json;
using Timeline.Export.TimelineJs.Format;
using Timeline.Timelines;

namespace Timeline.Export.TimelineJs;

/// <summary>
/// Writes an <see cref="EventTimeline"/> as Knight Lab TimelineJS 3 JSON, which a page loads with
/// <c>new TL.Timeline('timeline-embed', 'timeline.json')</c>: a title slide, then one slide per dated event with
/// <c>start_date</c> (and <c>end_date</c> for a span) to the precision known, a headline (the event title, marked
/// "(planned)" or "(unconfirmed)"), an HTML text (participants, place, dates reported otherwise, the evidence
/// sentences, all HTML-escaped), <c>group</c> = the event type and <c>unique_id</c> = the event id. Undated events
/// are left out and counted in the summary. The bytes depend only on the timeline and the options: fixed property
/// order, UTF-8 without a byte order mark, two-space indentation, <c>\n</c> line ends. See docs/export-timelinejs.md.
/// </summary>
public static class TimelineJsWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
    };

    /// <summary>Writes <paramref name="timeline"/> to <paramref name="output"/> as one JSON document followed by <c>\n</c>.</summary>
    /// <param name="output">The stream to write to; it is flushed, not closed.</param>
    /// <param name="timeline">The timeline.</param>
    /// <param name="options">Title and quoting; the defaults when null.</param>
    /// <returns>How many events were written and how many were left out for want of a date.</returns>
    public static TimelineJsSummary Write(Stream output, EventTimeline timeline, TimelineJsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(timeline);
        options ??= new TimelineJsOptions();
        var dated = timeline.Events.Where(e => e.Date is not null).ToList();
        int undated = timeline.Events.Count - dated.Count;
        var file = new TimelineJsFile(Slides.Title(timeline, dated, undated, options), dated.Select(e => Slides.Event(e, options)).ToList());
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            JsonSerializer.Serialize(writer, file, TimelineJsContext.Default.TimelineJsFile);
        }
        output.Write("\n"u8);
        output.Flush();
        return new TimelineJsSummary(dated.Count, undated);
    }

    /// <summary>The UTF-8 bytes <see cref="Write"/> writes.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="options">Title and quoting; the defaults when null.</param>
    public static byte[] ToBytes(EventTimeline timeline, TimelineJsOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(buffer, timeline, options);
        return buffer.ToArray();
    }
}
