using Timeline.Patterns;
using Timeline.Temporal;
using static Timeline.Patterns.P;

namespace Timeline.English.Rules;

/// <summary>
/// Expressions anchored by another expression, and ranges: <c>the fourth anniversary</c>, <c>its 70th anniversary</c>,
/// <c>1950-1953</c>, <c>June 18-19</c>, <c>18-19 June</c>, <c>from Tuesday to Thursday</c>, <c>between 2019 and 2021</c>.
/// </summary>
internal static class AnchoredRules
{
    public static void Add(Grammar g)
    {
        var nth = Seq(Opt(Alt(g.The, g.W("its", "their", "his", "her", "this", "this year's"))), g.Ordinal.Where(n => n is >= 1 and <= 1000), g.W("anniversary"),
            (_, n, _) => n);
        // "the 100th anniversary of Australian federation" names what it commemorates: only a year in that name anchors
        // it, not one said before. "of its founding" refers back, like "its 70th anniversary".
        var anniversary = Alt(
            nth.Guard((s, _, end) => NamesWhatItMarks(s, end)).Select(n => (TemporalSpec)new AnniversarySpec(n, NamesItsSubject: true)),
            nth.Guard((s, _, end) => !NamesWhatItMarks(s, end)).Select(n => (TemporalSpec)new AnniversarySpec(n)));

        var year = g.Year.Select(y => (TemporalSpec)new DateSpec(y, null, null));
        var yearRange = Seq(g.YearDigits.Guard((s, i, _) => Grammar.IsFreeBefore(s, i)).Spanned(), g.Dash, Alt(
                g.YearDigits.Select(y => (Short: false, Year: y)),
                Number(2, 2, 0, 99).Select(y => (Short: true, Year: (int)y))).Touching().Spanned(),
            (a, _, b) => (a, b))
            .Guard((s, i, end) => s.Tokens[i + 1].Gap == s.Tokens[i + 2].Gap && Grammar.IsFreeAfter(s, end)) // "1950-1953" or "1950 - 1953"
            .Select(p =>
            {
                int from = p.a.Value;
                int to = p.b.Value.Short ? from / 100 * 100 + p.b.Value.Year : p.b.Value.Year;
                return (From: from, To: to, p.a.Span, ToSpan: p.b.Span);
            })
            .Where(r => r.To > r.From && r.To - r.From < 200)
            .Select(r => (TemporalSpec)new RangeSpec(new DateSpec(r.From, null, null), new DateSpec(r.To, null, null), r.Span, r.ToSpan));

        var dash = Alt(g.Dash, g.W("to", "through", "until", "till", "and"));
        var monthDayRange = Seq(Seq(g.Month, g.DayNumber, (m, d) => (m, d)).Spanned(), dash,
            Seq(g.DayNumber, OptValue(Seq(Opt(g.Comma), g.Year, (_, y) => y)), (d, y) => (d, y)).Spanned(),
            (a, _, b) => (TemporalSpec)new RangeSpec(new DateSpec(b.Value.y, a.Value.m, a.Value.d), new DateSpec(b.Value.y, null, b.Value.d), a.Span, b.Span));
        var dayMonthRange = Seq(g.DayNumber.Spanned(), Alt(g.Dash, g.W("to", "and")),
            Seq(g.DayNumber, g.Month, OptValue(Seq(Opt(g.Comma), g.Year, (_, y) => y)), (d, m, y) => (d, m, y)).Spanned(),
            (a, _, b) => (TemporalSpec)new RangeSpec(new DateSpec(b.Value.y, null, a.Value), new DateSpec(b.Value.y, b.Value.m, b.Value.d), a.Span, b.Span));

        var point = Alt(g.FullDate, g.MonthDay, g.MonthYear, g.Month.Select(m => (TemporalSpec)new DateSpec(null, m, null)), year, g.DayPoint);
        var fromTo = Seq(g.W("from"), point.Spanned(), Alt(g.Dash, g.W("to", "through", "until", "till")), point.Spanned(),
            (_, a, _, b) => (TemporalSpec)new RangeSpec(a.Value, b.Value, a.Span, b.Span));
        var between = Seq(g.W("between"), point.Spanned(), g.W("and"), point.Spanned(),
            (_, a, _, b) => (TemporalSpec)new RangeSpec(a.Value, b.Value, a.Span, b.Span));
        var monthRange = Seq(g.Month.Spanned(), g.Dash.Touching(), Seq(g.Month.Touching(), OptValue(Seq(Opt(g.Comma), g.Year, (_, y) => y)), (m, y) => (m, y)).Spanned(),
            (a, _, b) => (TemporalSpec)new RangeSpec(new DateSpec(b.Value.y, a.Value, null), new DateSpec(b.Value.y, b.Value.m, null), a.Span, b.Span));

        g.Add("anniversary", anniversary);
        g.Add("year-range", yearRange);
        g.Add("month-day-range", monthDayRange);
        g.Add("day-month-range", dayMonthRange);
        g.Add("from-to", fromTo);
        g.Add("between-and", between);
        g.Add("month-range", monthRange);
    }

    // "… anniversary of <something>", unless the something starts with a possessive that points back ("of its founding").
    private static bool NamesWhatItMarks(TokenStream s, int end) =>
        end + 1 < s.Count && s.TextOf(end).Equals("of", StringComparison.OrdinalIgnoreCase)
        && s.TextOf(end + 1) is not ("its" or "their" or "his" or "her" or "our" or "this" or "that");
}
