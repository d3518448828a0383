using Timeline.Patterns;
using Timeline.Temporal;
using Timeline.Text;
using static Timeline.Patterns.P;

namespace Timeline.English.Rules;

/// <summary>Tense cues (Words/tense-*.tsv), "since" before a date, and any lower-case "-ed" word not listed in not-past.tsv as a past cue.</summary>
internal static class TenseRules
{
    public static void Add(Grammar g)
    {
        // Order matters on ties: "expected" is a future cue before it is an "-ed" word.
        g.TenseRules.Add(new Rule<Tense>("future", g.TenseFuture.Pattern.Select(_ => Tense.Future)));
        g.TenseRules.Add(new Rule<Tense>("past", g.TensePast.Pattern.Guard((s, i, _) => !AfterBe(s, i)).Select(_ => Tense.Past)));
        g.TenseRules.Add(new Rule<Tense>("present", g.TensePresent.Pattern.Select(_ => Tense.Present)));
        // "until Tuesday", "extended to Nov. 20": a local cue with no tense, so the date is the nearest such one.
        g.TenseRules.Add(new Rule<Tense>("nearest", g.TenseNearest.Pattern.Select(_ => Tense.Unmarked)));
        // "on patrol since March": since a time before the report (not the adverb of "has since sold").
        g.TenseRules.Add(new Rule<Tense>("since", g.W("since").Guard((s, _, end) => end < s.Count
            && (s.Tokens[end].Kind == TokenKind.Number || char.IsUpper(s.Text[s.Tokens[end].Start]) || s.TextOf(end) is "last" or "early" or "mid" or "late" or "the" or "shortly" or "just"))
            .Select(_ => Tense.Past)));
        // "by Jan. 14": a deadline is the nearest such day.
        g.TenseRules.Add(new Rule<Tense>("by-month-day", g.W("by").Guard((s, _, end) => IsMonthDay(s, end, g)).Select(_ => Tense.Unmarked)));
        // A participle after "be" ("will be held", "the case is heard") belongs to the verb group its auxiliary sets.
        g.TenseRules.Add(new Rule<Tense>("past-ed", Suffix("ed", 4)
            .Guard((s, i, _) => !s.Is(i, g.NotPast) && !AfterBe(s, i)
                && !s.TextOf(i).StartsWith("un", StringComparison.Ordinal)) // "unspecified", "unconfirmed": adjectives
            .Select(_ => Tense.Past)));
    }

    private static bool AfterBe(TokenStream s, int i) => i > 0 && s.TextOf(i - 1) is "be" or "been" or "being" or "is" or "are" or "am";

    /// <summary>Whether a capitalised month and a day number stand at token <paramref name="k"/> ("Jan. 14").</summary>
    private static bool IsMonthDay(TokenStream s, int k, Grammar g)
    {
        if (k >= s.Count || !s.Is(k, g.Months) || !char.IsUpper(s.Text[s.Tokens[k].Start])) return false;
        k++;
        if (k < s.Count && s.TextOf(k) is ".") k++;
        return k < s.Count && s.Tokens[k].Kind == TokenKind.Number && s.Tokens[k].Length <= 2;
    }
}
