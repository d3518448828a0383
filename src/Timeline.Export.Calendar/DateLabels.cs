using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using Timeline.Events;

namespace Timeline.Export.Calendar;

/// <summary>
/// An event date as people read it, at its precision (<c>2019-04-25</c>, <c>2019-W23</c>, <c>2019-04</c>,
/// <c>2019-Q3</c>, <c>2019</c>; a span as <c>2019-04 – 2019-06</c>), and the lower-case precision names of
/// <c>X-TIMELINE-PRECISION</c>.
/// </summary>
internal static class DateLabels
{
    /// <summary>The date at its precision.</summary>
    public static string Format(EventDate date)
    {
        var first = Format(date.Start, date.Precision);
        var last = Format(date.End, date.Precision);
        return first == last ? first : $"{first} – {last}";
    }

    /// <summary>The precision's name: <c>day</c>, <c>week</c>, <c>month</c>, <c>quarter</c>, <c>year</c>.</summary>
    public static string Name(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Week => "week",
        DatePrecision.Month => "month",
        DatePrecision.Quarter => "quarter",
        DatePrecision.Year => "year",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, null),
    };

    /// <summary>A whole-day date as <c>2019-04-25</c>.</summary>
    public static string Day(LocalDate day) => Invariant($"{day.Year:D4}-{day.Month:D2}-{day.Day:D2}");

    private static string Format(LocalDate day, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => Day(day),
        DatePrecision.Week => Invariant($"{WeekYearRules.Iso.GetWeekYear(day):D4}-W{WeekYearRules.Iso.GetWeekOfWeekYear(day):D2}"),
        DatePrecision.Month => Invariant($"{day.Year:D4}-{day.Month:D2}"),
        DatePrecision.Quarter => Invariant($"{day.Year:D4}-Q{(day.Month - 1) / 3 + 1}"),
        DatePrecision.Year => Invariant($"{day.Year:D4}"),
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, null),
    };

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
