using Timeline.Patterns;
using Timeline.Temporal;
using static Timeline.Patterns.P;

namespace Timeline.English.Rules;

/// <summary>Quarters, halves, seasons and fiscal years: <c>Q3</c>, <c>the third quarter of 2023</c>, <c>third-quarter</c>, <c>the first half of 2022</c>, <c>summer 2019</c>, <c>last summer</c>, <c>fiscal 1998</c>.</summary>
internal static class YearPartRules
{
    public static void Add(Grammar g)
    {
        var explicitYear = g.Year.Select(y => (TemporalSpec)new DateSpec(y, null, null));
        var relativeYear = Alt(
            g.W("this year", "the current year", "the current fiscal year", "this fiscal year").Select(_ => 0),
            g.W("last year", "the past year", "last fiscal year").Select(_ => -1),
            g.W("next year", "next fiscal year", "the coming year").Select(_ => 1)).Select(o => (TemporalSpec)new RelativePeriodSpec(TemporalUnit.Year, o));
        var fiscalYear = Seq(Opt(g.W("fiscal")), Opt(g.W("year")), explicitYear, (_, _, y) => y);
        var theYear = g.W("the year").Select(_ => (TemporalSpec)new RelativePeriodSpec(TemporalUnit.Year, 0)); // "the second half of the year"
        var ofYear = Seq(Alt(g.W("of"), g.Comma, g.W("in")), Alt(fiscalYear, relativeYear, theYear), (_, y) => y);
        var yearPossessive = Seq(Alt(relativeYear, explicitYear), Alt(g.W("'"), g.W("’")), g.W("s").Touching(), (y, _, _) => y);

        var quarterNumber = Alt(g.Ordinal.Where(n => n is >= 1 and <= 4), g.W("final", "last").Select(_ => 4));
        var quarter = Seq(OptRef(yearPossessive), Opt(g.The), Opt(g.W("fiscal")), quarterNumber, Opt(g.Dash.Touching()), g.W("quarter"), OptRef(ofYear),
            (yp, _, _, n, _, _, y) => (TemporalSpec)new YearPartSpec(TemporalUnit.Quarter, n, y ?? yp));
        var qNumber = Alt(
            Seq(g.W("Q"), Number(1, 1, 1, 4).Touching(), (_, n) => (int)n),
            Seq(Number(1, 1, 1, 4), g.W("Q").Touching(), (n, _) => (int)n));
        // "the 1988 second quarter", "the 1989 fiscal third quarter".
        var yearFirstQuarter = Seq(g.The, explicitYear, Opt(g.W("fiscal")), quarterNumber, Opt(g.Dash.Touching()), g.W("quarter"),
            (_, y, _, n, _, _) => (TemporalSpec)new YearPartSpec(TemporalUnit.Quarter, n, y));
        var q = Seq(qNumber, OptRef(Alt(Seq(Opt(g.Comma), explicitYear, (_, y) => y), Seq(Opt(g.Dash), Number(2, 2, 0, 99).Touching(), (_, y) => (TemporalSpec)new DateSpec((int)(y <= 30 ? 2000 + y : 1900 + y), null, null)))),
            (n, y) => (TemporalSpec)new YearPartSpec(TemporalUnit.Quarter, n, y));

        var halfNumber = Alt(g.W("first").Select(_ => 1), g.W("second", "last", "latter").Select(_ => 2));
        var half = Seq(Opt(g.The), halfNumber, Opt(g.Dash.Touching()), g.W("half"), OptRef(ofYear),
            (_, n, _, _, y) => (TemporalSpec)new YearPartSpec(TemporalUnit.Half, n, y));

        var season = g.Seasons.Pattern.Select(s => (int)s + 1);
        var seasonOfYear = Seq(Opt(g.The), season, Opt(g.W("of")), explicitYear, (_, s, _, y) => (TemporalSpec)new YearPartSpec(TemporalUnit.Season, s, y));
        var shiftedSeason = Seq(
            Alt(g.W("this", "this past").Select(_ => 0), g.W("last").Select(_ => -1), g.W("next").Select(_ => 1)), season,
            (o, s) => (TemporalSpec)new YearPartSpec(TemporalUnit.Season, s, new RelativePeriodSpec(TemporalUnit.Year, o)));
        // "the summer", "in spring"; not "in summer 2019" (season-of-year) nor "the Winter Olympics" (a name).
        var seasonPart = Alt(g.W("early").Select(_ => PeriodPart.Early), g.W("late").Select(_ => PeriodPart.Late),
            Seq(g.W("mid"), Opt(g.Dash.Touching()), (_, _) => PeriodPart.Middle));
        // "the summer", "in spring", "the early summer".
        var theSeason = Seq(Alt(g.W("the"), g.W("in")), OptValue(seasonPart), season,
                (_, p, s) => p is { } part ? (TemporalSpec)new PartSpec(new YearPartSpec(TemporalUnit.Season, s), part) : new YearPartSpec(TemporalUnit.Season, s))
            .NotFollowedBy(Alt(g.W("of"), g.Year.Ignore()))
            .Guard((s, _, end) => end >= s.Count || s.Tokens[end].Kind != Timeline.Text.TokenKind.Word || !char.IsUpper(s.Text[s.Tokens[end].Start]));
        var inSeasonOfYear = Seq(g.W("in"), season, Opt(g.W("of")), explicitYear, (_, s, _, y) => (TemporalSpec)new YearPartSpec(TemporalUnit.Season, s, y));

        var fiscal = Alt(
            Seq(Opt(g.The), g.W("fiscal"), Opt(g.W("year")), explicitYear, (_, _, _, y) => (TemporalSpec)new FiscalYearSpec(y)),
            Seq(g.W("FY"), Alt(Number(4, 4, 1000, 2999), Number(2, 2, 0, 99).Select(y => y <= 30 ? 2000 + y : 1900 + y)),
                (_, y) => (TemporalSpec)new FiscalYearSpec(new DateSpec((int)y, null, null))));

        g.Add("quarter", quarter);
        g.Add("q-quarter", q);
        g.Add("year-first-quarter", yearFirstQuarter);
        g.Add("half-year", half);
        g.Add("season-of-year", seasonOfYear);
        g.Add("shifted-season", shiftedSeason);
        g.Add("the-season", theSeason);
        g.Add("in-season-of-year", inSeasonOfYear);
        g.Add("fiscal-year", fiscal);
        g.Add("relative-year", relativeYear);
    }
}
