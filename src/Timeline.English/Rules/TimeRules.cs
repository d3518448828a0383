using Timeline.Patterns;
using Timeline.Temporal;
using static Timeline.Patterns.P;

namespace Timeline.English.Rules;

/// <summary>Clock times, alone or with a day: <c>13:53 IST</c>, <c>10 a.m.</c>, <c>4 in the morning</c>, <c>noon</c>, <c>September 22, 2023 13:53 IST</c>, <c>Friday at 10 a.m.</c>.</summary>
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
        // "4 in the morning", "9 o'clock at night".
        var inPart = Seq(Number(1, 2, 1, 12), Opt(g.W("o'clock", "o’clock")),
            Alt(g.W("in the morning").Select(_ => false), g.W("in the afternoon", "in the evening", "at night").Select(_ => true)),
            (h, _, pm) => (Hour: Hour((int)h, pm), Minute: 0)).Guard(Grammar.IsFreeNumber)
            .Guard((s, i, _) => i > 0 && s.TextOf(i - 1) is "at" or "until" or "till" or "by" or "from" or "before" or "after" or "around" or "about" or "to"); // not "won 3 in the evening session"
        var named = Alt(g.W("noon", "midday").Select(_ => (Hour: 12, Minute: 0)), g.W("midnight").Select(_ => (Hour: 24, Minute: 0)));
        var clock = Alt(twentyFour, twelve, named);

        var time = Alt(twentyFour, twelve, inPart).Select(t => (TemporalSpec)new TimeSpec(null, t.Hour, t.Minute));
        var namedTime = named.Select(t => (TemporalSpec)new TimeSpec(null, t.Hour, t.Minute));

        // An ISO 8601 timestamp, as page metadata gives it: "2023-09-13T11:04:00+09:00", "2019-06-08T14:30Z".
        var offset = Opt(Alt(
            g.W("Z").Touching(),
            Seq(Alt(g.W("+"), g.Dash).Touching(), Number(2, 2, 0, 14).Touching(), Opt(g.W(":").Touching()), Number(2, 2, 0, 59).Touching(), (_, _, _, _) => default(Nothing))));
        var fraction = Opt(Seq(g.Dot.Touching(), Number(1, 9, 0, 999_999_999).Touching(), (_, _) => default(Nothing)));
        var isoClock = Seq(g.W("T"), Number(2, 2, 0, 23).Touching(), g.W(":").Touching(), Number(2, 2, 0, 59).Touching(), seconds, fraction, offset,
            (_, h, _, m, _, _, _) => (Hour: (int)h, Minute: (int)m));
        var isoTimestamp = Seq(g.IsoDate, isoClock.Touching(), (d, t) => (TemporalSpec)new TimeSpec(d, t.Hour, t.Minute)).Guard(Grammar.IsFreeNumber);

        g.Add("iso-timestamp", isoTimestamp);
        g.Add("clock-time", time);
        g.Add("named-time", namedTime);

        // A day and a clock time next to each other are one timestamp, composed from the two matches:
        // "September 22, 2023 13:53 IST", "Friday at 10 a.m.", "5 p.m. EST, Nov. 6", "noon Thursday".
        g.Compose("day-time", IsDay, Seq(Opt(g.Comma), Opt(g.W("at")), (_, _) => default(Nothing)), IsClock, (d, t) => At(d, t));
        g.Compose("time-day", IsClock, Seq(Opt(g.Comma), Opt(g.W("on")), (_, _) => default(Nothing)), IsDay, (t, d) => At(d, t));
    }

    /// <summary>A value that names one day: a full or month-day date, a weekday, today/yesterday, a holiday.</summary>
    private static bool IsDay(TemporalSpec s) => s is DateSpec { Month: not null, Day: not null } or NumericDateSpec or WeekdaySpec or DayOffsetSpec;

    private static bool IsClock(TemporalSpec s) => s is TimeSpec { Date: null, Hour: not null };

    private static TemporalSpec At(TemporalSpec day, TemporalSpec clock) => ((TimeSpec)clock) with { Date = day };

    private static int Hour(int h, bool? pm) => pm switch
    {
        true when h < 12 => h + 12,
        false when h == 12 => 0,
        _ => h,
    };
}
