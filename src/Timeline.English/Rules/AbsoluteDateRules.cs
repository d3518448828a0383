using NodaTime;
using Timeline.Patterns;
using Timeline.Temporal;
using static Timeline.Patterns.P;

namespace Timeline.English.Rules;

/// <summary>Calendar dates written with names or digits: <c>June 8, 2019</c>, <c>8 June</c>, <c>2019-06-08</c>, <c>06/08/2019</c>, <c>in April</c>, <c>2011</c>, <c>the 1990s</c>.</summary>
internal static class AbsoluteDateRules
{
    public static void Add(Grammar g)
    {
        var lead = OptValue(Seq(g.WeekdayWithDot, Opt(g.Comma), (d, _) => d)); // "Tuesday, "
        var of = Opt(g.W("of"));
        var comma = Opt(g.Comma);

        var monthDayYear = Seq(lead, g.Month, g.DayNumber, comma, g.Year,
            (wd, m, d, _, y) => (TemporalSpec)new DateSpec(y, m, d, wd));
        // "the" belongs to a day only before "of": "the 3rd of March 2022", not "The 1 January 2018 speech".
        var dayOf = Alt(Seq(g.The, g.DayNumber, g.W("of"), (_, d, _) => d), Seq(g.DayNumber, of, (d, _) => d));
        var dayMonthYear = Seq(lead, dayOf, g.Month, comma, g.Year,
            (wd, d, m, _, y) => (TemporalSpec)new DateSpec(y, m, d, wd));
        var monthDay = Seq(lead, g.Month, g.DayNumber.NotFollowedBy(Seq(g.W(":").Touching(), Number(2, 2, 0, 59).Touching(), (_, _) => true)),
            (wd, m, d) => (TemporalSpec)new DateSpec(null, m, d, wd));
        var dayMonth = Seq(lead, dayOf, g.Month,
            (wd, d, m) => (TemporalSpec)new DateSpec(null, m, d, wd));
        var monthYear = Seq(g.Month, comma, of, g.Year, (m, _, _, y) => (TemporalSpec)new DateSpec(y, m, null));
        g.IsoDate = Seq(Number(4, 4, 1000, 2999), g.Dash.Touching(), Number(1, 2, 1, 12).Touching(), g.Dash.Touching(), Number(1, 2, 1, 31).Touching(),
            (y, _, m, _, d) => (TemporalSpec)new DateSpec((int)y, (int)m, (int)d));
        var iso = g.IsoDate.Guard(Grammar.IsFreeNumber);
        var isoSlash = Seq(Number(4, 4, 1000, 2999), g.Slash.Touching(), Number(1, 2, 1, 12).Touching(), g.Slash.Touching(), Number(1, 2, 1, 31).Touching(),
            (y, _, m, _, d) => (TemporalSpec)new DateSpec((int)y, (int)m, (int)d)).Guard(Grammar.IsFreeNumber);
        // "2023.09.13": year first with dots, as Korean, Chinese and Japanese sites write their dates.
        var isoDot = Seq(Number(4, 4, 1000, 2999), g.Dot.Touching(), Number(1, 2, 1, 12).Touching(), g.Dot.Touching(), Number(1, 2, 1, 31).Touching(),
            (y, _, m, _, d) => (TemporalSpec)new DateSpec((int)y, (int)m, (int)d)).Guard(Grammar.IsFreeNumber);
        var separator = Alt(g.Slash, g.Dot, g.Dash);
        var numericYear = Alt(Number(4, 4, 1000, 2999), Number(2, 2, 0, 99).Select(y => y <= 30 ? 2000 + y : 1900 + y));
        var numeric = Seq(Number(1, 2, 1, 31), separator.Touching(), Number(1, 2, 1, 31).Touching(), separator.Touching(), numericYear.Touching(),
            (a, _, b, _, y) => (TemporalSpec)new NumericDateSpec((int)a, (int)b, (int)y)).Guard(Grammar.IsFreeNumber);

        // A month alone: "in April". Ambiguous names ("May", "March") need a context word before them.
        // Abbreviations alone ("Jan") need their full stop.
        var monthAlone = g.Month.Guard((s, i, end) => (!s.Is(i, g.AmbiguousMonths) || (i > 0 && s.Is(i - 1, g.MonthContext))) && (!s.Is(i, g.Abbreviations) || end > i + 1))
            .Select(m => (TemporalSpec)new DateSpec(null, m, null));
        var shiftedMonth = Seq(Alt(g.W("last").Select(_ => Shift.Last), g.W("next").Select(_ => Shift.Next), g.W("this").Select(_ => Shift.This)), g.Month,
            (sh, m) => (TemporalSpec)new DateSpec(null, m, null, Shift: sh));

        // A year alone: 1800–2199 anywhere; earlier years after a preposition ("in 1492").
        var year = Alt(
            g.Year.Where(y => y is >= 1800 and <= 2199).Select(y => (TemporalSpec)new DateSpec(y, null, null)),
            Seq(g.W("in", "since", "by", "of", "from", "until", "before", "after", "circa"), g.Year, (_, y) => (TemporalSpec)new DateSpec(y, null, null)),
            Seq(Opt(g.The), g.W("year"), g.Year, (_, _, y) => (TemporalSpec)new DateSpec(y, null, null)));
        var onThe = Seq(g.W("on"), g.The, g.DayNumber, (_, _, d) => (TemporalSpec)new DateSpec(null, null, d)).NotFollowedBy(g.W("of"));

        var decadeNumber = Alt(
            Seq(Number(4, 4, 1000, 2990).Where(y => y % 10 == 0), g.W("s").Touching(), (y, _) => (int)y),
            Seq(Alt(g.W("'"), g.W("’")), Number(2, 2, 0, 90).Touching().Where(y => y % 10 == 0), g.W("s").Touching(), (_, y, _) => (int)(y < 30 ? 2000 + y : 1900 + y)),
            // "in his 30s", "in their late 20s" is an age, not a decade.
            Seq(Number(2, 2, 0, 90).Where(y => y % 10 == 0).Guard((s, i, _) => !AfterPossessive(s, i)), g.W("s").Touching(), (y, _) => (int)(y < 30 ? 2000 + y : 1900 + y)),
            WordTables.Ints(g.Lex, "decade-words").Pattern);
        var decade = Seq(Opt(g.The), decadeNumber, (_, y) => (TemporalSpec)new DecadeSpec(y));
        var century = Seq(Opt(g.The), g.Ordinal.Where(n => n is >= 1 and <= 30), Opt(g.Dash.Touching()), g.W("century"),
            (_, n, _, _) => (TemporalSpec)new CenturySpec(n));

        // Spoken years in transcripts: "nineteen ninety-six", "two thousand".
        var teens = g.Numbers.Pattern.Where(n => n is >= 10 and <= 20);
        var tens = g.Numbers.Pattern.Where(n => n >= 20 && n % 10 == 0);
        var ones = g.Numbers.Pattern.Where(n => n is >= 1 and <= 9);
        var twoDigits = Alt(g.Numbers.Pattern.Where(n => n is >= 10 and <= 99), Seq(tens, Opt(g.Dash.Touching()), ones, (t, _, o) => t + o));
        var spokenYear = Alt(
            Seq(teens, twoDigits, (c, y) => c * 100 + y),
            Seq(g.W("two thousand"), OptValue(Seq(Opt(g.W("and")), Alt(ones, twoDigits), (_, n) => n)), (_, n) => 2000 + (n ?? 0)));
        var spoken = Seq(Opt(g.W("the year")), spokenYear, (_, y) => (TemporalSpec)new DateSpec(y, null, null)).NotFollowedBy(g.Unit); // not "two thousand years"
        var spokenMonthYear = Seq(g.Month, spokenYear, (m, y) => (TemporalSpec)new DateSpec(y, m, null));

        // "October this year", "April next year".
        var monthRelativeYear = Seq(g.Month, Alt(g.W("this year").Select(_ => 0), g.W("last year").Select(_ => -1), g.W("next year").Select(_ => 1)),
            (m, o) => (TemporalSpec)new YearPartSpec(TemporalUnit.Month, m, new RelativePeriodSpec(TemporalUnit.Year, o)));

        // "last Oct. 23": the latest such day before the reference; "next March 1" the first after it.
        var shiftedMonthDay = Seq(Alt(g.W("last").Select(_ => Shift.Last), g.W("next", "this coming").Select(_ => Shift.Next)), monthDay,
            (sh, d) => (TemporalSpec)((DateSpec)d with { Shift = sh }));

        g.FullDate = Alt(monthDayYear, dayMonthYear, iso, isoSlash, isoDot, numeric);
        g.MonthDay = Alt(monthDay, dayMonth);
        g.MonthYear = monthYear;
        g.MonthAlone = Alt(monthAlone, shiftedMonth);
        g.YearAlone = year;
        g.Decade = decade;

        g.Add("month-day-year", monthDayYear);
        g.Add("day-month-year", dayMonthYear);
        g.Add("iso-date", iso);
        g.Add("iso-date-slash", isoSlash);
        g.Add("iso-date-dot", isoDot);
        g.Add("numeric-date", numeric);
        g.Add("month-day", monthDay);
        g.Add("shifted-month-day", shiftedMonthDay);
        g.Add("day-month", dayMonth);
        g.Add("month-year", monthYear);
        g.Add("month-relative-year", monthRelativeYear);
        g.Add("month", monthAlone);
        g.Add("shifted-month", shiftedMonth);
        g.Add("year", year);
        g.Add("on-the-nth", onThe);
        g.Add("decade", decade);
        g.Add("spoken-year", spoken);
        g.Add("spoken-month-year", spokenMonthYear);
        g.Add("century", century);
    }

    // "his 30s", "her early 40s", "their mid-20s": a possessive before the number, maybe with a part of the decade between.
    private static bool AfterPossessive(TokenStream s, int i)
    {
        int k = i - 1;
        while (k >= 0 && (s.TextOf(k) is "-" || Is(k, "early", "mid", "late"))) k--;
        return k >= 0 && Is(k, "his", "her", "their", "my", "your", "our", "its");

        bool Is(int t, params string[] words) => Array.Exists(words, w => s.TextOf(t).Equals(w, StringComparison.OrdinalIgnoreCase));
    }
}
