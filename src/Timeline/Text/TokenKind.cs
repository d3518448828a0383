namespace Timeline.Text;

/// <summary>The lexical shape of a token.</summary>
public enum TokenKind : byte
{
    /// <summary>A run of letters (with inner apostrophes), e.g. <c>Friday</c>, <c>Kim's</c>.</summary>
    Word,
    /// <summary>A run of ASCII digits, e.g. <c>2019</c>.</summary>
    Number,
    /// <summary>One punctuation or symbol character, e.g. <c>-</c>, <c>,</c>, <c>/</c>.</summary>
    Symbol,
}
