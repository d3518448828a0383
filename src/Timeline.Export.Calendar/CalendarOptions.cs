using NodaTime;

namespace Timeline.Export.Calendar;

/// <summary>Options of <see cref="CalendarWriter"/>. Immutable.</summary>
public sealed record CalendarOptions
{
    /// <summary>The default options.</summary>
    public static CalendarOptions Default { get; } = new();

    /// <summary>The calendar's name, written as <c>NAME</c> and <c>X-WR-CALNAME</c>. Must not be empty.</summary>
    public string Name { get; init; } = "Timeline";

    /// <summary>What to do with events known only to the week, month, quarter or year.</summary>
    public ApproximateDates Approximate { get; init; } = ApproximateDates.Span;

    /// <summary>
    /// The <c>DTSTAMP</c> of every event (whole seconds, UTC). When null, it is midnight UTC of the latest publication
    /// date of the timeline's documents, or 1970-01-01T00:00:00Z when no document has one; never the clock, so the
    /// same timeline always gives the same bytes.
    /// </summary>
    public Instant? Timestamp { get; init; }
}
