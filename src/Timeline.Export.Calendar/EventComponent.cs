using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using Timeline.Events;
using Timeline.Timelines;

namespace Timeline.Export.Calendar;

/// <summary>
/// Maps one dated <see cref="TimelineEvent"/> to an Ical.Net <see cref="CalendarEvent"/> (a <c>VEVENT</c>). The
/// Ical.Net component is a mutable property bag; it never leaves the exporter.
/// </summary>
internal static class EventComponent
{
    /// <summary>The suffix of every <c>UID</c>: the event id plus a fixed domain (<c>.invalid</c> names no real host).</summary>
    public const string UidSuffix = "@timeline.invalid";

    /// <summary>The <c>UID</c> of an event.</summary>
    public static string Uid(TimelineEvent e) => e.Id + UidSuffix;

    /// <summary>The <c>VEVENT</c> of <paramref name="e"/> placed on <paramref name="place"/>, stamped <paramref name="stamp"/>.</summary>
    public static CalendarEvent Create(TimelineEvent e, EventDate date, Placement place, CalDateTime stamp)
    {
        var approximate = place.OnFirstDay ? $" (approximate: {DateLabels.Format(date)})" : "";
        var component = new CalendarEvent
        {
            Uid = Uid(e),
            DtStamp = stamp,
            DtStart = AllDay(place.Start),
            DtEnd = AllDay(place.EndExclusive),
            Summary = CalendarText.OneLine(e.Title) + approximate,
            Description = Description(e, date, place),
            Status = e.Status == EventStatus.Occurred ? Ical.Net.EventStatus.Confirmed : Ical.Net.EventStatus.Tentative,
            Categories = [TypeName(e.Type)],
            // News events do not make the reader busy; a month-long span must not block a month of free/busy time.
            Transparency = Ical.Net.TransparencyType.Transparent,
        };
        if (e.Location is { } location && CalendarText.OneLine(location) is { Length: > 0 } where) component.Location = where;
        component.AddProperty("X-TIMELINE-PRECISION", DateLabels.Name(date.Precision));
        component.AddProperty("X-TIMELINE-STATUS", StatusName(e.Status));
        return component;
    }

    private static CalDateTime AllDay(LocalDate day) => new(new DateOnly(day.Year, day.Month, day.Day));

    private static string Description(TimelineEvent e, EventDate date, Placement place)
    {
        var lines = new List<string>
        {
            $"{TypeName(e.Type)}, {StatusText(e.Status)}.",
            $"Date: {DateLabels.Format(date)} ({PrecisionText(date, place)}; {SourceText(e.DateSource)}).",
        };
        if (e.ConflictingDates.Count > 0)
            lines.Add($"Other dates reported: {string.Join(", ", e.ConflictingDates.Select(DateLabels.Format))}.");
        if (e.Participants.Count > 0)
            lines.Add($"Participants: {string.Join(", ", e.Participants.Select(ParticipantText))}.");
        if (e.Location is { } location && CalendarText.OneLine(location) is { Length: > 0 } where)
            lines.Add($"Place: {where}.");
        var sources = e.Mentions.DistinctBy(m => (m.Document, m.Span.Start)).ToList();
        if (sources.Count > 0)
        {
            lines.Add("");
            lines.Add("Sources:");
            lines.AddRange(sources.Select(m => $"[{CalendarText.OneLine(m.Document)}] {CalendarText.OneLine(m.Text)}"));
        }
        return string.Join('\n', lines);
    }

    private static string PrecisionText(EventDate date, Placement place) => date.Precision switch
    {
        DatePrecision.Day => "to the day",
        _ when place.OnFirstDay => $"approximate: known only to the {DateLabels.Name(date.Precision)}, shown on its first day",
        _ => $"known only to the {DateLabels.Name(date.Precision)}, shown over the whole period",
    };

    private static string SourceText(DateSource source) => source switch
    {
        DateSource.Text => "stated in the text",
        DateSource.Merge => "from another mention of the event",
        DateSource.Relation => "from a related event",
        DateSource.Publication => "the publication date",
        DateSource.Discourse => "the article's lead date",
        _ => "source unknown",
    };

    private static string ParticipantText(Participant p)
    {
        var name = CalendarText.OneLine(p.Name);
        var note = p.Kind switch
        {
            ParticipantKind.Person => p.Role is { } role ? CalendarText.OneLine(role) : null,
            ParticipantKind.Country => "country",
            _ => "organisation",
        };
        return string.IsNullOrEmpty(note) ? name : $"{name} ({note})";
    }

    /// <summary>The type as written in <c>SUMMARY</c> and <c>CATEGORIES</c>: <c>Summit</c>, <c>Visit</c>, …</summary>
    public static string TypeName(EventType type) => type.ToString();

    private static string StatusText(EventStatus status) => status switch
    {
        EventStatus.Occurred => "occurred",
        EventStatus.Planned => "planned",
        _ => "uncertain (reported, not confirmed)",
    };

    private static string StatusName(EventStatus status) => status switch
    {
        EventStatus.Occurred => "occurred",
        EventStatus.Planned => "planned",
        _ => "uncertain",
    };
}
