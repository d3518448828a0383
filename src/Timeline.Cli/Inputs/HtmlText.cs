using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Timeline.Cli.Inputs;

/// <summary>
/// The readable text of an HTML page, for articles saved as <c>*.html</c>: parsed by AngleSharp (the HTML5 parsing
/// algorithm, so broken markup reads as a browser reads it), without scripts, styles, navigation, forms and other
/// parts that are not prose; block elements (paragraphs, headings, list items, table rows, <c>br</c>) become lines,
/// runs of white space inside a line become one space, and character references are decoded. The page's
/// <c>&lt;title&gt;</c> is the first line when the body does not start with it.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "head",
        "nav", "form", "button", "select", "textarea", "input", "audio", "video", "picture", "img",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table",
        "thead", "tbody", "tfoot", "section", "article", "header", "footer", "aside", "main", "blockquote", "pre",
        "figure", "figcaption", "address", "details", "summary", "caption", "body", "time",
    };

    /// <summary>The text of <paramref name="html"/>, one block per line.</summary>
    public static string ToText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var lines = new List<string>();
        var line = new StringBuilder();
        if (document.Body is { } body) Walk(body, lines, line);
        Flush(lines, line);

        var title = Collapse(document.Title ?? "");
        if (title.Length > 0 && (lines.Count == 0 || !lines[0].Equals(title, StringComparison.Ordinal))) lines.Insert(0, title);
        return lines.Count == 0 ? "" : string.Join('\n', lines) + "\n";
    }

    private static void Walk(INode node, List<string> lines, StringBuilder line)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    line.Append(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement element:
                    bool block = Blocks.Contains(element.LocalName);
                    if (block) Flush(lines, line);
                    Walk(element, lines, line);
                    if (block) Flush(lines, line);
                    break;
            }
        }
    }

    private static void Flush(List<string> lines, StringBuilder line)
    {
        var text = Collapse(line.ToString());
        line.Clear();
        if (text.Length > 0) lines.Add(text);
    }

    /// <summary>Collapses every run of white space (including non-breaking spaces) into one space and trims.</summary>
    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }
            if (space) result.Append(' ');
            space = false;
            result.Append(c);
        }
        return result.ToString();
    }
}
