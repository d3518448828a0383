using System.Text;

namespace Timeline.Export.TimelineJs.Format;

/// <summary>Text made safe inside HTML: TimelineJS renders headline and text as HTML, and articles contain &lt; and &amp;.</summary>
internal static class Html
{
    /// <summary>Escapes the five characters with a meaning in HTML text and attributes; everything else stays readable.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
