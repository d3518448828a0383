namespace Timeline.Text;

/// <summary>
/// Splits text into <see cref="Token"/>s in one pass: letter runs, digit runs, and single symbols.
/// Pure and allocation-light: the only allocation is the result list.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Tokenizes <paramref name="text"/> into <paramref name="tokens"/> (which is cleared first).</summary>
    public static void Tokenize(string text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        tokens.Clear();
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
                gap = tokens.Count == 0 || breaks >= 2 ? TokenGap.Paragraph
                    : breaks == 1 ? TokenGap.Line
                    : TokenGap.Space;
                continue;
            }

            int start = i;
            if (IsAsciiDigit(c))
            {
                long value = 0;
                while (i < n && IsAsciiDigit(text[i]))
                {
                    value = value < 100_000_000_000_000_000L ? value * 10 + (text[i] - '0') : long.MaxValue;
                    i++;
                }
                tokens.Add(new Token(start, i, TokenKind.Number, gap, value));
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < n)
                {
                    char d = text[i];
                    if (char.IsLetter(d) || IsMark(d)) { i++; continue; }
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
                tokens.Add(new Token(start, i, TokenKind.Word, gap, 0));
            }
            else
            {
                // Keep surrogate pairs together so a token never splits a character.
                i += char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new Token(start, i, TokenKind.Symbol, gap, 0));
            }
            gap = TokenGap.None;
        }
    }

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\u00A0' or '\f' or '\v' || (c > 127 && char.IsWhiteSpace(c));
}
