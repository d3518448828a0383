using Timeline.Patterns;
using Timeline.Temporal;
using static Timeline.Patterns.P;

namespace Timeline.English.Rules;

/// <summary>Tense cues (Words/tense-*.tsv), and any lower-case "-ed" word not listed in not-past.tsv as a past cue.</summary>
internal static class TenseRules
{
    public static void Add(Grammar g)
    {
        // Order matters on ties: "expected" is a future cue before it is an "-ed" word.
        g.TenseRules.Add(new Rule<Tense>("future", g.TenseFuture.Pattern.Select(_ => Tense.Future)));
        g.TenseRules.Add(new Rule<Tense>("past", g.TensePast.Pattern.Guard((s, i, _) => !(i > 0 && s.TextOf(i - 1) is "be" or "been" or "being")).Select(_ => Tense.Past)));
        g.TenseRules.Add(new Rule<Tense>("present", g.TensePresent.Pattern.Select(_ => Tense.Present)));
        // A participle after "be" ("will be held") belongs to the verb group its auxiliary sets.
        g.TenseRules.Add(new Rule<Tense>("past-ed", Suffix("ed", 4)
            .Guard((s, i, _) => !s.Is(i, g.NotPast) && !(i > 0 && s.TextOf(i - 1) is "be" or "been" or "being"))
            .Select(_ => Tense.Past)));
    }
}
