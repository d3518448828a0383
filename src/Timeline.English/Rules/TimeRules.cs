using Timeline.Patterns;
using Timeline.Temporal;
using static Timeline.Patterns.P;

namespace Timeline.English.Rules;

/// <summary>Clock times, alone or with a day: <c>13:53 IST</c>, <c>10 a.m.</c>, <c>noon</c>, <c>September 22, 2023 13:53 IST</c>, <c>Friday at 10 a.m.</c>.</summary>
internal static class TimeRules
{
    public static void Add(Grammar g)
    {
        var zone = OptValue(WordTables.Flags(g.Lex, "time-zones").Pattern);
        var ampm = WordTables.Flags(g.Lex, "am-pm").Pattern;
        var minutes = Seq(Alt(g.W(":"), g.Dot).Touching(), Number(2, 2, 0, 59).Touching(), (_, m) => (int)m);
        var seconds = Opt(Seq(g.W(":").Touching(), Number(2, 2, 0, 59).Touching(), (_, _) => true), false);
        var twentyFour = Seq(Number(1, 2, 0, 24), g.W(":").Touching(), Number(2, 2, 0, 59).Touching(), seconds, OptValue(ampm), zone,
            (h, _, m, _, pm, _) => (Hour: Hour((int)h, pm), Minute: (int)m)).Guard(Grammar.IsFreeNumber);
        var twelve = Seq(Number(1, 2, 1, 12), OptValue(minutes), ampm, zone,
            (h, m, pm, _) => (Hour: Hour((int)h, pm), Minute: m ?? 0));
        var named = Alt(g.W("noon", "midday").Select(_ => (Hour: 12, Minute: 0)), g.W("midnight").Select(_ => (Hour: 24, Minute: 0)));
        var clock = Alt(twentyFour, twelve, named);

        var day = Alt(g.FullDate, g.MonthDay, g.DayPoint);
        var dayThenTime = Seq(day, Opt(g.Comma), Opt(g.W("at")), clock, (d, _, _, t) => (TemporalSpec)new TimeSpec(d, t.Hour, t.Minute));
        var timeThenDay = Seq(clock, Opt(g.Comma), Opt(g.W("on")), day, (t, _, _, d) => (TemporalSpec)new TimeSpec(d, t.Hour, t.Minute));
        var time = Alt(twentyFour, twelve).Select(t => (TemporalSpec)new TimeSpec(null, t.Hour, t.Minute));
        var namedTime = named.Select(t => (TemporalSpec)new TimeSpec(null, t.Hour, t.Minute));

        g.Add("day-time", dayThenTime);
        g.Add("time-day", timeThenDay);
        g.Add("clock-time", time);
        g.Add("named-time", namedTime);
    }

    private static int Hour(int h, bool? pm) => pm switch
    {
        true when h < 12 => h + 12,
        false when h == 12 => 0,
        _ => h,
    };
}
