using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using Timeline.Events;

namespace Timeline.Cli.Output;

/// <summary>
/// An event date as people read it, at its precision: <c>2019-04-25</c>, <c>2019-04</c>, <c>2019-W23</c>,
/// <c>2019-Q3</c>, <c>2019</c>; a span as <c>2019-04-25 – 2019-04-27</c>; <c>—</c> when there is no date.
/// </summary>
internal static class DateText
{
    /// <summary>What the table shows for an undated event.</summary>
    public const string None = "—";

    /// <summary>Formats <paramref name="date"/>.</summary>
    public static string Format(EventDate? date)
    {
        if (date is null) return None;
        var first = Format(date.Start, date.Precision);
        var last = Format(date.End, date.Precision);
        return first == last ? first : $"{first} – {last}";
    }

    private static string Format(LocalDate day, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => Invariant($"{day.Year:D4}-{day.Month:D2}-{day.Day:D2}"),
        DatePrecision.Week => Invariant($"{WeekYearRules.Iso.GetWeekYear(day):D4}-W{WeekYearRules.Iso.GetWeekOfWeekYear(day):D2}"),
        DatePrecision.Month => Invariant($"{day.Year:D4}-{day.Month:D2}"),
        DatePrecision.Quarter => Invariant($"{day.Year:D4}-Q{(day.Month - 1) / 3 + 1}"),
        DatePrecision.Year => Invariant($"{day.Year:D4}"),
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, null),
    };

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
