using NodaTime;

namespace Timeline.Temporal.Resolution;

/// <summary>
/// The second stage: turns an underspecified <see cref="TemporalSpec"/> into absolute values using the
/// reference date, the sentence's tense and the discourse. One small method per kind of value; every news
/// convention (past unless the sentence is about the future) is decided here and only here.
/// </summary>
internal static class Resolver
{
    public static Resolved Resolve(TemporalSpec spec, ResolutionContext c) => spec switch
    {
        DateSpec d => ResolveDate(d, c),
        NumericDateSpec n => ResolveNumeric(n, c),
        WeekdaySpec w => ResolveWeekday(w, c),
        AnchoredWeekdaySpec w => ResolveAnchoredWeekday(w, c),
        FloatingDaySpec f => ResolveFloatingDay(f, c),
        DayOffsetSpec o => ResolveDayOffset(o, c),
        RelativePeriodSpec p => ResolveRelativePeriod(p, c),
        WeekendSpec w => ResolveWeekend(w, c),
        WeekOfSpec w => ResolveWeekOf(w, c),
        YearPartSpec y => ResolveYearPart(y, c),
        PartSpec p => ResolvePart(p, c),
        DecadeSpec d => ResolveDecade(d),
        CenturySpec cs => ResolveCentury(cs),
        DurationSpec d => ResolveDuration(d),
        OffsetSpec o => ResolveOffset(o, c),
        SameAsAnchorSpec s => ResolveSameAsAnchor(s, c),
        AnniversarySpec a => ResolveAnniversary(a, c),
        TimeSpec t => ResolveTime(t, c),
        SetSpec s => ResolveSet(s),
        ReferenceSpec r => ResolveReference(r, c),
        FiscalYearSpec f => ResolveFiscalYear(f, c),
        TenseChoiceSpec t => Resolve(c.Tense == Tense.Future ? t.IfFuture : t.Otherwise, c),
        RangeSpec r => ResolveRange(r, c).From,
        _ => Resolved.Unresolved(TimexType.Date, "XXXX-XX-XX"),
    };

    /// <summary>Resolves both ends of a range; the end inherits what it omits from the start and never precedes it.</summary>
    public static (Resolved From, Resolved To, DateInterval? Whole) ResolveRange(RangeSpec r, ResolutionContext c)
    {
        var fromSpec = r.From;
        var toSpec = r.To;
        if (fromSpec is DateSpec f && toSpec is DateSpec t)
        {
            // "June 18-19": the end takes the start's month and year; "18-19 June 2019": the start takes the end's.
            toSpec = t with { Year = t.Year ?? f.Year, Month = t.Month ?? (t.Day is not null ? f.Month : null) };
            fromSpec = f with { Year = f.Year ?? (f.Month is not null || t.Month is not null ? t.Year : null), Month = f.Month ?? (f.Day is not null ? t.Month : null) };
        }
        var from = Resolve(fromSpec, c);
        var to = Resolve(toSpec, c);
        if (from.IsDate && to.IsDate && to.Interval!.End < from.Interval!.Start)
        {
            if (toSpec is WeekdaySpec && Calendar.TryPlusDays(to.Interval.Start, 7, out var later))
                to = Day(later, to.Anchoring);
            else if (toSpec is DateSpec { Year: null, Month: not null, Day: not null } ds
                     && Calendar.TryDate(to.Interval.Start.Year + 1, ds.Month.Value, ds.Day.Value, out var next))
                to = Day(next, to.Anchoring);
        }
        DateInterval? whole = from.IsDate && to.IsDate && from.Interval!.Start <= to.Interval!.End
            ? new DateInterval(from.Interval.Start, to.Interval.End)
            : null;
        return (from, to, whole);
    }

    private static Resolved ResolveDate(DateSpec d, ResolutionContext c)
    {
        if (d.Year is { } year)
        {
            if (!Calendar.ValidYear(year)) return Resolved.Unresolved(TimexType.Date, "XXXX", Precision.Year);
            if (d.Month is not { } month) return Year(year, Anchoring.Self);
            if (d.Day is not { } day) return Month(year, month, Anchoring.Self);
            return Calendar.TryDate(year, month, day, out var date)
                ? Day(date, Anchoring.Self)
                : Resolved.Unresolved(TimexType.Date, $"{TimexFormat.Month(year, month)}-XX", Precision.Day);
        }
        if (d.Month is { } m)
        {
            if (c.Reference is not { } r)
            {
                return d.Day is { } dd
                    ? Resolved.Unresolved(TimexType.Date, $"XXXX-{m:D2}-{dd:D2}", Precision.Day)
                    : Resolved.Unresolved(TimexType.Date, $"XXXX-{m:D2}", Precision.Month);
            }
            if (d.Day is { } day)
            {
                var (tense, local) = d.Shift switch
                {
                    Shift.Last => (Tense.Past, true),
                    Shift.Next => (Tense.Future, true),
                    _ => (c.Tense, c.TenseIsLocal),
                };
                return PickDayOfYear(m, day, d.Weekday, r, tense, local) is { } date
                    ? Day(date, Anchoring.PublicationDate)
                    : Resolved.Unresolved(TimexType.Date, $"XXXX-{m:D2}-{day:D2}", Precision.Day);
            }
            // "last April" is the latest April before this month; marked tense looks back or ahead;
            // unmarked takes the nearest such month (within six months).
            int y = d.Shift switch
            {
                Shift.Last => m < r.Month ? r.Year : r.Year - 1,
                Shift.Next => m > r.Month ? r.Year : r.Year + 1,
                Shift.This => r.Year,
                _ => c.Tense switch
            {
                Tense.Future => m >= r.Month ? r.Year : r.Year + 1,
                // A past cue right before it or following it ("In March, the company received"): the latest such month;
                // a distant one before it allows a month up to three ahead ("agreed to buy the bank in January").
                Tense.Past when c.TenseIsLocal || c.TenseFromAfter || (m - r.Month + 12) % 12 > 3 => m > r.Month ? r.Year - 1 : r.Year,
                Tense.Past => m >= r.Month ? r.Year : r.Year + 1,
                _ => m - r.Month > 6 ? r.Year - 1 : r.Month - m > 6 ? r.Year + 1 : r.Year,
            },
            };
            return Calendar.ValidYear(y) ? Month(y, m, Anchoring.PublicationDate) : Resolved.Unresolved(TimexType.Date, $"XXXX-{m:D2}", Precision.Month);
        }
        if (d.Day is { } onlyDay)
        {
            if (c.Reference is not { } r) return Resolved.Unresolved(TimexType.Date, $"XXXX-XX-{onlyDay:D2}", Precision.Day);
            // The nearest month that has that day, looking back (past) or ahead (future) from the reference.
            int step = c.Tense == Tense.Future ? 1 : -1;
            var first = new LocalDate(r.Year, r.Month, 1);
            for (int k = 0; k < 13; k++)
            {
                if (!Calendar.TryPlusMonths(first, step * k, out var month)) break;
                if (Calendar.TryDate(month.Year, month.Month, onlyDay, out var date)
                    && (step < 0 ? date <= r : date >= r))
                {
                    return Day(date, Anchoring.PublicationDate);
                }
            }
            return Resolved.Unresolved(TimexType.Date, $"XXXX-XX-{onlyDay:D2}", Precision.Day);
        }
        return Resolved.Unresolved(TimexType.Date, "XXXX-XX-XX");
    }

    /// <summary>Chooses the year of a month-day: the weekday written beside it decides; else past → on or before the reference, future → on or after.</summary>
    private static LocalDate? PickDayOfYear(int month, int day, IsoDayOfWeek? weekday, LocalDate r, Tense tense, bool localCue)
    {
        if (weekday is { } wd)
        {
            LocalDate? best = null;
            foreach (int y in new[] { r.Year, r.Year - 1, r.Year + 1 })
            {
                if (Calendar.TryDate(y, month, day, out var date) && date.DayOfWeek == wd)
                {
                    if (best is null || Math.Abs(Period.DaysBetween(r, date)) < Math.Abs(Period.DaysBetween(r, best.Value))) best = date;
                }
            }
            if (best is not null) return best;
        }
        return PickYear(y => Calendar.TryDate(y, month, day, out var date) ? date : null, r, tense, localCue);
    }

    /// <summary>How many days back a year-less day may lie when only a distant future cue points ahead.</summary>
    private const int RecentDays = 14;

    /// <summary>
    /// Chooses among the yearly dates <paramref name="inYear"/> gives: the nearest to the reference (the past winning a
    /// tie, and a past sentence not looking more than 60 days ahead), or with a local past cue the latest on or before
    /// it, or in the future the first on or after it (but a day of the last two weeks when the future cue is distant).
    /// </summary>
    private static LocalDate? PickYear(Func<int, LocalDate?> inYear, LocalDate r, Tense tense, bool localCue)
    {
        if (tense != Tense.Future && !(tense == Tense.Past && localCue))
        {
            // Nearest to the reference date, the past winning a tie: news dates a month-day by proximity.
            LocalDate? near = null;
            foreach (int y in new[] { r.Year, r.Year - 1, r.Year + 1 })
            {
                if (Calendar.ValidYear(y) && inYear(y) is { } date
                    && (near is null || Math.Abs(Period.DaysBetween(r, date)) < Math.Abs(Period.DaysBetween(r, near.Value))
                        || (Math.Abs(Period.DaysBetween(r, date)) == Math.Abs(Period.DaysBetween(r, near.Value)) && date < near)))
                {
                    near = date;
                }
            }
            // A past-tense sentence does not put its date months ahead ("was shot on Oct. 23" in May → last October).
            if (near is { } n && !(tense == Tense.Past && Period.DaysBetween(r, n) > 60)) return n;
            if (near is not null && tense != Tense.Past) return near;
        }
        else if (tense == Tense.Future && !localCue)
        {
            // A future cue far from the date does not send a day of the last two weeks a year ahead: "she would bring aid
            // to the victims of the Aug. 7 blasts", written on August 18, means this August 7.
            foreach (int y in new[] { r.Year, r.Year - 1 })
            {
                if (Calendar.ValidYear(y) && inYear(y) is { } recent && recent < r && Period.DaysBetween(recent, r) <= RecentDays) return recent;
            }
        }
        int step = tense == Tense.Future ? 1 : -1;
        for (int k = 0; k <= 8; k++) // Feb 29 may need up to 8 years
        {
            int y = r.Year + step * k;
            if (Calendar.ValidYear(y) && inYear(y) is { } date && (step < 0 ? date <= r : date >= r)) return date;
        }
        return null;
    }

    private static Resolved ResolveFloatingDay(FloatingDaySpec f, ResolutionContext c)
    {
        if (c.Reference is not { } r) return Resolved.Unresolved(TimexType.Date, "XXXX-XX-XX", Precision.Day);
        var (tense, local) = f.Shift switch
        {
            Shift.Last => (Tense.Past, true),
            Shift.Next => (Tense.Future, true),
            _ => (c.Tense, c.TenseIsLocal),
        };
        LocalDate? InYear(int y) => Calendar.TryDate(y, f.Month, f.FromDay, out var from) ? from.With(DateAdjusters.NextOrSame(f.Weekday)) : null;
        return PickYear(InYear, r, tense, local) is { } date
            ? Day(date, Anchoring.PublicationDate)
            : Resolved.Unresolved(TimexType.Date, "XXXX-XX-XX", Precision.Day);
    }

    private static Resolved ResolveNumeric(NumericDateSpec n, ResolutionContext c)
    {
        bool dayFirst = n.First > 12 || (n.Second <= 12 && c.Options.DateOrder == DateOrder.DayFirst);
        return dayFirst
            ? ResolveDate(new DateSpec(n.Year, n.Second, n.First), c)
            : ResolveDate(new DateSpec(n.Year, n.First, n.Second), c);
    }

    private static Resolved ResolveWeekday(WeekdaySpec w, ResolutionContext c)
    {
        string unknown = $"XXXX-WXX-{(int)w.Day}";
        if (c.Reference is not { } r) return Resolved.Unresolved(TimexType.Date, unknown, Precision.Day);
        var monday = Calendar.WeekStart(r);
        int offset = (int)w.Day - 1;
        int toNext = ((int)w.Day - (int)r.DayOfWeek + 6) % 7 + 1;     // 1–7 days ahead: the next such weekday
        int toPrevious = ((int)r.DayOfWeek - (int)w.Day + 6) % 7 + 1; // 1–7 days back: the previous one
        var (from, days) = w.Shift switch
        {
            Shift.Last => (monday, offset - 7),
            Shift.This => (monday, offset),
            Shift.Next => (monday, offset + 7),
            Shift.Coming => (r, toNext),
            // The publication day's own weekday is that day, unless a future cue before it points ahead ("will meet on Friday").
            _ when r.DayOfWeek == w.Day && !(c.Tense == Tense.Future && !c.TenseFromAfter) => (r, 0),
            _ => c.Tense switch
            {
                Tense.Future => (r, toNext),
                // A local cue with no tense ("until Tuesday") or in the present ("the deadline is Friday"): the nearer of the
                // previous and the next such day, the previous on a tie.
                Tense.Unmarked or Tense.Present when c.TenseIsLocal => (r, toPrevious <= toNext ? -toPrevious : toNext),
                // Past, unmarked and a distant present cue look back: a present verb far from the weekday is a state or a report
                // ("is 24% above Thursday's close"), and news names a coming weekday with a future cue.
                _ => (r, r.DayOfWeek == w.Day ? 0 : -toPrevious),
            },
        };
        // Near the ends of the calendar (years 1 and 9999) the day may fall outside it.
        return Calendar.TryPlusDays(from, days, out var date) ? Day(date, Anchoring.PublicationDate) : Resolved.Unresolved(TimexType.Date, unknown, Precision.Day);
    }

    /// <summary>"the previous Friday": the last such weekday before the day the text is about; "the following Monday": the first after it.</summary>
    private static Resolved ResolveAnchoredWeekday(AnchoredWeekdaySpec w, ResolutionContext c)
    {
        if (!TryAnchor(OffsetAnchor.Discourse, c, Precision.Day, out var at, out var anchoring))
            return Resolved.Unresolved(TimexType.Date, $"XXXX-WXX-{(int)w.Day}", Precision.Day);
        int days = w.Direction == Direction.Before
            ? -(((int)at.DayOfWeek - (int)w.Day + 6) % 7 + 1)
            : ((int)w.Day - (int)at.DayOfWeek + 6) % 7 + 1;
        return Calendar.TryPlusDays(at, days, out var date)
            ? Day(date, anchoring)
            : Resolved.Unresolved(TimexType.Date, $"XXXX-WXX-{(int)w.Day}", Precision.Day);
    }

    private static Resolved ResolveDayOffset(DayOffsetSpec o, ResolutionContext c) =>
        c.Reference is { } r && Calendar.TryPlusDays(r, o.Days, out var d)
            ? Day(d, Anchoring.PublicationDate)
            : Resolved.Unresolved(TimexType.Date, "XXXX-XX-XX", Precision.Day);

    private static Resolved ResolveRelativePeriod(RelativePeriodSpec p, ResolutionContext c)
    {
        if (c.Reference is not { } r) return Resolved.Unresolved(TimexType.Date, UnknownOf(p.Unit), PrecisionOf(p.Unit));
        return Shifted(r, p.Unit, p.Offset, Anchoring.PublicationDate)
            ?? Resolved.Unresolved(TimexType.Date, UnknownOf(p.Unit), PrecisionOf(p.Unit));
    }

    /// <summary>The calendar period of <paramref name="unit"/> that is <paramref name="offset"/> periods from the one containing <paramref name="at"/>.</summary>
    private static Resolved? Shifted(LocalDate at, TemporalUnit unit, long offset, Anchoring anchoring)
    {
        switch (unit)
        {
            case TemporalUnit.Second or TemporalUnit.Minute or TemporalUnit.Hour or TemporalUnit.Day:
                return Calendar.TryPlusDays(at, offset, out var d) ? Day(d, anchoring) : null;
            case TemporalUnit.Week:
                return Calendar.TryPlusDays(Calendar.WeekStart(at), 7 * offset, out var w) ? Week(w, anchoring) : null;
            case TemporalUnit.Weekend:
                return Calendar.TryPlusDays(Calendar.WeekStart(at), 7 * offset + 5, out var sat) ? Weekend(sat, anchoring) : null;
            case TemporalUnit.Month:
                return Calendar.TryPlusMonths(new LocalDate(at.Year, at.Month, 1), offset, out var m) ? Month(m.Year, m.Month, anchoring) : null;
            case TemporalUnit.Quarter:
            {
                long q = at.Year * 4L + (Calendar.Quarter(at.Month) - 1) + offset;
                return Calendar.ValidYear(q / 4) ? YearPart(TemporalUnit.Quarter, (int)(q / 4), (int)(q % 4) + 1, anchoring) : null;
            }
            case TemporalUnit.Half:
            {
                long h = at.Year * 2L + (at.Month - 1) / 6 + offset;
                return Calendar.ValidYear(h / 2) ? YearPart(TemporalUnit.Half, (int)(h / 2), (int)(h % 2) + 1, anchoring) : null;
            }
            case TemporalUnit.Season:
            {
                // Seasons start in March, June, September and December.
                long s = at.Year * 4L + ((at.Month + 9) % 12) / 3 + (at.Month <= 2 ? -4 : 0) + offset;
                return Calendar.ValidYear(s / 4) ? YearPart(TemporalUnit.Season, (int)(s / 4), (int)(s % 4) + 1, anchoring) : null;
            }
            case TemporalUnit.Year:
                return Calendar.ValidYear(at.Year + offset) ? Year((int)(at.Year + offset), anchoring) : null;
            case TemporalUnit.Decade:
            {
                long first = (at.Year / 10 + offset) * 10;
                return Calendar.ValidYear(first) && Calendar.ValidYear(first + 9) ? Decade((int)first, anchoring) : null;
            }
            default:
            {
                long n = at.Year / 100 + 1 + offset;
                return n is >= 1 and <= 99 ? Century((int)n, anchoring) : null;
            }
        }
    }

    /// <summary>"the week of March 6": the ISO week that holds the day, dated as the day is.</summary>
    private static Resolved ResolveWeekOf(WeekOfSpec w, ResolutionContext c)
    {
        var day = Resolve(w.Day, c);
        return day.IsDate && day.Precision == Precision.Day
            ? Week(day.Interval!.Start, day.Anchoring)
            : Resolved.Unresolved(TimexType.Date, "XXXX-WXX", Precision.Week);
    }

    private static Resolved ResolveWeekend(WeekendSpec w, ResolutionContext c)
    {
        if (c.Reference is not { } r) return Resolved.Unresolved(TimexType.Date, "XXXX-WXX-WE", Precision.Day);
        int offset = w.Shift switch
        {
            Shift.Last => -1,
            Shift.Next => 1,
            Shift.This or Shift.Coming => 0,
            _ => c.Tense == Tense.Future || r.DayOfWeek >= IsoDayOfWeek.Saturday ? 0 : -1,
        };
        return Shifted(r, TemporalUnit.Weekend, offset, Anchoring.PublicationDate) ?? Resolved.Unresolved(TimexType.Date, "XXXX-WXX-WE", Precision.Day);
    }

    private static Resolved ResolveYearPart(YearPartSpec y, ResolutionContext c)
    {
        string unknown = $"XXXX-{PartCode(y.Unit, y.Number)}";
        if (y.Year is not null)
        {
            var year = Resolve(y.Year, c);
            if (!year.IsDate) return Resolved.Unresolved(TimexType.Date, unknown, PrecisionOf(y.Unit));
            return YearPart(y.Unit, year.Interval!.Start.Year, y.Number, year.Anchoring);
        }
        if (c.Reference is not { } r) return Resolved.Unresolved(TimexType.Date, unknown, PrecisionOf(y.Unit));
        // Past: the latest such part that has begun by the reference date; future: the first that has not ended, unless a
        // quarter or half ended less than 45 days before (results are reported after it: "will report third-quarter results").
        int yr = r.Year;
        var here = YearPart(y.Unit, yr, y.Number, Anchoring.PublicationDate);
        if (c.Tense == Tense.Future ? here.Interval!.End < r : here.Interval!.Start > r)
        {
            yr += c.Tense == Tense.Future ? 1 : -1;
        }
        if (c.Tense == Tense.Future && y.Unit is TemporalUnit.Quarter or TemporalUnit.Half)
        {
            int ended = here.Interval!.End < r ? r.Year : r.Year - 1;
            if (Calendar.ValidYear(ended) && YearPart(y.Unit, ended, y.Number, Anchoring.PublicationDate).Interval is { } just
                && just.End < r && Period.DaysBetween(just.End, r) <= 45)
            {
                yr = ended;
            }
        }
        return Calendar.ValidYear(yr) ? YearPart(y.Unit, yr, y.Number, Anchoring.PublicationDate) : Resolved.Unresolved(TimexType.Date, unknown, PrecisionOf(y.Unit));
    }

    private static Resolved ResolvePart(PartSpec p, ResolutionContext c)
    {
        var inner = Resolve(p.Inner, c);
        if (!inner.IsDate) return inner with { Modifier = ModifierOf(p.Part) };
        var whole = inner.Interval!;
        switch (p.Part)
        {
            case PeriodPart.Early or PeriodPart.Middle or PeriodPart.Late:
                return inner with { Interval = Calendar.Third(whole, p.Part), Modifier = ModifierOf(p.Part) };
            case PeriodPart.BeforeReference when c.Reference is { } r && whole.Contains(r):
                return inner with { Interval = r > whole.Start ? new DateInterval(whole.Start, r.PlusDays(-1)) : new DateInterval(r, r) };
            case PeriodPart.AfterReference when c.Reference is { } r && whole.Contains(r):
                return inner with { Interval = r < whole.End ? new DateInterval(r.PlusDays(1), whole.End) : new DateInterval(r, r) };
            default:
                return inner;
        }
    }

    private static Resolved ResolveDecade(DecadeSpec d) =>
        Calendar.ValidYear(d.FirstYear) && Calendar.ValidYear(d.FirstYear + 9)
            ? Decade(d.FirstYear, Anchoring.Self)
            : Resolved.Unresolved(TimexType.Date, "XXX", Precision.Decade);

    private static Resolved ResolveCentury(CenturySpec c) =>
        c.Number is >= 1 and <= 99 ? Century(c.Number, Anchoring.Self) : Resolved.Unresolved(TimexType.Date, "XX", Precision.Century);

    private static Resolved ResolveDuration(DurationSpec d) =>
        new(TimexType.Duration, TimexFormat.Duration(d.Amount, d.Unit), Precision.None, null, Anchoring.Self,
            d.Modifier, Duration: PeriodOf(d.Amount, d.Unit));

    private static Resolved ResolveOffset(OffsetSpec o, ResolutionContext c)
    {
        // "a year ago/earlier" after the text spoke of a quarter means that quarter a year before (earnings reports).
        if (o.Amount is { Unit: TemporalUnit.Year, Amount: { } years } && years == Math.Floor(years) && years < 1000
            && c.Discourse is { IsDate: true, Precision: Precision.Quarter } q)
        {
            int sign0 = o.Direction == Direction.Before ? -1 : 1;
            int year = q.Interval!.Start.Year + sign0 * (int)years;
            if (Calendar.ValidYear(year))
                return YearPart(TemporalUnit.Quarter, year, Calendar.Quarter(q.Interval.Start.Month), Anchoring.OtherExpression);
        }
        var unresolved = Resolved.Unresolved(TimexType.Date, o.Direction == Direction.Before ? "PAST_REF" : "FUTURE_REF");
        // Whole years of quarters from a year the text named: "profit in 2018 doubled from the year-ago period" → 2017.
        if (o.Anchor == OffsetAnchor.Discourse && o.Amount is { Unit: TemporalUnit.Quarter, Amount: { } quarters } && quarters % 4 == 0 && quarters < 4000
            && c.Discourse is { IsDate: true, Precision: Precision.Year } dy)
        {
            int y = dy.Interval!.Start.Year + (o.Direction == Direction.Before ? -1 : 1) * (int)(quarters / 4);
            if (Calendar.ValidYear(y)) return Year(y, Anchoring.OtherExpression);
        }
        // Quarters count from a quarter the text named ("a quarter earlier", "the year-ago quarter").
        var needed = o.Amount.Unit == TemporalUnit.Quarter ? Precision.Quarter : PrecisionOf(GranularityOf(o.Amount.Unit));
        if (!TryAnchor(o.Anchor, c, needed, out var at, out var anchoring)) return unresolved with { Value = UnknownOf(GranularityOf(o.Amount.Unit)) };
        if (o.Amount.Amount is not { } amount) return unresolved;
        int sign = o.Direction == Direction.Before ? -1 : 1;
        var unit = o.Amount.Unit;
        Resolved? result = unit switch
        {
            TemporalUnit.Second or TemporalUnit.Minute => Shifted(at, TemporalUnit.Day, 0, anchoring),
            TemporalUnit.Hour => Shifted(at, TemporalUnit.Day, sign * (long)Math.Floor(amount / 24m), anchoring),
            TemporalUnit.Day => Whole(amount) ? Shifted(at, TemporalUnit.Day, sign * (long)amount, anchoring) : null,
            TemporalUnit.Week => Whole(amount) ? Shifted(at, TemporalUnit.Day, sign * 7 * (long)amount, anchoring) is { } wd ? Week(wd.Interval!.Start, anchoring) : null : null,
            TemporalUnit.Quarter => MonthsFrom(at, sign * amount * 3, anchoring) is { } qm
                ? YearPart(TemporalUnit.Quarter, qm.Interval!.Start.Year, Calendar.Quarter(qm.Interval.Start.Month), anchoring) : null,
            TemporalUnit.Month or TemporalUnit.Half or TemporalUnit.Season => MonthsFrom(at, sign * amount * MonthsIn(unit), anchoring),
            _ => Whole(amount * YearsIn(unit)) && Calendar.ValidYear(at.Year + sign * (long)(amount * YearsIn(unit)))
                ? Year((int)(at.Year + sign * (long)(amount * YearsIn(unit))), anchoring)
                : null,
        };
        return result is { } res ? res with { Modifier = o.Amount.Modifier } : unresolved;

        static bool Whole(decimal x) => x == Math.Floor(x) && Math.Abs(x) < 100_000_000m;

        static Resolved? MonthsFrom(LocalDate at, decimal months, Anchoring anchoring) =>
            Whole(months) && Calendar.TryPlusMonths(new LocalDate(at.Year, at.Month, 1), (long)months, out var m) ? Month(m.Year, m.Month, anchoring) : null;
    }

    private static Resolved ResolveSameAsAnchor(SameAsAnchorSpec s, ResolutionContext c)
    {
        // "that day" after the text named only a month or a year ("last October … that same day") is a day of that
        // month or year whose number the text does not give, not the reference date: 1998-10-XX.
        if (s.Unit == TemporalUnit.Day && c.Discourse is { IsDate: true, Precision: Precision.Month or Precision.Year } coarse)
        {
            var start = coarse.Interval!.Start;
            string value = coarse.Precision == Precision.Month ? $"{TimexFormat.Month(start.Year, start.Month)}-XX" : $"{TimexFormat.Year(start.Year)}-XX-XX";
            return new(TimexType.Date, value, coarse.Precision, coarse.Interval, Anchoring.OtherExpression);
        }
        if (!TryAnchor(OffsetAnchor.Discourse, c, PrecisionOf(s.Unit), out var at, out var anchoring)) return Resolved.Unresolved(TimexType.Date, UnknownOf(s.Unit), PrecisionOf(s.Unit));
        return Shifted(at, s.Unit, 0, anchoring) ?? Resolved.Unresolved(TimexType.Date, UnknownOf(s.Unit), PrecisionOf(s.Unit));
    }

    private static bool TryAnchor(OffsetAnchor anchor, ResolutionContext c, Precision needed, out LocalDate at, out Anchoring anchoring)
    {
        if (anchor == OffsetAnchor.Discourse && c.Discourse is { IsDate: true } d && d.Precision >= needed)
        {
            at = d.Interval!.Start;
            anchoring = Anchoring.OtherExpression;
            return true;
        }
        if (c.Reference is { } r)
        {
            at = r;
            anchoring = Anchoring.PublicationDate;
            return true;
        }
        at = default;
        anchoring = Anchoring.Unresolved;
        return false;
    }

    private static Resolved ResolveAnniversary(AnniversarySpec a, ResolutionContext c)
    {
        // Marked on a day of the same sentence: that day is the anniversary; N years before is what it commemorates.
        var day = c.SentenceDates.LastOrDefault(d => d.IsDate && d.Precision >= Precision.Day && d.Type != TimexType.Duration);
        if (day.Interval is { } when && Calendar.TryPlusMonths(when.Start, -12L * a.Ordinal, out var then))
        {
            return Day(when.Start, Anchoring.OtherExpression) with { Commemorates = new DateInterval(then, then) };
        }
        // Of a year of the same sentence (the armistice of 1953 → its 70th anniversary in 2023).
        var year = c.SentenceDates.LastOrDefault(d => d.IsDate && d.Precision == Precision.Year);
        if (year.Interval is { } y && Calendar.ValidYear(y.End.Year + (long)a.Ordinal))
        {
            return Year(y.End.Year + a.Ordinal, Anchoring.OtherExpression) with { Commemorates = Calendar.YearInterval(y.End.Year) };
        }
        return Resolved.Unresolved(TimexType.Date, "XXXX-XX-XX", Precision.Day);
    }

    private static Resolved ResolveTime(TimeSpec t, ResolutionContext c)
    {
        string clock = t.Part is { } part ? "T" + TimexFormat.DayPartCode(part)
            : "T" + TimexFormat.Time(t.Hour ?? 0, t.Minute ?? 0);
        var precision = t.Part is not null ? Precision.PartOfDay : Precision.Minute;
        LocalTime? time = t.Hour is { } h && h is >= 0 and < 24 && (t.Minute ?? 0) is >= 0 and < 60 ? new LocalTime(h, t.Minute ?? 0) : null;
        Resolved day;
        if (t.Date is null)
        {
            // A clock time alone happens on the day the text is talking about, else on the publication day.
            day = c.Discourse is { IsDate: true, Precision: Precision.Day } d && d.Interval!.Start == d.Interval.End ? d with { Anchoring = Anchoring.OtherExpression }
                : c.Reference is { } r ? Day(r, Anchoring.PublicationDate)
                : Resolved.Unresolved(TimexType.Date, "XXXX-XX-XX", Precision.Day);
        }
        else
        {
            day = Resolve(t.Date, c);
        }
        if (!day.IsDate || day.Precision != Precision.Day || day.Interval!.Start != day.Interval.End)
        {
            string dayValue = day.Anchoring == Anchoring.Unresolved && day.Value.Length == 10 ? day.Value : "XXXX-XX-XX";
            return new Resolved(TimexType.Time, dayValue + clock, precision, null, Anchoring.Unresolved, Time: time);
        }
        return new Resolved(TimexType.Time, day.Value + clock, precision, day.Interval, day.Anchoring, day.Modifier, time);
    }

    private static Resolved ResolveSet(SetSpec s)
    {
        string value = s.Each switch
        {
            WeekdaySpec w => $"XXXX-WXX-{(int)w.Day}",
            TimeSpec { Part: { } p } => "XXXX-XX-XXT" + TimexFormat.DayPartCode(p),
            DateSpec { Month: { } m, Day: null } => $"XXXX-{m:D2}",
            DateSpec { Month: { } m, Day: { } d } => $"XXXX-{m:D2}-{d:D2}",
            _ => TimexFormat.Set(s.Every, s.Unit),
        };
        return new Resolved(TimexType.Set, value, Precision.None, null, Anchoring.Self);
    }

    private static Resolved ResolveReference(ReferenceSpec r, ResolutionContext c) =>
        r.Kind == ReferenceKind.Present && c.Reference is { } day
            ? new Resolved(TimexType.Date, TimexFormat.Reference(r.Kind), Precision.Day, new DateInterval(day, day), Anchoring.PublicationDate)
            : Resolved.Unresolved(TimexType.Date, TimexFormat.Reference(r.Kind));

    private static Resolved ResolveFiscalYear(FiscalYearSpec f, ResolutionContext c)
    {
        var year = Resolve(f.Year, c);
        // TimeML corpora write fiscal years as plain years (no FY prefix); the interval is the calendar year.
        return year.IsDate && year.Precision == Precision.Year
            ? year
            : Resolved.Unresolved(TimexType.Date, "XXXX", Precision.Year);
    }

    // ---- building blocks ----

    private static Resolved Day(LocalDate d, Anchoring a) => new(TimexType.Date, TimexFormat.Day(d), Precision.Day, new DateInterval(d, d), a);

    private static Resolved Week(LocalDate inWeek, Anchoring a) => new(TimexType.Date, TimexFormat.Week(inWeek), Precision.Week, Calendar.WeekInterval(inWeek), a);

    private static Resolved Weekend(LocalDate saturday, Anchoring a) =>
        new(TimexType.Date, TimexFormat.Week(saturday) + "-WE", Precision.Day,
            new DateInterval(saturday, saturday.Year == Calendar.MaxYear && saturday.Month == 12 && saturday.Day == 31 ? saturday : saturday.PlusDays(1)), a);

    private static Resolved Month(int y, int m, Anchoring a) => new(TimexType.Date, TimexFormat.Month(y, m), Precision.Month, Calendar.MonthInterval(y, m), a);

    private static Resolved Year(int y, Anchoring a) => new(TimexType.Date, TimexFormat.Year(y), Precision.Year, Calendar.YearInterval(y), a);

    private static Resolved Decade(int first, Anchoring a) =>
        new(TimexType.Date, TimexFormat.Decade(first), Precision.Decade, new DateInterval(new LocalDate(first, 1, 1), new LocalDate(first + 9, 12, 31)), a);

    private static Resolved Century(int n, Anchoring a)
    {
        int first = Math.Max(1, (n - 1) * 100);
        return new(TimexType.Date, TimexFormat.Century(n), Precision.Century, new DateInterval(new LocalDate(first, 1, 1), new LocalDate((n - 1) * 100 + 99, 12, 31)), a);
    }

    private static Resolved YearPart(TemporalUnit unit, int year, int n, Anchoring a) => unit switch
    {
        TemporalUnit.Quarter => new(TimexType.Date, TimexFormat.Quarter(year, n), Precision.Quarter, Calendar.MonthsInterval(year, 3 * n - 2, 3), a),
        TemporalUnit.Half => new(TimexType.Date, TimexFormat.Half(year, n), Precision.HalfYear, Calendar.MonthsInterval(year, 6 * n - 5, 6), a),
        TemporalUnit.Season => new(TimexType.Date, TimexFormat.Season(year, (Season)(n - 1)), Precision.Season, Calendar.SeasonInterval(year, (Season)(n - 1)), a),
        TemporalUnit.Month => Month(year, n, a),
        _ => Year(year, a),
    };

    private static string PartCode(TemporalUnit unit, int n) => unit switch
    {
        TemporalUnit.Quarter => $"Q{n}",
        TemporalUnit.Half => $"H{n}",
        TemporalUnit.Season => TimexFormat.SeasonCode((Season)(n - 1)),
        _ => $"{n:D2}",
    };

    private static string UnknownOf(TemporalUnit unit) => unit switch
    {
        TemporalUnit.Week => "XXXX-WXX",
        TemporalUnit.Weekend => "XXXX-WXX-WE",
        TemporalUnit.Month => "XXXX-XX",
        TemporalUnit.Quarter => "XXXX-QX",
        TemporalUnit.Half => "XXXX-HX",
        TemporalUnit.Season => "XXXX-XX",
        TemporalUnit.Year => "XXXX",
        TemporalUnit.Decade => "XXX",
        TemporalUnit.Century => "XX",
        _ => "XXXX-XX-XX",
    };

    private static Precision PrecisionOf(TemporalUnit unit) => unit switch
    {
        TemporalUnit.Week => Precision.Week,
        TemporalUnit.Month => Precision.Month,
        TemporalUnit.Quarter => Precision.Quarter,
        TemporalUnit.Half => Precision.HalfYear,
        TemporalUnit.Season => Precision.Season,
        TemporalUnit.Year => Precision.Year,
        TemporalUnit.Decade => Precision.Decade,
        TemporalUnit.Century or TemporalUnit.Millennium => Precision.Century,
        _ => Precision.Day,
    };

    private static TemporalUnit GranularityOf(TemporalUnit unit) => unit switch
    {
        TemporalUnit.Decade or TemporalUnit.Century or TemporalUnit.Millennium => TemporalUnit.Year,
        TemporalUnit.Quarter or TemporalUnit.Half or TemporalUnit.Season => TemporalUnit.Month,
        TemporalUnit.Second or TemporalUnit.Minute or TemporalUnit.Hour or TemporalUnit.Weekend => TemporalUnit.Day,
        _ => unit,
    };

    private static decimal MonthsIn(TemporalUnit unit) => unit switch
    {
        TemporalUnit.Quarter or TemporalUnit.Season => 3,
        TemporalUnit.Half => 6,
        _ => 1,
    };

    private static decimal YearsIn(TemporalUnit unit) => unit switch
    {
        TemporalUnit.Decade => 10,
        TemporalUnit.Century => 100,
        TemporalUnit.Millennium => 1000,
        _ => 1,
    };

    private static Modifier ModifierOf(PeriodPart p) => p switch
    {
        PeriodPart.Early => Modifier.Start,
        PeriodPart.Middle => Modifier.Mid,
        PeriodPart.Late => Modifier.End,
        _ => Modifier.None,
    };

    private static Period? PeriodOf(decimal? amount, TemporalUnit unit)
    {
        if (amount is not { } a || a != Math.Floor(a) || a > 100_000 || a < 0) return null;
        int n = (int)a;
        return unit switch
        {
            TemporalUnit.Second => Period.FromSeconds(n),
            TemporalUnit.Minute => Period.FromMinutes(n),
            TemporalUnit.Hour => Period.FromHours(n),
            TemporalUnit.Day => Period.FromDays(n),
            TemporalUnit.Week or TemporalUnit.Weekend => Period.FromWeeks(n),
            TemporalUnit.Month => Period.FromMonths(n),
            TemporalUnit.Quarter or TemporalUnit.Season => Period.FromMonths(3 * n),
            TemporalUnit.Half => Period.FromMonths(6 * n),
            TemporalUnit.Year => Period.FromYears(n),
            TemporalUnit.Decade => Period.FromYears(10 * n),
            TemporalUnit.Century => Period.FromYears(100 * n),
            _ => Period.FromYears(1000 * n),
        };
    }
}
