namespace Timeline.Text;

/// <summary>A sentence as a range of tokens [<paramref name="Start"/>, <paramref name="End"/>) and its character span.</summary>
/// <param name="Start">First token index.</param>
/// <param name="End">Token index after the sentence.</param>
/// <param name="Span">Character span, first token start to last token end.</param>
public readonly record struct Sentence(int Start, int End, Temporal.TextSpan Span);
