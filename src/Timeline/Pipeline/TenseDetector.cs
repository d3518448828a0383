using Timeline.Patterns;
using Timeline.Temporal;
using Timeline.Text;

namespace Timeline.Pipeline;

/// <summary>
/// Gives each expression the tense of its sentence: the nearest cue before it in the sentence, else the
/// first cue after it, else <see cref="Tense.Unmarked"/>.
/// </summary>
internal sealed class TenseDetector(List<RuleMatch<Tense>> cues)
{
    public Tense TenseOf(int start, int end, Sentence sentence)
    {
        Tense? before = null, after = null;
        foreach (var c in cues)
        {
            if (c.End <= start && c.Start >= sentence.Start) before = c.Value;
            else if (c.Start >= end && c.Start < sentence.End) { after = c.Value; break; }
            else if (c.Start >= sentence.End) break;
        }
        return before ?? after ?? Tense.Unmarked;
    }
}
