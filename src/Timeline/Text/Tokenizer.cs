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

    // The class of each ASCII character: what the scanner does with it.
    private const byte Other = 0, Space = 1, Digit = 2, Letter = 3;

    private static ReadOnlySpan<byte> AsciiClass =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, // \t \n \v \f \r
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // space
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, // 0-9
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, // A-O
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, // P-Z
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, // a-o
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, // p-z
    ];

    private static int Scan(string text, ref Token[] tokens)
    {
        ReadOnlySpan<char> t = text;
        var classes = AsciiClass;
        int count = 0;
        var gap = TokenGap.Paragraph;
        int i = 0, n = t.Length;
        while (i < n)
        {
            char c = t[i];
            byte cls = c < 128 ? classes[c] : IsSpace(c) ? Space : IsLetter(c) ? Letter : Other;
            if (cls == Space)
            {
                int breaks = 0;
                do
                {
                    if (t[i] == '\n') breaks++;
                    i++;
                }
                while (i < n && IsSpace(t[i]));
                gap = count == 0 || breaks >= 2 ? TokenGap.Paragraph
                    : breaks == 1 ? TokenGap.Line
                    : TokenGap.Space;
                continue;
            }

            int start = i;
            TokenKind kind;
            if (cls == Digit)
            {
                i++;
                while (i < n && IsAsciiDigit(t[i])) i++;
                kind = TokenKind.Number;
            }
            else if (cls == Letter)
            {
                i = WordEnd(t, i + 1);
                kind = TokenKind.Word;
            }
            else
            {
                // Keep surrogate pairs together so a token never splits a character.
                i += char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(t[i + 1]) ? 2 : 1;
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

    /// <summary>Where the word whose letters continue at <paramref name="i"/> ends.</summary>
    private static int WordEnd(ReadOnlySpan<char> t, int i)
    {
        var classes = AsciiClass;
        int n = t.Length;
        while (i < n)
        {
            char d = t[i];
            if (d < 128 ? classes[d] == Letter : IsLetter(d) || IsMark(d)) { i++; continue; }
            // Inner apostrophe: "o'clock", "didn't"; but a possessive "'s" becomes its own tokens ("Friday", "'", "s").
            if ((d == '\'' || d == '’') && i + 1 < n && char.IsLetter(t[i + 1]))
            {
                bool possessive = (t[i + 1] is 's' or 'S') && (i + 2 >= n || !char.IsLetter(t[i + 2]));
                if (possessive) break;
                i += 2;
                continue;
            }
            break;
        }
        return i;
    }

    /// <summary>A letter, with an ASCII fast path (most news text).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c <= ' ' ? c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v' : c > 127 && char.IsWhiteSpace(c);
}
