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
        g.TenseRules.Add(new Rule<Tense>("past", g.TensePast.Pattern.Guard((s, i, _) => !(i > 0 && s.TextOf(i - 1) is "be" or "been" or "being")).Select(_ => Tense.Past)));
        g.TenseRules.Add(new Rule<Tense>("present", g.TensePresent.Pattern.Select(_ => Tense.Present)));
        // "until Tuesday", "extended to Nov. 20": a local cue with no tense, so the date is the nearest such one.
        g.TenseRules.Add(new Rule<Tense>("nearest", g.TenseNearest.Pattern.Select(_ => Tense.Unmarked)));
        // "on patrol since March": since a time before the report (not the adverb of "has since sold").
        g.TenseRules.Add(new Rule<Tense>("since", g.W("since").Guard((s, _, end) => end < s.Count
            && (s.Tokens[end].Kind == TokenKind.Number || char.IsUpper(s.Text[s.Tokens[end].Start]) || s.TextOf(end) is "last" or "early" or "mid" or "late" or "the" or "shortly" or "just"))
            .Select(_ => Tense.Past)));
        // A participle after "be" ("will be held") belongs to the verb group its auxiliary sets.
        g.TenseRules.Add(new Rule<Tense>("past-ed", Suffix("ed", 4)
            .Guard((s, i, _) => !s.Is(i, g.NotPast) && !(i > 0 && s.TextOf(i - 1) is "be" or "been" or "being")
                && !s.TextOf(i).StartsWith("un", StringComparison.Ordinal)) // "unspecified", "unconfirmed": adjectives
            .Select(_ => Tense.Past)));
    }
}
