using NodaTime;
using Timeline.Patterns;
using Timeline.Temporal;
using Timeline.Text;

namespace Timeline.Articles;

/// <summary>
/// Finds an article's own date in its text: a full date near the top, best on a line marked by a dateline cue
/// (<c>Updated:</c>) or standing alone; failing that, a year-less dateline (<c>Seoul, Sep 14 (Yonhap)</c>) with the
/// year the text implies (the latest year it names).
/// </summary>
internal static class PublicationDateDetector
{
    private const int HeadChars = 1500;
    private const int HeadLines = 15;

    /// <param name="s">The article's tokens.</param>
    /// <param name="candidates">Its expressions resolved without a reference date, with their first token.</param>
    /// <param name="cues">Dateline cue words.</param>
    /// <param name="all">All the article's expressions resolved without a reference date (computed only if needed).</param>
    public static PublicationDate Detect(TokenStream s, IReadOnlyList<(TemporalExpression Expression, int Token)> candidates,
        Func<IReadOnlyList<(TemporalExpression Expression, int Token)>> all, WordTable<bool> cues)
    {
        int headEnd = HeadEnd(s.Text);
        (TemporalExpression E, int Score)? best = null;
        foreach (var (e, token) in candidates)
        {
            if (e.Span.Start >= headEnd) break;
            if (e.Anchoring != Anchoring.Self || e.Interval is null || e.Precision < Precision.Day || e.Range is not null) continue;
            int lineStart = LineStart(s, token);
            int score = 0;
            for (int k = lineStart; k < token; k++)
            {
                if (s.Is(k, cues)) score += 10;
            }
            if (LineTokens(s, lineStart) <= 12) score += 5;
            if (best is null || score > best.Value.Score) best = (e, score);
        }
        if (best is { } b) return new PublicationDate(b.E.Interval!.Start, PublicationDateSource.Dateline, b.E.Span);

        // A dateline without a year: "Seoul, Sep 22 (Yonhap) --" at the start of a line.
        foreach (var (e, token) in candidates)
        {
            if (e.Span.Start >= headEnd) break;
            if (e.Anchoring != Anchoring.Unresolved || !IsYearlessDay(e.Value, out int month, out int day)) continue;
            int lineStart = LineStart(s, token);
            if (token - lineStart > 6 || token == lineStart || s.TextOf(token - 1) is not ",") continue;
            int? year = LatestYear(all());
            if (year is { } y && y >= 1 && y <= 9999 && day <= NodaTime.CalendarSystem.Iso.GetDaysInMonth(y, month))
                return new PublicationDate(new LocalDate(y, month, day), PublicationDateSource.Dateline, e.Span);
        }
        return PublicationDate.None;
    }

    private static int? LatestYear(IReadOnlyList<(TemporalExpression Expression, int Token)> candidates)
    {
        int? latest = null;
        foreach (var (e, _) in candidates)
        {
            if (e.Anchoring == Anchoring.Self && e.Interval is { } i && e.Precision >= Precision.Year && e.Type is TimexType.Date or TimexType.Time)
                latest = Math.Max(latest ?? int.MinValue, i.End.Year);
        }
        return latest;
    }

    private static bool IsYearlessDay(string value, out int month, out int day)
    {
        month = day = 0;
        return value.Length == 10 && value.StartsWith("XXXX-", StringComparison.Ordinal)
            && int.TryParse(value.AsSpan(5, 2), out month) && int.TryParse(value.AsSpan(8, 2), out day)
            && month is >= 1 and <= 12 && day >= 1;
    }

    /// <summary>Where the head of an article (the first lines, where its own date stands) ends.</summary>
    public static int HeadEnd(string text)
    {
        int lines = 0, i = 0;
        for (; i < text.Length && i < HeadChars; i++)
        {
            if (text[i] == '\n' && ++lines >= HeadLines) break;
        }
        return i;
    }

    private static int LineStart(TokenStream s, int token)
    {
        int k = token;
        while (k > 0 && s.Tokens[k].Gap is not (TokenGap.Line or TokenGap.Paragraph)) k--;
        return k;
    }

    private static int LineTokens(TokenStream s, int lineStart)
    {
        int k = lineStart + 1;
        while (k < s.Count && s.Tokens[k].Gap is not (TokenGap.Line or TokenGap.Paragraph)) k++;
        return k - lineStart;
    }
}
