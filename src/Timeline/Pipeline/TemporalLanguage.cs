using Timeline.Patterns;
using Timeline.Temporal;

namespace Timeline.Pipeline;

/// <summary>
/// Everything language-specific the temporal engine needs, built once by a language package
/// (see <c>Timeline.English</c>): the lexicon, the temporal rules, tense cues and a few word tables.
/// The engine holds no words of any language. Immutable and thread-safe.
/// </summary>
public sealed class TemporalLanguage
{
    /// <summary>The language's name, e.g. <c>English</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The vocabulary that all the rule sets below were built against.</summary>
    public required Lexicon Lexicon { get; init; }

    /// <summary>Rules that recognize temporal expressions and yield their underspecified values.</summary>
    public required RuleSet<TemporalSpec> Rules { get; init; }

    /// <summary>Cues that give a sentence its tense (<c>will</c> → future, <c>said</c> → past).</summary>
    public required RuleSet<Tense> TenseCues { get; init; }

    /// <summary>Words a rule may use but that stay outside the expression's span when they lead it (<c>on</c>, <c>in</c>).</summary>
    public required WordTable<bool> OutsideSpan { get; init; }

    /// <summary>Words after which a full stop does not end a sentence (<c>Mr</c>, <c>Jan</c>).</summary>
    public required WordTable<bool> Abbreviations { get; init; }

    /// <summary>Words that mark a publication date line (<c>Updated</c>, <c>Published</c>).</summary>
    public required WordTable<bool> DatelineCues { get; init; }
}
