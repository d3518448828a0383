using System.Text;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using Timeline.Timelines;

namespace Timeline.Export.Calendar;

/// <summary>
/// Writes a timeline as an iCalendar (RFC 5545) file: one all-day <c>VEVENT</c> per dated event, with a stable
/// <c>UID</c> so that importing a newer file updates events instead of duplicating them. Ical.Net does the
/// serialization (escaping, line folding, CRLF). The output is UTF-8 without a byte order mark and the same bytes on
/// every run: the <c>DTSTAMP</c> comes from the timeline or the options, never from the clock, and events are ordered
/// by start, end and <c>UID</c>. Thread-safe: every call builds its own calendar.
/// </summary>
public static class CalendarWriter
{
    /// <summary>The <c>PRODID</c> of the calendar.</summary>
    public const string ProductId = "-//Timeline//Timeline.Export.Calendar//EN";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="timeline"/> to <paramref name="output"/>, which is left open.</summary>
    /// <param name="output">Where the iCalendar bytes go.</param>
    /// <param name="timeline">The timeline.</param>
    /// <param name="options">Options, or null for <see cref="CalendarOptions.Default"/>.</param>
    /// <returns>How many events were written and how many were left out, and why.</returns>
    /// <exception cref="ArgumentException">The calendar name is empty.</exception>
    public static CalendarExportSummary Write(Stream output, EventTimeline timeline, CalendarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (bytes, summary) = Serialize(timeline, options);
        output.Write(bytes);
        return summary;
    }

    /// <summary>The iCalendar bytes of <paramref name="timeline"/> (what <see cref="Write"/> writes).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="options">Options, or null for <see cref="CalendarOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The calendar name is empty.</exception>
    public static byte[] ToBytes(EventTimeline timeline, CalendarOptions? options = null) => Serialize(timeline, options).Bytes;

    /// <summary>
    /// The <c>DTSTAMP</c> used for <paramref name="timeline"/>: <see cref="CalendarOptions.Timestamp"/> when given,
    /// else midnight UTC of the latest publication date of its documents, else the Unix epoch.
    /// </summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="options">Options, or null for <see cref="CalendarOptions.Default"/>.</param>
    public static Instant Timestamp(EventTimeline timeline, CalendarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        if (options?.Timestamp is { } given) return Instant.FromUnixTimeSeconds(given.ToUnixTimeSeconds());
        var latest = timeline.Documents.Select(d => d.Published).Max();
        return latest is { } day ? day.AtMidnight().InUtc().ToInstant() : NodaConstants.UnixEpoch;
    }

    private static (byte[] Bytes, CalendarExportSummary Summary) Serialize(EventTimeline timeline, CalendarOptions? options)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        options ??= CalendarOptions.Default;
        var name = CalendarText.OneLine(options.Name ?? "");
        if (name.Length == 0) throw new ArgumentException("The calendar name must not be empty.", nameof(options));
        if (!Enum.IsDefined(options.Approximate))
            throw new ArgumentOutOfRangeException(nameof(options), options.Approximate, "Unknown ApproximateDates policy.");

        var stamp = Stamp(Timestamp(timeline, options));
        int undated = 0, approximate = 0;
        var placed = new List<(TimelineEvent Event, Events.EventDate Date, Placement Place)>();
        foreach (var e in timeline.Events)
        {
            // An event whose last day is 9999-12-31 has no exclusive DTEND a calendar can hold (four-digit years).
            if (e.Date is not { } date || date.End == LocalDate.MaxIsoValue) undated++;
            else if (Placement.Of(date, options.Approximate) is { } place) placed.Add((e, date, place));
            else approximate++;
        }

        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Version = "2.0", Scale = "GREGORIAN" };
        calendar.AddProperty("NAME", name);
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var (e, date, place) in placed
                     .OrderBy(p => p.Place.Start).ThenBy(p => p.Place.EndExclusive)
                     .ThenBy(p => EventComponent.Uid(p.Event), StringComparer.Ordinal))
            calendar.Events.Add(EventComponent.Create(e, date, place, stamp));

        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return (Utf8.GetBytes(text), new CalendarExportSummary(placed.Count, undated, approximate));
    }

    private static CalDateTime Stamp(Instant instant)
    {
        var t = instant.InUtc();
        return new CalDateTime(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second, CalDateTime.UtcTzId);
    }
}
