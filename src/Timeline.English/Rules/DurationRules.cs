using Timeline.Patterns;
using Timeline.Temporal;
using Timeline.Text;
using static Timeline.Patterns.P;

namespace Timeline.English.Rules;

/// <summary>
/// Lengths of time and points a length away: <c>four years</c>, <c>more than four hours</c>, <c>a decade</c>, <c>two-year</c>,
/// <c>the past three years</c>, <c>in recent weeks</c>, <c>four years ago</c>, <c>two days later</c>, <c>in four years</c>.
/// Ages (<c>five-year-old</c>, <c>70 years old</c>) are not time expressions.
/// </summary>
internal static class DurationRules
{
    public static void Add(Grammar g)
    {
        var modifier = Alt(
            g.W("more than", "over", "longer than", "upwards of").Select(_ => Modifier.MoreThan),
            g.W("less than", "under", "fewer than", "shorter than").Select(_ => Modifier.LessThan),
            g.W("at least", "no less than", "no fewer than").Select(_ => Modifier.AtLeast),
            g.W("up to", "at most", "no more than", "nearly", "almost", "just under").Select(_ => Modifier.AtMost),
            g.W("about", "around", "approximately", "roughly", "nearly", "almost", "close to").Select(_ => Modifier.Approximately),
            g.W("some").Guard((s, _, end) => end < s.Count && s.Tokens[end].Kind == TokenKind.Number).Select(_ => Modifier.Approximately));
        var notAge = Alt(g.W("old"), Seq(g.Dash.Touching(), g.W("old", "earlier", "ago", "long").Touching(), (_, _) => default(Nothing)), g.W("of age")); // nor "a year-earlier loss", nor "a week-long visit" (unit-long)
        // "a year" is not a rate ("$50 a year", "once a year").
        var notRate = (Func<TokenStream, int, int, bool>)((s, i, _) =>
            !(s.TextOf(i) is "a" or "an" or "A" or "An") || i == 0
            || !(s.Tokens[i - 1].Kind == TokenKind.Number || s.TextOf(i - 1) is "once" or "twice" or "times" or "per"));


        // "four years", "two and a half years", "2 1/2 years", "20 more years", "a minute and a half".
        var half = Alt(
            Seq(Number(1, 1, 1, 1), g.Slash.Touching(), Number(1, 1, 2, 2).Touching(), (_, _, _) => 0.5m),
            g.W("and a half", "½").Select(_ => 0.5m));
        var length = Alt(
            Seq(g.Amount, OptValue(half), Opt(g.W("more", "additional", "further", "extra")), g.Unit,
                (n, h, _, u) => (Amount: n + (h ?? 0m), Unit: u))
                // "the 1988 quarter" is a year's quarter, not 1988 quarters.
                .Guard((s, i, end) => !(s.Tokens[i].Kind == TokenKind.Number && s.Tokens[i].Length == 4 && !s.Is(end - 1, g.PluralUnits))),
            Seq(g.W("a", "an", "one"), g.Unit, g.W("and a half"), (_, u, _) => (Amount: (decimal?)1.5m, Unit: u)));
        // Not an ordinal ("a second group", "a second term") nor a title ("60 Minutes").
        var notOrdinalOrTitle = (Func<TokenStream, int, int, bool>)((s, _, end) =>
            !char.IsUpper(s.Text[s.Tokens[end - 1].Start])
            && !(s.TextOf(end - 1) is "second" && end < s.Count && s.Tokens[end].Kind == TokenKind.Word
                 && s.TextOf(end) is not ("later" or "earlier" or "ago" or "before" or "after" or "or" or "and" or "of" or "to" or "in" or "longer")));
        // "or so" after a length is part of it, as TimeML marks it: "for a week or so", "the next year or so", "a month or so ago".
        var orSo = Opt(g.W("or so"));
        // "a quarter of the market", "three quarters of Americans": a fraction ("several quarters of losses" is a length).
        var notFraction = (Func<TokenStream, int, int, bool>)((s, _, end) =>
            !(s.TextOf(end - 1) is "quarter" or "quarters" && end + 1 < s.Count && s.TextOf(end) is "of"
              && (s.TextOf(end + 1) is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "all" or "this" or "that" or "these" or "those"
                  || char.IsUpper(s.Text[s.Tokens[end + 1].Start]) || s.Tokens[end + 1].Kind == TokenKind.Number)));
        var plain = Seq(OptValue(modifier), length, orSo, (m, l, _) => (TemporalSpec)Grammar.Duration(l.Amount, l.Unit, m ?? Modifier.None))
            .Guard(notRate).Guard(notOrdinalOrTitle).Guard(notFraction).NotFollowedBy(notAge);
        // "a week-long visit", "a decades-long dispute": a length named by its unit alone.
        var longWord = Seq(g.Dash.Touching(), g.W("long").Touching(), (_, _) => default(Nothing));
        var unitLong = Alt(
            Seq(g.PluralUnits.Pattern, longWord, (u, _) => (TemporalSpec)Grammar.Duration(null, u)),
            Seq(g.Unit.Guard((s, i, _) => !s.Is(i, g.PluralUnits)), longWord, (u, _) => (TemporalSpec)Grammar.Duration(1, u)));
        // "two-year", "16-hour" (singular: "three-quarters" is a fraction).
        var adjectival = Seq(g.Count, g.Dash.Touching(), g.Unit.Touching().Guard((s, i, _) => !s.TextOf(i).EndsWith('s')), (n, _, u) => (TemporalSpec)Grammar.Duration(n, u))
            .NotFollowedBy(notAge)
            // Not part of a name: "the Six-Day War", "the Hundred-Year Plan".
            .Guard((s, i, end) => !(char.IsUpper(s.Text[s.Tokens[i].Start]) && s.Tokens[i].Kind == TokenKind.Word
                && end < s.Count && char.IsUpper(s.Text[s.Tokens[end].Start])));
        // "the year ended Sept. 30" is the length of a reporting period; "sales for the full year", "the first nine months
        // of the year" are the current year, as TimeML annotates earnings reports.
        var theYearWords = g.W("the year", "the fiscal year", "the full year", "the entire year", "the whole year")
            .NotFollowedBy(Alt(g.Year.Ignore(), AnyNumber.Ignore(), g.W("'"), g.W("’"), g.W("of"), g.W("before", "after", "earlier", "ago", "later")));
        var theYear = Alt(
            theYearWords.NotFollowedBy(g.W("ended", "ending", "that ended", "which ended", "to date")).Select(_ => (TemporalSpec)new RelativePeriodSpec(TemporalUnit.Year, 0)),
            theYearWords.Guard((s, _, end) => end < s.Count && s.TextOf(end) is "ended" or "ending" or "that" or "which" or "to")
                .Select(_ => (TemporalSpec)new DurationSpec(1, TemporalUnit.Year)));
        var theN = Seq(g.The, Opt(g.W("past", "last", "next", "first", "coming", "previous", "following", "final", "latest", "recent")), g.Amount.Where(n => n is not (>= 1000 and < 3000)), g.Unit, orSo,
            (_, _, n, u, _) => (TemporalSpec)Grammar.Duration(n, u)); // not "the 1988 quarter"
        var vaguePlural = Seq(Opt(g.W("the coming", "coming", "the past", "the last", "the next", "recent", "the recent", "the first")), g.PluralUnits.Pattern,
            (_, u) => (TemporalSpec)Grammar.Duration(null, u))
            .Guard((s, i, _) => i == 0 || s.Tokens[i - 1].Kind != TokenKind.Number)
            .Guard((s, i, _) => i == 0 || s.TextOf(i) is not "hours" || s.TextOf(i - 1) is not ("early" or "small" or "wee")) // "the early hours of Thursday" is a time of day
            .NotFollowedBy(notAge);

        // "recent quarters", "the coming quarters": "quarters" alone is not a plural unit ("living quarters", "in some quarters").
        var vagueQuarters = Seq(g.W("the coming", "coming", "the past", "the last", "the next", "recent", "the recent"), g.W("quarters"),
            (_, _) => (TemporalSpec)Grammar.Duration(null, TemporalUnit.Quarter));

        var ago = Seq(OptValue(modifier), g.Amount, g.Unit, orSo, g.W("ago", "back"),
            (m, n, u, _, _) => (TemporalSpec)new OffsetSpec(Grammar.Duration(n, u, m ?? Modifier.None), Direction.Before, OffsetAnchor.Reference)).Guard(notRate);
        // "two weeks from now", "a year from today": a point ahead of the reference.
        var fromNow = Seq(OptValue(modifier), g.Amount, g.Unit, g.W("from now", "from today"),
            (m, n, u, _) => (TemporalSpec)new OffsetSpec(Grammar.Duration(n, u, m ?? Modifier.None), Direction.After, OffsetAnchor.Reference)).Guard(notRate);
        var vagueAgo = Seq(g.PluralUnits.Pattern, g.W("ago"),
            (u, _) => (TemporalSpec)new OffsetSpec(Grammar.Duration(null, u), Direction.Before, OffsetAnchor.Reference));
        var later = Seq(OptValue(modifier), g.Amount, g.Unit, Alt(g.W("later").Select(_ => Direction.After), g.W("earlier").Select(_ => Direction.Before)),
            (m, n, u, d) => (TemporalSpec)new OffsetSpec(Grammar.Duration(n, u, m ?? Modifier.None), d, OffsetAnchor.Discourse)).Guard(notRate);
        // "in four years": a date ahead when the sentence speaks of the future, otherwise a length ("the first summit in four years").
        var inN = Seq(g.W("in"), g.Amount, g.Unit, (_, n, u) => (TemporalSpec)new TenseChoiceSpec(
            new OffsetSpec(Grammar.Duration(n, u), Direction.After, OffsetAnchor.Reference), Grammar.Duration(n, u))).NotFollowedBy(notAge);

        g.Add("duration", plain);
        g.Add("adjectival-duration", adjectival);
        g.Add("unit-long", unitLong);
        g.Add("the-year", theYear);
        g.Add("the-n-units", theN);
        g.Add("vague-duration", vaguePlural);
        g.Add("vague-quarters", vagueQuarters);
        g.Add("ago", ago);
        g.Add("vague-ago", vagueAgo);
        g.Add("from-now", fromNow);
        g.Add("later-earlier", later);
        g.Add("in-n-units", inN);
    }
}
