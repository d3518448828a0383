using Timeline.Patterns;
using Timeline.Temporal;
using static Timeline.Patterns.P;

namespace Timeline.English.Rules;

/// <summary>TimeML reference words: <c>now</c>, <c>currently</c> (PRESENT_REF), <c>recently</c>, <c>the past</c> (PAST_REF), <c>the future</c> (FUTURE_REF).</summary>
internal static class ReferenceRules
{
    public static void Add(Grammar g)
    {
        var present = g.W("now", "right now", "currently", "current", "these days", "at present", "presently", "nowadays")
            .Select(_ => (TemporalSpec)new ReferenceSpec(ReferenceKind.Present));
        var past = Alt(g.W("recently", "recent", "lately", "more recently"), g.W("the past").NotFollowedBy(Alt(g.Amount.Ignore(), g.Unit.Ignore())))
            .Select(_ => (TemporalSpec)new ReferenceSpec(ReferenceKind.Past));
        var future = g.W("the future", "the near future", "the foreseeable future", "the near term", "the short term", "a later date")
            .Select(_ => (TemporalSpec)new ReferenceSpec(ReferenceKind.Future));

        g.Add("present-ref", present);
        g.Add("past-ref", past);
        g.Add("future-ref", future);
    }
}
