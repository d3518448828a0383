using System.Globalization;
using System.Text;

namespace Timeline.Export.Html;

/// <summary>
/// Escaping and number formatting shared by the page and the chart. The output is both HTML and well-formed XML:
/// only the five XML escapes are used, and characters XML forbids (controls, lone surrogates, U+FFFE/U+FFFF) become
/// U+FFFD, so article text can never break the markup or inject any.
/// </summary>
internal static class Markup
{
    /// <summary>Appends <paramref name="text"/> escaped for element content or a double-quoted attribute value.</summary>
    public static StringBuilder Text(this StringBuilder sb, string? text)
    {
        if (string.IsNullOrEmpty(text)) return sb;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\r': sb.Append(' '); break;
                case '\n' or '\t': sb.Append(c); break;
                case < ' ' or '\uFFFE' or '\uFFFF': sb.Append('\uFFFD'); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        sb.Append('\uFFFD');
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb;
    }

    /// <summary>Appends a coordinate rounded to a tenth of a pixel, in the invariant culture (<c>12.5</c>, <c>-3</c>, never <c>-0</c>).</summary>
    public static StringBuilder Num(this StringBuilder sb, double value)
    {
        double rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0;
        return sb.Append(rounded.ToString("0.#", CultureInfo.InvariantCulture));
    }

    /// <summary>Appends an integer in the invariant culture.</summary>
    public static StringBuilder Num(this StringBuilder sb, int value) => sb.Append(value.ToString(CultureInfo.InvariantCulture));

    /// <summary><c>1 event</c>, <c>2 events</c>.</summary>
    public static string Count(int n, string noun) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun + "s");
}
