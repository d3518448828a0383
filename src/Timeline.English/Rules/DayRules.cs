using Timeline.Patterns;
using Timeline.Temporal;
using Timeline.Text;
using static Timeline.Patterns.P;

namespace Timeline.English.Rules;

/// <summary>
/// Days named by weekday or relative to today: <c>Friday</c>, <c>last Wednesday</c>, <c>next Tuesday</c>, <c>yesterday</c>,
/// <c>Friday night</c>, <c>this morning</c>, <c>the day before</c>, <c>two days later</c> (see DurationRules), <c>that day</c>,
/// <c>the previous Friday</c>.
/// </summary>
internal static class DayRules
{
    private static Pattern<int> Lex(Grammar g, string table) => WordTables.Ints(g.Lex, table).Pattern;

    public static void Add(Grammar g)
    {
        var shift = Alt(
            g.W("last").Select(_ => Shift.Last),
            g.W("next").Select(_ => Shift.Next),
            g.W("this").Select(_ => Shift.This),
            g.W("this past", "past").Select(_ => Shift.None),
            g.W("this coming", "coming").Select(_ => Shift.Coming));
        var weekday = g.WeekdayWithDot.Select(d => (TemporalSpec)new WeekdaySpec(d));
        var shiftedWeekday = Seq(shift, g.Weekday, (s, d) => (TemporalSpec)new WeekdaySpec(d, s));

        var relativeDay = Alt(
            g.W("today").Select(_ => 0),
            g.W("tonight").Select(_ => 0),
            g.W("yesterday").Select(_ => -1),
            g.W("tomorrow").Select(_ => 1),
            g.W("the day before yesterday").Select(_ => -2),
            g.W("the day after tomorrow").Select(_ => 2))
            // "USA Today", "VOA Today": a capitalised word right before a capitalised "Today" makes a name.
            .Guard((s, i, _) => !(i > 0 && char.IsUpper(s.Text[s.Tokens[i].Start]) && s.Tokens[i].Gap == TokenGap.Space
                && s.Tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(s.Text[s.Tokens[i - 1].Start])))
            // "today's world", "tomorrow's generation": the present or coming era in general, not a day.
            .NotFollowedBy(Seq(g.W("'", "’"), g.W("s").Touching(), g.W(
                "world", "youth", "society", "generation", "generations", "children", "kids", "young", "teenagers",
                "students", "families", "standards", "terms", "dollars", "technology", "culture", "era", "age"), (_, _, _) => default(Nothing)))
            .Select(n => (TemporalSpec)new DayOffsetSpec(n));

        var dayPart = g.DayParts.Pattern;
        var weekdayPart = Seq(Alt(shiftedWeekday, weekday), dayPart, (d, p) => (TemporalSpec)new TimeSpec(d, null, null, p));
        var relativeDayPart = Seq(relativeDay, dayPart, (d, p) => (TemporalSpec)new TimeSpec(d, null, null, p));
        var thisPart = Seq(g.W("this"), dayPart, (_, p) => (TemporalSpec)new TimeSpec(new DayOffsetSpec(0), null, null, p)); // the publication day, whatever the text spoke of
        var lastNight = g.W("last night").Select(_ => (TemporalSpec)new TimeSpec(new DayOffsetSpec(-1), null, null, DayPart.Night));

        var dayBefore = g.W("the day before", "the previous day", "the day earlier", "a day earlier")
            .NotFollowedBy(g.W("yesterday"))
            .Select(_ => (TemporalSpec)new OffsetSpec(new DurationSpec(1, TemporalUnit.Day), Direction.Before, OffsetAnchor.Discourse));
        var dayAfter = g.W("the next day", "the following day", "the day after", "a day later")
            .NotFollowedBy(g.W("tomorrow"))
            .Select(_ => (TemporalSpec)new OffsetSpec(new DurationSpec(1, TemporalUnit.Day), Direction.After, OffsetAnchor.Discourse));
        var sameDay = g.W("that day", "the same day", "that same day").Select(_ => (TemporalSpec)new SameAsAnchorSpec(TemporalUnit.Day));

        // "in the morning", "by mid afternoon", "overnight", "that night": a part of the day the text is about.
        var sameDayPart = Alt(
            Seq(Alt(Seq(g.W("mid"), Opt(g.Dash.Touching()), (_, _) => default(Nothing)), g.W("early", "late")), dayPart, (_, p) => p),
            Seq(g.W("that", "that same", "the same"), dayPart, (_, p) => p), // "that night", "the same evening"
            g.W("overnight").Select(_ => DayPart.Night))
            .Select(p => (TemporalSpec)new TimeSpec(new SameAsAnchorSpec(TemporalUnit.Day), null, null, p));
        // "mid-afternoon yesterday", "late Friday night" is a weekday-part above; "early Friday morning" too.
        var partOfNamedDay = Seq(
            Seq(Alt(Seq(g.W("mid"), Opt(g.Dash.Touching()), (_, _) => default(Nothing)), g.W("early", "late")), dayPart, (_, p) => p),
            Alt(relativeDay, weekday, shiftedWeekday), (p, d) => (TemporalSpec)new TimeSpec(d, null, null, p));
        var nextDayPart = Seq(g.W("the next", "the following"), dayPart,
            (_, p) => (TemporalSpec)new TimeSpec(new OffsetSpec(new DurationSpec(1, TemporalUnit.Day), Direction.After, OffsetAnchor.Discourse), null, null, p));
        var thePart = Alt(sameDayPart, nextDayPart);
        var holidays = Lex(g, "holidays");
        var holiday = Seq(Opt(g.W("on")), holidays, (_, md) => (TemporalSpec)new DateSpec(null, md / 100, md % 100));

        // "Thanksgiving", "last Thanksgiving", "last Christmas".
        var holidayShift = Alt(g.W("last").Select(_ => Shift.Last), g.W("next", "this coming").Select(_ => Shift.Next));
        var floating = Seq(OptValue(holidayShift), Lex(g, "floating-holidays").Capitalized(),
            (sh, v) => (TemporalSpec)new FloatingDaySpec(v / 1000, v / 10 % 100, (NodaTime.IsoDayOfWeek)(v % 10), sh ?? Shift.None));
        var shiftedHoliday = Seq(holidayShift, holidays, (sh, md) => (TemporalSpec)new DateSpec(null, md / 100, md % 100, Shift: sh));

        g.DayPoint = Alt(weekday, shiftedWeekday, relativeDay, holiday, floating);

        g.Add("weekday", weekday);
        g.Add("shifted-weekday", shiftedWeekday);
        // "the previous Friday", "the following Monday": counted from the day the text is about.
        g.Add("anchored-weekday", Seq(
            Alt(g.W("the previous", "the preceding", "the prior").Select(_ => Direction.Before), g.W("the following").Select(_ => Direction.After)),
            g.WeekdayWithDot, (d, w) => (TemporalSpec)new AnchoredWeekdaySpec(w, d)));
        g.Add("relative-day", relativeDay);
        // "will one day be", "hopes to one day return": an unnamed day ahead (TimeML FUTURE_REF), not a length of one day.
        // Listed before the durations so that it wins over "one day" the length.
        g.Add("some-day", g.W("one day", "someday", "some day")
            .Guard((s, i, _) => i > 0 && s.TextOf(i - 1) is "will" or "would" or "could" or "might" or "may" or "can" or "should" or "shall" or "must" or "to")
            .Select(_ => (TemporalSpec)new ReferenceSpec(ReferenceKind.Future)));
        g.Add("weekday-part-of-day", weekdayPart);
        g.Add("relative-day-part-of-day", relativeDayPart);
        g.Add("this-part-of-day", thisPart);
        g.Add("last-night", lastNight);
        g.Add("the-day-before", dayBefore);
        g.Add("the-day-after", dayAfter);
        g.Add("that-day", sameDay);
        g.Add("the-part-of-day", thePart);
        g.Add("part-of-day-of-named-day", partOfNamedDay);
        g.Add("holiday", holiday);
        g.Add("floating-holiday", floating);
        g.Add("shifted-holiday", shiftedHoliday);
    }
}
