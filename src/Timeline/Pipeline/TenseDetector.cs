using Timeline.Patterns;
using Timeline.Temporal;
using Timeline.Text;

namespace Timeline.Pipeline;

/// <summary>
/// Gives each expression the tense of its sentence: the nearest cue before it in the sentence, else the
/// first cue after it, else <see cref="Tense.Unmarked"/>. A cue right after the expression ("the court Thursday
/// refused") wins over a distant one before it.
/// </summary>
internal sealed class TenseDetector(List<RuleMatch<Tense>> cues)
{
    /// <summary>How close (in tokens) a cue must stand before an expression to govern it directly ("met on June 30").</summary>
    private const int LocalDistance = 3;

    /// <summary>The tense of tokens [start, end), whether its cue stands right before them, and whether the cue follows them.</summary>
    public (Tense Tense, bool Local, bool After) TenseOf(int start, int end, Sentence sentence)
    {
        RuleMatch<Tense>? before = null;
        RuleMatch<Tense>? after = null;
        // Cues are in text order: start at the sentence's first one (binary search), not at the top of the document.
        int lo = 0, hi = cues.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cues[mid].Start < sentence.Start) lo = mid + 1; else hi = mid;
        }
        for (int k = lo; k < cues.Count; k++)
        {
            var c = cues[k];
            if (c.End <= start && c.Start >= sentence.Start) before = c;
            else if (c.Start >= end && c.Start < sentence.End) { after = c; break; }
            else if (c.Start >= sentence.End) break;
        }
        if (before is { } b && (start - b.End <= LocalDistance || after is not { } next || next.Start != end))
            return (b.Value, start - b.End <= LocalDistance, false);
        return after is { } a ? (a.Value, false, true) : (Tense.Unmarked, false, false);
    }
}
