using Timeline.Patterns;
using Timeline.Temporal;
using static Timeline.Patterns.P;

namespace Timeline.English.Rules;

/// <summary>
/// Calendar periods relative to the publication date and parts of periods: <c>this week</c>, <c>last month</c>,
/// <c>earlier this week</c>, <c>later this month</c>, <c>the weekend</c>, <c>early April</c>, <c>mid-2020</c>, <c>late 2023</c>,
/// <c>the end of the year</c>, <c>the week of March 6</c>.
/// </summary>
internal static class PeriodRules
{
    public static void Add(Grammar g)
    {
        var offset = Alt(
            g.W("this", "the current", "current").Select(_ => 0),
            g.W("last", "past", "the past", "the last", "this past").Select(_ => -1),
            g.W("next", "coming", "the coming").Select(_ => 1));
        var unit = g.Units.Pattern.Where(u => u is TemporalUnit.Week or TemporalUnit.Month or TemporalUnit.Quarter
            or TemporalUnit.Year or TemporalUnit.Decade or TemporalUnit.Century);
        // Singular only: "the past three years" and "the coming weeks" are durations (DurationRules).
        var singular = unit.Guard((s, i, _) => !s.Is(i, g.PluralUnits) && s.TextOf(i) is not ("quarters" or "Quarters"));
        var lowerSingular = singular.Guard((s, i, _) => !char.IsUpper(s.Text[s.Tokens[i].Start])); // not the title "This Week"
        var relative = Seq(offset, lowerSingular, (o, u) => (TemporalSpec)new RelativePeriodSpec(u, o));

        var weekendShift = Alt(
            g.W("the").Select(_ => Shift.None),
            g.W("this").Select(_ => Shift.This),
            g.W("last", "this past", "past").Select(_ => Shift.Last),
            g.W("next", "this coming", "coming").Select(_ => Shift.Next));
        var weekend = Seq(weekendShift, g.W("weekend"), (s, _) => (TemporalSpec)new WeekendSpec(s));

        // "the quarter", "the latest quarter": the last completed quarter, as earnings reports mean it.
        var latestQuarter = g.W("the quarter", "the latest quarter", "the most recent quarter", "the recent quarter", "the latest period", "the latest fiscal quarter")
            .Select(_ => (TemporalSpec)new RelativePeriodSpec(TemporalUnit.Quarter, -1));

        var beforeAfter = Seq(
            Alt(g.W("earlier").Select(_ => PeriodPart.BeforeReference), g.W("later").Select(_ => PeriodPart.AfterReference)),
            Opt(g.W("in")), Alt(g.W("this"), g.W("the")), singular,
            (p, _, _, u) => (TemporalSpec)new PartSpec(new RelativePeriodSpec(u, 0), p));

        var part = Alt(
            g.W("early", "the beginning of", "the start of", "the first days of", "the first part of").Select(_ => PeriodPart.Early),
            g.W("late", "the end of", "the close of", "the last days of", "the latter part of", "the final days of").Select(_ => PeriodPart.Late),
            g.W("the middle of").Select(_ => PeriodPart.Middle),
            Seq(g.W("mid"), Opt(g.Dash.Touching()), (_, _) => PeriodPart.Middle));
        var partOfRelative = Seq(part, relative, (p, r) => (TemporalSpec)new PartSpec(r, p));
        var partOfThe = Seq(part, g.The, singular, (p, _, u) => (TemporalSpec)new PartSpec(new RelativePeriodSpec(u, 0), p));
        var yearEnd = g.W("year-end", "year end", "year's end", "year’s end").Select(_ => (TemporalSpec)new PartSpec(new RelativePeriodSpec(TemporalUnit.Year, 0), PeriodPart.Late));
        var hyphenYear = g.YearDigits.Guard((s, _, end) => Grammar.IsFreeAfter(s, end)).Select(y => (TemporalSpec)new DateSpec(y, null, null)); // "mid-1996"
        var point = Alt(g.MonthYear, g.MonthAlone, g.YearAlone, g.Decade, hyphenYear);
        var monthNoGuard = g.Month.Select(m => (TemporalSpec)new DateSpec(null, m, null));
        var shortPart = Alt(
            g.W("early").Select(_ => PeriodPart.Early), g.W("late").Select(_ => PeriodPart.Late),
            Seq(g.W("mid"), Opt(g.Dash.Touching()), (_, _) => PeriodPart.Middle));
        var partOfPoint = Alt(
            Seq(part, Alt(point, monthNoGuard), (p, x) => (TemporalSpec)new PartSpec(x, p)),
            Seq(g.The, shortPart, g.Decade, (_, p, x) => (TemporalSpec)new PartSpec(x, p))); // "the mid-1990s"


        // "the previous year", "the following month", "that year": counted from the last date the text gave.
        var discourse = Seq(
            Alt(g.W("the previous", "the preceding", "the prior").Select(_ => Direction.Before), g.W("the following", "the next").Select(_ => Direction.After)),
            singular, (d, u) => (TemporalSpec)new OffsetSpec(new DurationSpec(1, u), d, OffsetAnchor.Discourse));
        var same = Alt(
            Seq(g.W("that", "the same", "that same"), singular, (_, u) => (TemporalSpec)new SameAsAnchorSpec(u)),
            g.W("the week").Select(_ => (TemporalSpec)new SameAsAnchorSpec(TemporalUnit.Week)));

        // "the week of March 6": the calendar week that holds the day.
        var weekOf = Seq(g.W("the week of", "week of"), Alt(g.FullDate, g.MonthDay), (_, d) => (TemporalSpec)new WeekOfSpec(d));

        // "year-ago", "a year earlier", "the year-ago quarter": a year before the period the text is about.
        // With "quarter" or "period" it is that quarter a year before the one the text is about; alone ("year-ago results")
        // it is the year before the report's, or the quarter a year back when the text spoke of a quarter.
        var yearAgo = Alt(
            Seq(Opt(g.W("the", "the comparable", "the same")), g.W("year-ago", "year-earlier"), g.W("quarter", "period"),
                (_, _, _) => (TemporalSpec)new OffsetSpec(new DurationSpec(4, TemporalUnit.Quarter), Direction.Before, OffsetAnchor.Discourse)),
            // "the corresponding period last year", "last year's quarter", "the quarter a year ago".
            Alt(
                Seq(g.W("the corresponding", "the comparable", "the same"), g.W("period", "quarter"), g.W("last year", "a year ago", "a year earlier"), (_, _, _) => default(Nothing)),
                Seq(g.W("last year's", "last year’s"), g.W("period", "quarter"), (_, _) => default(Nothing)),
                Seq(g.W("the period", "the quarter"), g.W("a year ago", "a year earlier"), (_, _) => default(Nothing)))
                .Select(_ => (TemporalSpec)new OffsetSpec(new DurationSpec(4, TemporalUnit.Quarter), Direction.Before, OffsetAnchor.Discourse)),
            Seq(Opt(g.W("the", "the comparable", "the same")), g.W("year-ago", "year-earlier"), Opt(g.W("level", "levels", "results")),
                (_, _, _) => (TemporalSpec)new OffsetSpec(new DurationSpec(1, TemporalUnit.Year), Direction.Before, OffsetAnchor.Reference)));

        g.Relative = relative;

        g.Add("relative-period", relative);
        g.Add("weekend", weekend);
        g.Add("week-of-day", weekOf);
        g.Add("previous-following-period", discourse);
        g.Add("that-period", same);
        g.Add("year-ago", yearAgo);
        g.Add("latest-quarter", latestQuarter);
        g.Add("earlier-later-this", beforeAfter);
        g.Add("part-of-relative-period", partOfRelative);
        g.Add("part-of-the-period", partOfThe);
        g.Add("year-end", yearEnd);
        // "post-1959", "pre-1990": the year itself, as TimeML annotates it.
        g.Add("pre-post-year", Seq(g.W("pre", "post"), g.Dash.Touching(), hyphenYear.Touching(), (_, _, y) => y));
        g.Add("part-of-date", partOfPoint);
    }
}
