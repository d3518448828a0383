namespace Timeline.Text;

/// <summary>
/// Splits text into <see cref="Token"/>s in one pass: letter runs, digit runs, and single symbols.
/// Pure and allocation-light: the only allocation is the result list.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // One pass into a pooled buffer (news has a token every 4–5 characters), then one copy of exactly the tokens.
        var pool = System.Buffers.ArrayPool<Token>.Shared;
        var buffer = pool.Rent(Math.Max(16, text.Length / 3 + 16));
        try
        {
            int count = Scan(text, ref buffer);
            return buffer.AsSpan(0, count).ToArray();
        }
        finally
        {
            pool.Return(buffer);
        }
    }

    private static int Scan(string text, ref Token[] tokens)
    {
        int count = 0;
        var gap = TokenGap.Paragraph;
        int i = 0, n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (IsSpace(c))
            {
                int breaks = 0;
                while (i < n && IsSpace(text[i]))
                {
                    if (text[i] == '\n') breaks++;
                    i++;
                }
                gap = count == 0 || breaks >= 2 ? TokenGap.Paragraph
                    : breaks == 1 ? TokenGap.Line
                    : TokenGap.Space;
                continue;
            }

            int start = i;
            TokenKind kind;
            if (IsAsciiDigit(c))
            {
                while (i < n && IsAsciiDigit(text[i])) i++;
                kind = TokenKind.Number;
            }
            else if (IsLetter(c))
            {
                i++;
                while (i < n)
                {
                    char d = text[i];
                    if (IsLetter(d) || (d > 127 && IsMark(d))) { i++; continue; }
                    // Inner apostrophe: "o'clock", "didn't"; but a possessive "'s" becomes its own tokens ("Friday", "'", "s").
                    if ((d == '\'' || d == '’') && i + 1 < n && char.IsLetter(text[i + 1]))
                    {
                        bool possessive = (text[i + 1] is 's' or 'S') && (i + 2 >= n || !char.IsLetter(text[i + 2]));
                        if (possessive) break;
                        i += 2;
                        continue;
                    }
                    break;
                }
                kind = TokenKind.Word;
            }
            else
            {
                // Keep surrogate pairs together so a token never splits a character.
                i += char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                kind = TokenKind.Symbol;
            }
            if (count == tokens.Length)
            {
                // More tokens than estimated (symbols, digits): a buffer twice as large.
                var pool = System.Buffers.ArrayPool<Token>.Shared;
                var bigger = pool.Rent(tokens.Length * 2);
                tokens.AsSpan(0, count).CopyTo(bigger);
                pool.Return(tokens);
                tokens = bigger;
            }
            tokens[count++] = new Token(start, i, kind, gap);
            gap = TokenGap.None;
        }
        return count;
    }

    /// <summary>A letter, with an ASCII fast path (most news text).</summary>
    private static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsSpace(char c) => c <= ' ' ? c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v' : c > 127 && char.IsWhiteSpace(c);
}
