using Timeline.Patterns;
using Timeline.Temporal;
using Timeline.Text;
using static Timeline.Patterns.P;

namespace Timeline.English.Rules;

/// <summary>Recurrences: <c>every year</c>, <c>each month</c>, <c>weekly</c>, <c>annually</c>, <c>every Friday</c>, <c>each July</c>, <c>twice a week</c>.</summary>
internal static class SetRules
{
    public static void Add(Grammar g)
    {
        var every = g.W("every", "each");
        var everyUnit = Seq(every, OptValue(g.Count.Where(n => n == Math.Floor(n) && n is >= 1 and <= 1000)), g.Unit,
            (_, n, u) => (TemporalSpec)Set(u, (int)(n ?? 1)));
        var everyOther = Seq(every, g.W("other"), g.Unit, (_, _, u) => (TemporalSpec)Set(u, 2));
        var everyDay = Seq(every, g.Weekday, (_, d) => (TemporalSpec)new SetSpec(TemporalUnit.Week, 1, new WeekdaySpec(d)));
        var everyMonth = Seq(every, g.Month, (_, m) => (TemporalSpec)new SetSpec(TemporalUnit.Year, 1, new DateSpec(null, m, null)));
        var adverb = Alt(
            g.W("daily").Select(_ => TemporalUnit.Day),
            g.W("weekly").Select(_ => TemporalUnit.Week),
            g.W("monthly").Select(_ => TemporalUnit.Month),
            g.W("yearly", "annually").Select(_ => TemporalUnit.Year),
            g.W("hourly").Select(_ => TemporalUnit.Hour))
            .Guard((s, i, _) => !AfterAmount(s, i)) // a rate, "rise 8% annually", "10,000 units annually", is not a recurrence
            .Select(u => (TemporalSpec)new SetSpec(u));

        // "twice a week", "three times a year", "once a month": TimeML gives the period; how often is its frequency.
        var times = Alt(g.W("once", "twice", "thrice").Ignore(), Seq(g.Count.Where(n => n == Math.Floor(n) && n is >= 2 and <= 1000), g.W("times"), (_, _) => default(Nothing)).Ignore());
        var timesPer = Seq(times, g.W("a", "an", "per", "each", "every"), g.Unit.Guard((s, i, _) => !s.Is(i, g.PluralUnits)),
            (_, _, u) => (TemporalSpec)Set(u, 1));

        g.Add("every-unit", everyUnit);
        g.Add("times-per-unit", timesPer);
        g.Add("every-other-unit", everyOther);
        g.Add("every-weekday", everyDay);
        g.Add("every-month", everyMonth);
        g.Add("frequency-adverb", adverb);
    }

    /// <summary>Whether a number or a percent sign stands right before token <paramref name="i"/>, or one word before that.</summary>
    private static bool AfterAmount(TokenStream s, int i) =>
        (i > 0 && (s.Tokens[i - 1].Kind == TokenKind.Number || s.TextOf(i - 1) is "%"))
        || (i > 1 && (s.Tokens[i - 2].Kind == TokenKind.Number || s.TextOf(i - 2) is "%"));

    private static SetSpec Set(TemporalUnit unit, int every) => unit switch
    {
        TemporalUnit.Decade => new SetSpec(TemporalUnit.Year, 10 * every),
        TemporalUnit.Century => new SetSpec(TemporalUnit.Year, 100 * every),
        _ => new SetSpec(unit, every),
    };
}
