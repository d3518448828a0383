using System.Globalization;
using System.Text;

namespace Timeline.Export.Html;

/// <summary>
/// An estimate of how wide a label draws in a sans-serif font, per character class, erring wide, so that labels placed
/// by it do not run into each other. The page cannot measure text (it has no script), and fonts differ between machines.
/// </summary>
internal static class LabelWidth
{
    /// <summary>The ellipsis that ends a shortened label.</summary>
    public const string Ellipsis = "…";

    /// <summary>The estimated width of <paramref name="text"/> at <paramref name="fontSize"/> pixels.</summary>
    public static double Of(string text, double fontSize)
    {
        double ems = 0;
        foreach (var rune in text.EnumerateRunes()) ems += Em(rune);
        return ems * fontSize;
    }

    /// <summary><paramref name="text"/>, shortened at a character boundary with an ellipsis to fit <paramref name="width"/> pixels; empty when not even one character fits.</summary>
    public static string Fit(string text, double width, double fontSize)
    {
        if (Of(text, fontSize) <= width) return text;
        double budget = width / fontSize - Em(new Rune('…')), used = 0;
        var end = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            used += Em(rune);
            if (used > budget) break;
            end += rune.Utf16SequenceLength;
        }
        var kept = text[..end].TrimEnd();
        return kept.Length == 0 ? "" : kept + Ellipsis;
    }

    private static double Em(Rune r)
    {
        if (r.Value > 0x7F) return r.Value == '…' ? 1.0 : Rune.GetUnicodeCategory(r) == UnicodeCategory.OtherLetter ? 1.0 : 0.72;
        char c = (char)r.Value;
        return c switch
        {
            ' ' => 0.32,
            'i' or 'l' or 'j' or 'I' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' => 0.3,
            'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '-' or '/' => 0.4,
            'm' or 'w' or 'M' or 'W' => 0.92,
            >= 'A' and <= 'Z' => 0.72,
            >= '0' and <= '9' => 0.64,
            _ => 0.6,
        };
    }
}
