using Timeline.Patterns;
using Timeline.Text;

namespace Timeline.Events;

/// <summary>
/// Tells page furniture from news, line by line: the article ends at a cut marker ("Related Stories"); a marked line
/// ("Disclaimer: …"), a truncated teaser ("…"), and a short line without a full stop (headlines, menus, prices) carry no events.
/// </summary>
internal static class Boilerplate
{
    private const int HeadlineTokens = 16;
    private const int TeaserTokens = 120;

    /// <summary>For each token, whether it stands in news text.</summary>
    public static bool[] ContentMask(TokenStream s, RuleSet<BoilerplateKind> markers)
    {
        var mask = new bool[s.Count];
        int i = 0;
        while (i < s.Count)
        {
            int end = i + 1;
            while (end < s.Count && s.Tokens[end].Gap is not (TokenGap.Line or TokenGap.Paragraph)) end++;
            // The least kind of the markers that match at the line's start (a cut before a marked line).
            BoilerplateKind? kind = null;
            foreach (var m in markers.MatchesAt(s, i)) if (kind is null || m.Value < kind) kind = m.Value;
            if (kind == BoilerplateKind.Cut) break;
            bool news = kind is null && !IsFurniture(s, i, end);
            for (int k = i; k < end; k++) mask[k] = news;
            i = end;
        }
        return mask;
    }

    private static bool IsFurniture(TokenStream s, int start, int end)
    {
        string last = s.TextOf(end - 1).ToString();
        // A teaser is a sentence or two; a longer line that trails off ("…") is a paragraph (or a whole one-line article).
        bool truncated = end - start <= TeaserTokens
            && (last is "…" || (last == "." && end - start >= 3 && s.TextOf(end - 2) is "." && s.TextOf(end - 3) is "."));
        if (truncated) return true;
        if (s.TextOf(start) is "(" && s.TextOf(end - 1) is ")") return true; // "(Only the headline … syndicated feed.)"
        bool sentenceEnd = last is "." or "!" or "?" or "\"" or "”" or "'" or "’" or ")";
        return !sentenceEnd && end - start <= HeadlineTokens;
    }
}
