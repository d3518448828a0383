using System.Globalization;
using System.Xml.Linq;
using NodaTime;
using Timeline.Events;
using Timeline.Export.Tests;
using Timeline.Timelines;
using static Timeline.Export.Html.Tests.HandMade;
using static Timeline.Export.Html.Tests.PageXml;

namespace Timeline.Export.Html.Tests;

/// <summary>What the page must show, read back from its markup, for the seed timeline and hand-made ones.</summary>
public class PageStructureTests
{
    public static TheoryData<string> Timelines => ["seed", "small"];

    private static EventTimeline Named(string name) => name == "seed" ? Samples.Timeline : Small();

    [Theory]
    [MemberData(nameof(Timelines))]
    public void The_page_is_well_formed_with_one_inline_svg_chart(string name)
    {
        var html = HtmlWriter.ToHtml(Named(name));

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>");
        var page = Parse(html);
        page.Root!.Name.LocalName.Should().Be("html");
        page.Descendants("style").Should().ContainSingle();
        var chart = Chart(page);
        chart.Should().NotBeNull();
        chart!.Parent!.Name.LocalName.Should().Be("div", "the chart is inline in the page, not an <img> or <object>");
        ((string?)chart.Attribute("viewBox")).Should().StartWith("0 0 1200 ");
    }

    [Theory]
    [MemberData(nameof(Timelines))]
    public void Every_dated_event_is_drawn_once_in_its_type_lane_and_listed_once(string name)
    {
        var timeline = Named(name);
        var page = Parse(HtmlWriter.ToHtml(timeline));
        var dated = timeline.Events.Where(e => e.Date is not null).ToList();

        var marks = Marks(page);
        marks.Select(m => (string)m.Attribute("data-event")!).Should().BeEquivalentTo(dated.Select(e => e.Id), o => o.WithoutStrictOrdering());
        foreach (var e in dated)
        {
            var mark = marks.Single(m => (string)m.Attribute("data-event")! == e.Id);
            HasClass(mark, "t-" + e.Type.ToString().ToLowerInvariant()).Should().BeTrue();
            var entry = Entries(page, "dated").Single(li => (string)li.Attribute("data-event")! == e.Id);
            ((string)mark.Attribute("href")!).Should().Be("#" + (string)entry.Attribute("id")!, "a mark links to its entry below the chart");
        }
        Entries(page, "dated").Should().HaveCount(dated.Count);

        var lanes = Chart(page)!.Descendants(Svg + "text").Where(t => HasClass(t, "lane-name")).Select(t => t.Nodes().OfType<XText>().First().Value.Trim()).ToList();
        lanes.Should().Equal(dated.Select(e => e.Type).Distinct().Order().Select(t => t.ToString()), "one lane per type, in the type order");
    }

    [Theory]
    [MemberData(nameof(Timelines))]
    public void Undated_events_are_listed_below_the_chart_with_their_count(string name)
    {
        var timeline = Named(name);
        var page = Parse(HtmlWriter.ToHtml(timeline));
        var undated = timeline.Events.Where(e => e.Date is null).ToList();

        var section = page.Descendants("section").Single(s => (string?)s.Attribute("id") == "undated");
        section.Element("h2")!.Value.Should().Be($"Undated: {undated.Count}");
        Entries(page, "undated").Select(li => (string)li.Attribute("data-event")!).Should().Equal(undated.Select(e => e.Id));
        undated.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Timelines))]
    public void Each_event_lists_its_sources_on_hover_and_below_the_chart(string name)
    {
        var timeline = Named(name);
        var page = Parse(HtmlWriter.ToHtml(timeline));
        var marks = Marks(page);

        foreach (var e in timeline.Events)
        {
            var entry = page.Descendants("li").Single(li => HasClass(li, "event") && (string?)li.Attribute("data-event") == e.Id);
            var sources = entry.Element("ol")!.Elements("li").ToList();
            sources.Should().HaveCount(e.Mentions.Count);
            for (int i = 0; i < sources.Count; i++)
            {
                sources[i].Elements().First(x => HasClass(x, "doc")).Value.Should().Be(e.Mentions[i].Document);
                sources[i].Element("q")!.Value.Should().Be(e.Mentions[i].Text);
            }
            if (e.Date is null) continue;
            var tooltip = marks.Single(m => (string)m.Attribute("data-event")! == e.Id).Element(Svg + "title")!.Value;
            tooltip.Should().StartWith(e.Title + "\n");
            foreach (var m in e.Mentions) tooltip.Should().Contain(m.Document + ": " + m.Text);
        }
    }

    [Fact]
    public void Planned_and_uncertain_events_are_marked_and_the_legend_says_how()
    {
        var timeline = Small();
        var page = Parse(HtmlWriter.ToHtml(timeline));
        var marks = Marks(page);

        foreach (var e in timeline.Events.Where(e => e.Date is not null))
        {
            var mark = marks.Single(m => (string)m.Attribute("data-event")! == e.Id);
            HasClass(mark, "s-" + e.Status.ToString().ToLowerInvariant()).Should().BeTrue();
        }
        marks.Count(m => HasClass(m, "s-planned")).Should().Be(1);
        marks.Count(m => HasClass(m, "s-uncertain")).Should().Be(1);

        var css = page.Descendants("style").Single().Value;
        css.Should().Contain(".chart .s-planned .mark{fill:#fff;stroke-dasharray:3 2}", "planned marks are hollow and dashed");
        css.Should().Contain(".chart .s-uncertain .mark{fill-opacity:.35}", "uncertain marks are pale");
        var legend = Chart(page)!.Elements(Svg + "g").Single(g => HasClass(g, "legend"));
        legend.Elements(Svg + "g").Single(g => HasClass(g, "s-planned")).Value.Should().Be("planned");
        legend.Elements(Svg + "g").Single(g => HasClass(g, "s-uncertain")).Value.Should().Be("uncertain");
    }

    [Fact]
    public void A_day_is_a_dot_and_a_longer_period_a_bar_over_the_whole_period()
    {
        var timeline = Build(
            Mention("a", EventType.Summit, EventStatus.Occurred, Day(2019, 4, 25), "Day."),
            Mention("b", EventType.Summit, EventStatus.Occurred, Month(2019, 4), "Month.", [Person("B")]),
            Mention("c", EventType.Summit, EventStatus.Occurred, Year(2019), "Year.", [Person("C")]),
            Mention("d", EventType.Summit, EventStatus.Occurred, Quarter(2019, 2), "Quarter.", [Person("D")]),
            Mention("e", EventType.Summit, EventStatus.Occurred, Days(new LocalDate(2019, 7, 1), new LocalDate(2019, 7, 31)), "Range.", [Person("E")]),
            Mention("f", EventType.Summit, EventStatus.Occurred, Day(2020, 1, 1), "Next year.", [Person("F")]));
        var page = Parse(HtmlWriter.ToHtml(timeline));
        XElement Link(string document) =>
            Marks(page).Single(m => (string)m.Attribute("data-event")! == timeline.Events.Single(e => e.Mentions[0].Document == document).Id);

        Mark(Link("a")).Name.Should().Be(Svg + "circle");
        Mark(Link("f")).Name.Should().Be(Svg + "circle");
        foreach (var bar in new[] { "b", "c", "d", "e" }) Mark(Link(bar)).Name.Should().Be(Svg + "rect");
        var (day, month, year, quarter, range, next) = (Extent(Link("a")).Left, Extent(Link("b")), Extent(Link("c")), Extent(Link("d")), Extent(Link("e")), Extent(Link("f")).Left);
        day.Should().BeGreaterThan(month.Left).And.BeLessThan(month.Right, "25 April lies within April");
        quarter.Left.Should().BeApproximately(month.Left, 0.11, "1 April starts the second quarter");
        (quarter.Right - quarter.Left).Should().BeApproximately(3 * (month.Right - month.Left), 3);
        year.Left.Should().BeLessThan(quarter.Left);
        double pixelsPerDay = (month.Right - month.Left) / 30;
        (next - year.Right).Should().BeApproximately(pixelsPerDay / 2, 0.15, "the dot of 1 January 2020 stands at its noon, half a day after the end of 2019");
        range.Left.Should().BeApproximately(quarter.Right, 0.11, "1 July starts when the second quarter ends");
        (range.Right - range.Left).Should().BeApproximately((month.Right - month.Left) * 31 / 30, 0.3, "July and April have 31 and 30 days");
    }

    [Fact]
    public void An_empty_timeline_gives_a_page_without_a_chart_that_says_so()
    {
        var page = Parse(HtmlWriter.ToHtml(EventTimeline.Empty));

        Chart(page).Should().BeNull();
        page.Descendants("p").Should().Contain(p => p.Value == "No dated events to draw.");
        page.Descendants("h2").Select(h => h.Value).Should().Equal("Dated events (0)", "Undated: 0", "Documents (0)");
        page.Descendants("p").Single(p => HasClass(p, "summary")).Value.Should().StartWith("0 events from 0 documents.");
    }

    [Fact]
    public void A_single_event_stands_inside_an_axis_of_a_few_weeks_with_day_ticks()
    {
        var page = Parse(HtmlWriter.ToHtml(Build(Mention("a", EventType.Visit, EventStatus.Occurred, Day(2023, 9, 13), "Kim visited."))));

        var mark = Marks(page).Should().ContainSingle().Subject;
        var (x, _) = Extent(mark);
        var ticks = Chart(page)!.Descendants(Svg + "line").Where(l => HasClass(l, "major")).Select(l => Number(l, "x1")).ToList();
        ticks.Should().HaveCountGreaterThan(3);
        x.Should().BeGreaterThan(ticks.Min()).And.BeLessThan(ticks.Max());
        var days = TickLabels(page).Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToList();
        days.Should().HaveCountGreaterThan(3).And.BeInAscendingOrder().And.OnlyContain(d => d >= 1 && d <= 31);
        days.Zip(days.Skip(1), (a, b) => b - a).Distinct().Should().ContainSingle("the ticks are evenly spaced days");
        Chart(page)!.Descendants(Svg + "text").Should().Contain(t => HasClass(t, "tick-context") && t.Value == "Sep 2023");
    }

    [Fact]
    public void Events_decades_apart_get_ticks_every_ten_years()
    {
        var timeline = Build(
            Mention("a", EventType.Summit, EventStatus.Occurred, Day(1950, 6, 25), "War began.", [Person("A")]),
            Mention("b", EventType.Agreement, EventStatus.Occurred, Day(1953, 7, 27), "An armistice was signed.", [Person("B")]),
            Mention("c", EventType.Summit, EventStatus.Occurred, Day(2000, 6, 13), "A summit was held.", [Person("C")]),
            Mention("d", EventType.Summit, EventStatus.Occurred, Day(2023, 9, 13), "Kim met Putin.", [Person("D")]));
        var page = Parse(HtmlWriter.ToHtml(timeline));

        var years = TickLabels(page).Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToList();
        years.Should().Equal(1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020);
        Marks(page).Should().HaveCount(4);
        var xs = Marks(page).Select(m => Extent(m).Left).ToList();
        xs.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Events_a_few_months_apart_get_month_ticks_with_the_year_where_it_changes()
    {
        var timeline = Build(
            Mention("a", EventType.Summit, EventStatus.Occurred, Day(2023, 4, 25), "A.", [Person("A")]),
            Mention("b", EventType.Summit, EventStatus.Occurred, Day(2024, 1, 20), "B.", [Person("B")]));
        var page = Parse(HtmlWriter.ToHtml(timeline));

        TickLabels(page).Should().Equal("Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan");
        Chart(page)!.Descendants(Svg + "text").Where(t => HasClass(t, "tick-context")).Select(t => t.Value).Should().Equal("2023", "2024");
    }

    [Theory]
    [MemberData(nameof(Timelines))]
    public void The_page_refers_to_nothing_outside_itself(string name)
    {
        var html = HtmlWriter.ToHtml(Named(name));
        var page = Parse(html);

        string[] loaders = ["script", "link", "img", "iframe", "object", "embed", "audio", "video", "source", "image", "use", "feImage", "foreignObject", "base", "form"];
        page.Descendants().Where(e => loaders.Contains(e.Name.LocalName)).Should().BeEmpty();
        foreach (var attribute in page.Descendants().Attributes().Where(a => !a.IsNamespaceDeclaration))
        {
            new[] { "src", "srcset", "action", "poster", "background", "style" }.Should().NotContain(attribute.Name.LocalName);
            attribute.Name.LocalName.Should().NotStartWith("on", "no event handler attributes (no script)");
            if (attribute.Name.LocalName == "href") attribute.Value.Should().StartWith("#", "links only lead within the page");
            attribute.Value.Should().NotContain("//").And.NotContain("url(");
        }
        var css = page.Descendants("style").Single().Value;
        css.Should().NotContain("url(").And.NotContain("@import").And.NotContain("//");
        html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", "", StringComparison.Ordinal).Should().NotContain("http://").And.NotContain("https://");
        page.Descendants("meta").Should().Contain(m => (string?)m.Attribute("http-equiv") == "Content-Security-Policy"
            && ((string)m.Attribute("content")!).StartsWith("default-src 'none';", StringComparison.Ordinal));
    }

    [Fact]
    public void Labels_are_shortened_to_fit_a_narrow_chart_and_the_legend_wraps()
    {
        var longNames = Enumerable.Range(0, 8).Select(i => Person($"Participant Number {i} With A Very Long Name")).ToList();
        var timeline = Build(Mention("a", EventType.Summit, EventStatus.Occurred, Day(2019, 4, 25), "A long one.", longNames));
        var page = Parse(HtmlWriter.ToHtml(timeline, new HtmlOptions { Width = HtmlOptions.MinWidth }));

        var label = Marks(page).Single().Elements(Svg + "text").Single();
        label.Value.Should().EndWith("…");
        timeline.Events[0].Title.Should().StartWith("Summit: " + label.Value.TrimEnd('…'));
        var legendRows = Chart(page)!.Elements(Svg + "g").Single(g => HasClass(g, "legend")).Descendants(Svg + "text").Select(t => Number(t, "y")).Distinct();
        legendRows.Should().HaveCountGreaterThan(1);
    }

    [Fact]
    public void A_width_out_of_range_is_refused()
    {
        var timeline = Small();
        FluentActions.Invoking(() => HtmlWriter.ToHtml(timeline, new HtmlOptions { Width = HtmlOptions.MinWidth - 1 })).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => HtmlWriter.ToHtml(timeline, new HtmlOptions { Width = HtmlOptions.MaxWidth + 1 })).Should().Throw<ArgumentOutOfRangeException>();
        ((string?)Chart(Parse(HtmlWriter.ToHtml(timeline, new HtmlOptions { Width = 1600 })))!.Attribute("viewBox")).Should().StartWith("0 0 1600 ");
    }
}
