using System.Xml.Linq;
using Timeline.Events;
using Timeline.Timelines;
using static Timeline.Export.Html.Tests.HandMade;
using static Timeline.Export.Html.Tests.PageXml;

namespace Timeline.Export.Html.Tests;

/// <summary>Text from articles (and ids, names, the title) is data: whatever it holds stays text in the page.</summary>
public class EscapingTests
{
    private const string Hostile = "He said <script>alert(\"x\")</script> & left; <img src=x onerror=alert(1)> 'quoted' ]]> <!-- -->";

    private static EventTimeline HostileTimeline(string text, string document = "doc\"><script>alert(1)</script>") => Build(
        Mention(document, EventType.Summit, EventStatus.Occurred, Day(2019, 4, 25), text,
            [Person("<b>Kim</b> & \"Co\"", "lead'er")], "<i>Vladivostok</i> &amp;", "<April 25>"),
        Mention("other", EventType.Summit, EventStatus.Occurred, null, text, [Person("Nobody </title>")]));

    [Fact]
    public void Markup_in_article_text_names_ids_and_the_title_stays_text()
    {
        var timeline = HostileTimeline(Hostile);
        var html = HtmlWriter.ToHtml(timeline, new HtmlOptions { Title = "</title><script>alert('t')</script>" });
        var page = Parse(html);

        string[] injected = ["script", "img", "b", "i"];
        page.Descendants().Select(e => e.Name.LocalName).Should().NotContain(n => injected.Contains(n));
        page.Descendants().Attributes().Select(a => a.Name.LocalName).Should().NotContain(n => n.StartsWith("on", StringComparison.Ordinal));
        page.Descendants("title").Single().Value.Should().Be("</title><script>alert('t')</script>");
        page.Descendants("h1").Single().Value.Should().Be("</title><script>alert('t')</script>");
        foreach (var e in timeline.Events)
        {
            var entry = page.Descendants("li").Single(li => HasClass(li, "event") && (string?)li.Attribute("data-event") == e.Id);
            entry.Descendants("q").Single().Value.Should().Be(Hostile);
            entry.Descendants().Single(d => HasClass(d, "title")).Value.Should().Be(e.Title);
        }
        var mark = Marks(page).Single();
        mark.Element(Svg + "title")!.Value.Should().Contain("doc\"><script>alert(1)</script>: " + Hostile);
        ((string)mark.Attribute("href")!).Should().StartWith("#ev-", "the id is plain");
        html.Should().NotContain("<script").And.NotContain("<img").And.NotContain("<b>").And.NotContain("<!-- -->");
        page.Descendants().Should().Contain(d => HasClass(d, "facts") && d.Value.Contains("Place: <i>Vladivostok</i> &amp;", StringComparison.Ordinal));
    }

    [Fact]
    public void Characters_xml_forbids_become_replacement_characters_and_pairs_stay_whole()
    {
        var text = "Bell\u0007 lone\uD800 surrogate, pair 😀, nul\u0000 and \uFFFE.";
        var page = Parse(HtmlWriter.ToHtml(HostileTimeline(text, "doc")));

        page.Descendants("q").First().Value.Should().Be("Bell\uFFFD lone\uFFFD surrogate, pair 😀, nul\uFFFD and \uFFFD.");
    }

    [Fact]
    public void A_document_id_that_is_not_plain_gets_a_positional_anchor()
    {
        var page = Parse(HtmlWriter.ToHtml(HostileTimeline("Text.", "a b#c")));

        var anchors = page.Descendants("tr").Select(tr => (string?)tr.Attribute("id")).Where(id => id is not null).ToList();
        anchors.Should().Equal("doc-~1", "doc-other");
        page.Descendants("a").Where(a => HasClass(a, "doc")).Select(a => (string)a.Attribute("href")!).Should().Contain("#doc-~1");
    }
}
