using Timeline.Patterns;
using Timeline.Temporal;
using static Timeline.Patterns.P;

namespace Timeline.English.Rules;

/// <summary>Recurrences: <c>every year</c>, <c>each month</c>, <c>weekly</c>, <c>every Friday</c>, <c>each July</c>.</summary>
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
            g.W("yearly").Select(_ => TemporalUnit.Year),
            g.W("hourly").Select(_ => TemporalUnit.Hour)).Select(u => (TemporalSpec)new SetSpec(u));

        g.Add("every-unit", everyUnit);
        g.Add("every-other-unit", everyOther);
        g.Add("every-weekday", everyDay);
        g.Add("every-month", everyMonth);
        g.Add("frequency-adverb", adverb);
    }

    private static SetSpec Set(TemporalUnit unit, int every) => unit switch
    {
        TemporalUnit.Decade => new SetSpec(TemporalUnit.Year, 10 * every),
        TemporalUnit.Century => new SetSpec(TemporalUnit.Year, 100 * every),
        _ => new SetSpec(unit, every),
    };
}
