using NodaTime;
using NodaTime.Calendars;

namespace Timeline.Temporal.Resolution;

/// <summary>Calendar arithmetic on NodaTime values, kept inside the supported years (1 to 9999).</summary>
internal static class Calendar
{
    public const int MinYear = 1;
    public const int MaxYear = 9999;

    public static bool ValidYear(long year) => year is >= MinYear and <= MaxYear;

    public static bool TryDate(long year, long month, long day, out LocalDate date)
    {
        date = default;
        if (!ValidYear(year) || month is < 1 or > 12 || day < 1) return false;
        if (day > CalendarSystem.Iso.GetDaysInMonth((int)year, (int)month)) return false;
        date = new LocalDate((int)year, (int)month, (int)day);
        return true;
    }

    public static DateInterval YearInterval(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    public static DateInterval MonthInterval(int year, int month)
    {
        var first = new LocalDate(year, month, 1);
        return new DateInterval(first, first.With(DateAdjusters.EndOfMonth));
    }

    public static DateInterval MonthsInterval(int year, int firstMonth, int months)
    {
        var first = new LocalDate(year, firstMonth, 1);
        int last = firstMonth + months - 2; // months after January of the start year
        int endYear = year + last / 12;
        // A period that runs past the end of year 9999 ends with the calendar.
        return new DateInterval(first, endYear > MaxYear ? Last : new LocalDate(endYear, last % 12 + 1, 1).With(DateAdjusters.EndOfMonth));
    }

    public static LocalDate WeekStart(LocalDate d) => d.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));

    public static DateInterval WeekInterval(LocalDate d)
    {
        var monday = WeekStart(d);
        // The last week of year 9999 ends with the calendar.
        return new DateInterval(monday, Period.DaysBetween(monday, Last) < 6 ? Last : monday.PlusDays(6));
    }

    /// <summary>Adds days, or returns false when the result leaves the supported years.</summary>
    public static bool TryPlusDays(LocalDate d, long days, out LocalDate result)
    {
        result = default;
        long index = Period.DaysBetween(First, d) + days;
        if (index < 0 || index > LastIndex) return false;
        result = First.PlusDays((int)index);
        return true;
    }

    public static bool TryPlusMonths(LocalDate d, long months, out LocalDate result)
    {
        result = default;
        long total = d.Year * 12L + (d.Month - 1) + months;
        long y = total / 12, m = total % 12 + 1;
        if (!ValidYear(y)) return false;
        int dim = CalendarSystem.Iso.GetDaysInMonth((int)y, (int)m);
        result = new LocalDate((int)y, (int)m, Math.Min(d.Day, dim));
        return true;
    }

    private static readonly LocalDate First = new(MinYear, 1, 1);
    private static readonly LocalDate Last = new(MaxYear, 12, 31);
    private static readonly long LastIndex = Period.DaysBetween(First, Last);

    /// <summary>The three parts of an interval (early / middle / late thirds).</summary>
    public static DateInterval Third(DateInterval whole, PeriodPart part)
    {
        long days = whole.Length;
        long third = Math.Max(1, days / 3);
        return part switch
        {
            PeriodPart.Early => new DateInterval(whole.Start, whole.Start.PlusDays((int)third - 1)),
            PeriodPart.Late => new DateInterval(whole.End.PlusDays(-(int)third + 1), whole.End),
            _ => new DateInterval(whole.Start.PlusDays((int)third), whole.End.PlusDays(-(int)third)),
        };
    }

    public static int Quarter(int month) => (month - 1) / 3 + 1;

    public static DateInterval SeasonInterval(int year, Season s) => s switch
    {
        Season.Spring => MonthsInterval(year, 3, 3),
        Season.Summer => MonthsInterval(year, 6, 3),
        Season.Fall => MonthsInterval(year, 9, 3),
        _ => year < MaxYear ? MonthsInterval(year, 12, 3) : MonthsInterval(year, 12, 1),
    };
}
