namespace Timeline.Text;

/// <summary>
/// One token of an article: its span in the text, its shape, and for a number its value.
/// Tokens are produced once per article by <see cref="Tokenizer"/>; the pattern engine works on them.
/// </summary>
/// <param name="Start">Index of the first UTF-16 code unit in the text.</param>
/// <param name="End">Index just past the last code unit (exclusive).</param>
/// <param name="Kind">The token's shape.</param>
/// <param name="Gap">What separates the token from the previous one.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind, TokenGap Gap)
{
    /// <summary>For a number token, its value in <paramref name="text"/> (saturating at <see cref="long.MaxValue"/>); otherwise 0.</summary>
    public long NumberIn(string text)
    {
        if (Kind != TokenKind.Number) return 0;
        long value = 0;
        for (int i = Start; i < End; i++)
        {
            if (value >= 100_000_000_000_000_000L) return long.MaxValue;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>For a number token, how many digits it has.</summary>
    public int Digits => Kind == TokenKind.Number ? Length : 0;
}

/// <summary>What stands between a token and the one before it.</summary>
public enum TokenGap : byte
{
    /// <summary>Nothing: the tokens touch (<c>mid-2020</c>, <c>13:53</c>).</summary>
    None,
    /// <summary>Spaces or tabs on the same line.</summary>
    Space,
    /// <summary>One line break (possibly with spaces).</summary>
    Line,
    /// <summary>Two or more line breaks: a new paragraph. Also used for the first token.</summary>
    Paragraph,
}
