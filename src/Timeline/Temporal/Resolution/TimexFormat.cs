using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace Timeline.Temporal.Resolution;

/// <summary>Writes TIMEX3 values (ISO 8601 based) for resolved dates, periods and durations.</summary>
internal static class TimexFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Year(int year) => year.ToString("D4", Inv);

    public static string Day(LocalDate d) => $"{Year(d.Year)}-{d.Month:D2}-{d.Day:D2}";

    public static string Month(int year, int month) => $"{Year(year)}-{month:D2}";

    public static string Week(LocalDate d) =>
        $"{Year(WeekYearRules.Iso.GetWeekYear(d))}-W{WeekYearRules.Iso.GetWeekOfWeekYear(d):D2}";

    public static string Quarter(int year, int q) => $"{Year(year)}-Q{q}";

    public static string Half(int year, int h) => $"{Year(year)}-H{h}";

    public static string Season(int year, Temporal.Season s) => $"{Year(year)}-{SeasonCode(s)}";

    public static string Decade(int firstYear) => (firstYear / 10).ToString("D3", Inv);

    public static string Century(int number) => (number - 1).ToString("D2", Inv);

    public static string SeasonCode(Temporal.Season s) => s switch
    {
        Temporal.Season.Spring => "SP",
        Temporal.Season.Summer => "SU",
        Temporal.Season.Fall => "FA",
        _ => "WI",
    };

    public static string DayPartCode(DayPart p) => p switch
    {
        DayPart.Morning => "MO",
        DayPart.Midday => "MI",
        DayPart.Afternoon => "AF",
        DayPart.Evening => "EV",
        _ => "NI",
    };

    public static string Reference(ReferenceKind k) => k switch
    {
        ReferenceKind.Present => "PRESENT_REF",
        ReferenceKind.Past => "PAST_REF",
        _ => "FUTURE_REF",
    };

    /// <summary>A TIMEX3 duration: <c>P4Y</c>, <c>PT4H</c>, <c>P1.5Y</c>, <c>PXY</c> (unspecified).</summary>
    public static string Duration(decimal? amount, TemporalUnit unit)
    {
        // A fraction that the next smaller unit counts whole is written in both: P2Y6M, PT1H30M, PT1M30S, P1DT12H.
        if (amount is { } f && f != Math.Floor(f) && f > 0 && f < 1_000_000m)
        {
            decimal whole = Math.Floor(f), rest = f - whole;
            string w = whole.ToString("0", Inv);
            switch (unit)
            {
                case TemporalUnit.Year when rest * 12 == Math.Floor(rest * 12):
                    return whole == 0 ? $"P{(rest * 12).ToString("0", Inv)}M" : $"P{w}Y{(rest * 12).ToString("0", Inv)}M";
                case TemporalUnit.Hour when rest * 60 == Math.Floor(rest * 60):
                    return whole == 0 ? $"PT{(rest * 60).ToString("0", Inv)}M" : $"PT{w}H{(rest * 60).ToString("0", Inv)}M";
                case TemporalUnit.Minute when rest * 60 == Math.Floor(rest * 60):
                    return whole == 0 ? $"PT{(rest * 60).ToString("0", Inv)}S" : $"PT{w}M{(rest * 60).ToString("0", Inv)}S";
                case TemporalUnit.Day when rest * 24 == Math.Floor(rest * 24):
                    return whole == 0 ? $"PT{(rest * 24).ToString("0", Inv)}H" : $"P{w}DT{(rest * 24).ToString("0", Inv)}H";
            }
        }
        string n = amount is { } a ? a.ToString("0.##", Inv) : "X";
        return unit switch
        {
            TemporalUnit.Second => $"PT{n}S",
            TemporalUnit.Minute => $"PT{n}M",
            TemporalUnit.Hour => $"PT{n}H",
            TemporalUnit.Day => $"P{n}D",
            TemporalUnit.Week => $"P{n}W",
            TemporalUnit.Weekend => $"P{n}WE",
            TemporalUnit.Month => $"P{n}M",
            TemporalUnit.Quarter => $"P{n}Q",
            TemporalUnit.Half => $"P{n}H",
            TemporalUnit.Season => $"P{n}SE",
            TemporalUnit.Year => $"P{n}Y",
            TemporalUnit.Decade => $"P{n}DE",
            TemporalUnit.Century => $"P{n}CE",
            _ => $"P{n}ML",
        };
    }

    /// <summary>The set value of a recurrence: <c>P1Y</c>, <c>P1W</c>.</summary>
    public static string Set(int every, TemporalUnit unit) => Duration(every, unit);

    public static string Time(int hour, int minute) => $"{hour:D2}:{minute:D2}";
}
