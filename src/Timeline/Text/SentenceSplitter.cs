using Timeline.Patterns;

namespace Timeline.Text;

/// <summary>
/// Splits a token stream into sentences: after <c>.</c> <c>!</c> <c>?</c> followed by a space and a capital,
/// digit or quote (unless the word before the stop is an abbreviation or a single letter), and at every line break
/// (scraped news puts one paragraph on a line). Language data supplies the abbreviations.
/// A run-on "sentence" (a page without full stops, a 3 MB line) is cut after <see cref="LongSentence"/> tokens at the
/// next comma or semicolon, and after <see cref="MaxSentence"/> tokens in any case, so that work per sentence stays bounded.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Past this many tokens a sentence also ends at a comma or semicolon.</summary>
    public const int LongSentence = 400;

    /// <summary>No sentence is longer than this many tokens.</summary>
    public const int MaxSentence = 1000;

    /// <summary>Splits <paramref name="s"/>; <paramref name="abbreviations"/> lists words a full stop does not end a sentence after.</summary>
    public static List<Sentence> Split<T>(TokenStream s, WordTable<T> abbreviations)
    {
        ArgumentNullException.ThrowIfNull(s);
        var result = new List<Sentence>();
        var tokens = s.Tokens;
        int start = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (i > start && t.Gap is TokenGap.Line or TokenGap.Paragraph)
            {
                Add(start, i);
                start = i;
            }
            int length = i - start + 1;
            if (length >= MaxSentence || (length >= LongSentence && t.Kind == TokenKind.Symbol && s.TextOf(i) is "," or ";"))
            {
                Add(start, i + 1);
                start = i + 1;
                continue;
            }
            // Only a symbol can end a sentence.
            if (t.Kind == TokenKind.Symbol && IsStop(s, i, abbreviations))
            {
                int end = i + 1;
                // Keep closing quotes and brackets with the sentence.
                while (end < s.Count && s.Tokens[end].Gap == TokenGap.None && IsCloser(s.Text[s.Tokens[end].Start])) end++;
                Add(start, end);
                start = end;
                i = end - 1;
            }
        }
        if (start < s.Count) Add(start, s.Count);
        return result;

        void Add(int a, int b)
        {
            if (b > a) result.Add(new Sentence(a, b, s.SpanOf(a, b)));
        }
    }

    private static bool IsStop<T>(TokenStream s, int i, WordTable<T> abbreviations)
    {
        var t = s.Tokens[i];
        if (t.Kind != TokenKind.Symbol) return false;
        char c = s.Text[t.Start];
        if (c is not ('.' or '!' or '?')) return false;
        int next = i + 1;
        while (next < s.Count && s.Tokens[next].Gap == TokenGap.None && IsCloser(s.Text[s.Tokens[next].Start])) next++;
        if (next >= s.Count) return true;
        var n = s.Tokens[next];
        if (n.Gap == TokenGap.None) return false; // "U.S.", "3.5"
        if (n.Gap is TokenGap.Line or TokenGap.Paragraph) return true;
        char first = s.Text[n.Start];
        if (!(char.IsUpper(first) || char.IsDigit(first) || first is '"' or '“' or '\'' or '‘' or '(')) return false;
        if (c == '.' && i > 0)
        {
            var prev = s.Tokens[i - 1];
            if (prev.Kind == TokenKind.Word && (prev.Length == 1 || s.Is(i - 1, abbreviations))) return false;
        }
        return true;
    }

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']';
}
