using System.Xml;
using System.Xml.Linq;

namespace Timeline.Export.Html.Tests;

/// <summary>Reads a page as XML (the writer promises well-formed XML as well as HTML) and finds its parts.</summary>
internal static class PageXml
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    public static XElement? Chart(XDocument page) => page.Descendants(Svg + "svg").SingleOrDefault();

    /// <summary>The chart's event links, one per drawn event.</summary>
    public static List<XElement> Marks(XDocument page) =>
        page.Descendants(Svg + "a").Where(a => HasClass(a, "event")).ToList();

    /// <summary>The list entries below the chart, in a section.</summary>
    public static List<XElement> Entries(XDocument page, string section) =>
        page.Descendants("section").Single(s => (string?)s.Attribute("id") == section)
            .Descendants("li").Where(li => HasClass(li, "event")).ToList();

    public static bool HasClass(XElement e, string name) =>
        ((string?)e.Attribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(name);

    public static double Number(XElement e, string attribute) =>
        double.Parse((string)e.Attribute(attribute)!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The mark (circle or rect) inside an event link.</summary>
    public static XElement Mark(XElement link) => link.Elements().Single(e => HasClass(e, "mark"));

    /// <summary>The left and right ends of a mark (a circle's centre twice).</summary>
    public static (double Left, double Right) Extent(XElement link)
    {
        var mark = Mark(link);
        if (mark.Name == Svg + "circle") return (Number(mark, "cx"), Number(mark, "cx"));
        double x = Number(mark, "x");
        return (x, x + Number(mark, "width"));
    }

    /// <summary>The labels of the axis ticks, left to right.</summary>
    public static List<string> TickLabels(XDocument page) =>
        Chart(page)!.Descendants(Svg + "text").Where(t => HasClass(t, "tick")).Select(t => t.Value).ToList();
}
