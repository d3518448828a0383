using NodaTime;
using Timeline.Events;

namespace Timeline.Export.Calendar;

/// <summary>
/// The days an event is written on: <c>DTSTART</c> and the exclusive <c>DTEND</c> (the day after the last day), and
/// whether an approximate date was moved to its period's first day.
/// </summary>
/// <param name="Start">The first day.</param>
/// <param name="EndExclusive">The day after the last day.</param>
/// <param name="OnFirstDay">Whether the event is known only to a longer period and written on its first day.</param>
internal readonly record struct Placement(LocalDate Start, LocalDate EndExclusive, bool OnFirstDay)
{
    /// <summary>Where <paramref name="date"/> goes under <paramref name="policy"/>; null when the policy skips it.</summary>
    public static Placement? Of(EventDate date, ApproximateDates policy)
    {
        if (date.Precision == DatePrecision.Day) return new Placement(date.Start, date.End.PlusDays(1), false);
        return policy switch
        {
            ApproximateDates.Span => new Placement(date.Start, date.End.PlusDays(1), false),
            ApproximateDates.FirstDay => new Placement(date.Start, date.Start.PlusDays(1), true),
            ApproximateDates.Skip => null,
            _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, null),
        };
    }
}
