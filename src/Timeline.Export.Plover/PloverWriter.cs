using System.Text.Encodings.Web;
using System.Text.Json;
using Timeline.Export.Plover.Format;
using Timeline.Timelines;

namespace Timeline.Export.Plover;

/// <summary>
/// Writes an <see cref="EventTimeline"/> as PLOVER event data in JSON Lines: one record per event, in timeline order,
/// each on one line ending in <c>\n</c>. <c>event_type</c> (and the one-item list <c>event</c>) is the event's PLOVER
/// category, <c>date</c> its first day and <c>enddate</c> its last when it spans more than one, <c>precision</c> how
/// well the date is known, <c>source</c> the participants, <c>event_loc</c> the place, <c>event_text</c> and
/// <c>text_info</c> the evidence sentences and where they are, <c>status</c> and <c>context</c> (<c>future</c> for a
/// planned event) whether it happened. Events without a date, which PLOVER requires, and events of type
/// <c>other</c>, which has no PLOVER category, are left out and counted. See docs/export-plover.md.
/// </summary>
public static class PloverWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the records of <paramref name="timeline"/> to <paramref name="output"/>, one per line.</summary>
    /// <param name="output">The stream to write to; it is flushed, not closed.</param>
    /// <param name="timeline">The timeline.</param>
    /// <returns>How many records were written and how many events were left out, and why.</returns>
    public static PloverSummary Write(Stream output, EventTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(timeline);
        int written = 0, undated = 0, uncategorized = 0;
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        foreach (var e in timeline.Events)
        {
            if (e.Date is null) undated++;
            else if (PloverRecords.QuadCode(e.Plover) is null) uncategorized++;
            else
            {
                JsonSerializer.Serialize(writer, PloverRecords.From(e), PloverContext.Default.PloverRecord);
                writer.Flush();
                writer.Reset();
                output.Write("\n"u8);
                written++;
            }
        }
        output.Flush();
        return new PloverSummary(written, undated, uncategorized);
    }

    /// <summary>The UTF-8 bytes <see cref="Write"/> writes.</summary>
    /// <param name="timeline">The timeline.</param>
    public static byte[] ToBytes(EventTimeline timeline)
    {
        using var buffer = new MemoryStream();
        Write(buffer, timeline);
        return buffer.ToArray();
    }
}
