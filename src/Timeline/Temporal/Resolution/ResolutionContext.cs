using NodaTime;

namespace Timeline.Temporal.Resolution;

/// <summary>What the resolver knows when it resolves one expression.</summary>
/// <param name="Reference">The publication (reference) date, if known.</param>
/// <param name="Tense">The tense of the expression's sentence.</param>
/// <param name="Discourse">The last date the text mentioned before the expression (for "two days later").</param>
/// <param name="SentenceDates">Dates resolved earlier in the same sentence (for anniversaries).</param>
/// <param name="Options">Tagger options.</param>
/// <param name="TenseIsLocal">Whether the tense cue stands right before the expression ("met on June 30").</param>
/// <param name="TenseFromAfter">Whether the tense cue follows the expression rather than governing it from before.</param>
internal sealed record ResolutionContext(
    LocalDate? Reference,
    Tense Tense,
    Resolved? Discourse,
    IReadOnlyList<Resolved> SentenceDates,
    TaggerOptions Options,
    bool TenseIsLocal = false,
    bool TenseFromAfter = false);
