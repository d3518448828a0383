using NodaTime;

namespace Timeline.Export.Html;

/// <summary>
/// Days counted from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithms). The axis works in
/// these plain integers, so rounding a domain out to the next tick (a year past 9999, say) cannot fall outside
/// <see cref="LocalDate"/>'s range.
/// </summary>
internal static class CivilDays
{
    /// <summary>The day number of <paramref name="date"/> (ISO calendar).</summary>
    public static long Of(LocalDate date) => Of(date.Year, date.Month, date.Day);

    /// <summary>The day number of year <paramref name="y"/>, month <paramref name="m"/> (1–12), day <paramref name="d"/>.</summary>
    public static long Of(long y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        long era = FloorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /// <summary>The year, month and day of day number <paramref name="n"/>.</summary>
    public static (long Year, int Month, int Day) ToCivil(long n)
    {
        n += 719468;
        long era = FloorDiv(n, 146097);
        long doe = n - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int)(doy - (153 * mp + 2) / 5 + 1);
        int m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
    }

    /// <summary>0 for Monday … 6 for Sunday.</summary>
    public static int DayOfWeek(long n) => (int)FloorMod(n + 3, 7);

    /// <summary>Division rounding towards negative infinity.</summary>
    public static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);

    /// <summary>The non-negative remainder of <see cref="FloorDiv"/>.</summary>
    public static long FloorMod(long a, long b) => a - FloorDiv(a, b) * b;
}
