using System.Text;
using System.Text.Json;
using Timeline.Events;
using Timeline.Export.Tests;
using Timeline.Timelines;
using static Timeline.Export.Tests.TestEvents;

namespace Timeline.Export.TimelineJs.Tests;

public class TimelineJsWriterTests
{
    private static JsonElement Json(EventTimeline timeline, TimelineJsOptions? options = null) =>
        JsonDocument.Parse(TimelineJsWriter.ToBytes(timeline, options)).RootElement;

    private static JsonElement OnlySlide(EventTimeline timeline) => Json(timeline).GetProperty("events").EnumerateArray().Single();

    private static string DateOf(JsonElement slide, string name) =>
        slide.TryGetProperty(name, out var d) ? string.Join(" ", d.EnumerateObject().Select(p => $"{p.Name}={p.Value.GetInt32()}")) : "-";

    [Fact]
    public void The_seed_timeline_matches_its_golden_file()
    {
        GoldenFile.Check("seed-timelinejs.json", TimelineJsWriter.ToBytes(Samples.Timeline, new TimelineJsOptions { Title = "Kim and Putin" }));
    }

    [Theory]
    [InlineData("day", "year=2019 month=4 day=25", "-")]
    [InlineData("days", "year=2019 month=4 day=24", "year=2019 month=4 day=26")]
    [InlineData("week", "year=2019 month=6 day=3", "year=2019 month=6 day=9")]
    [InlineData("month", "year=2019 month=4", "-")]
    [InlineData("months", "year=2019 month=4", "year=2019 month=6")]
    [InlineData("quarter", "year=2023 month=7", "year=2023 month=9")]
    [InlineData("year", "year=2022", "-")]
    [InlineData("years", "year=2018", "year=2019")]
    public void A_date_keeps_the_parts_its_precision_knows_and_a_span_gets_an_end_date(string kind, string start, string end)
    {
        var date = kind switch
        {
            "day" => Day(2019, 4, 25),
            "days" => Days(2019, 4, 24, 3),
            "week" => Week(2019, 6, 3),
            "month" => Month(2019, 4),
            "months" => Months(2019, 4, 6),
            "quarter" => Quarter(2023, 3),
            "year" => Years(2022, 2022),
            _ => Years(2018, 2019),
        };

        var slide = OnlySlide(TimelineOf(Mention("a", 0, EventType.Summit, date)));

        DateOf(slide, "start_date").Should().Be(start);
        DateOf(slide, "end_date").Should().Be(end);
    }

    [Fact]
    public void A_slide_has_the_fields_of_the_TimelineJS_format_with_group_the_type_and_unique_id_the_event_id()
    {
        var timeline = TimelineOf(Mention("a", 0, EventType.Summit, Day(2019, 4, 25)), Mention("a", 100, EventType.Launch, Day(2019, 4, 24)));
        var root = Json(timeline);

        root.EnumerateObject().Select(p => p.Name).Should().Equal("title", "events");
        root.GetProperty("title").EnumerateObject().Select(p => p.Name).Should().Equal("text");
        var slides = root.GetProperty("events").EnumerateArray().ToList();
        slides.Should().OnlyContain(s => s.EnumerateObject().Select(p => p.Name).SequenceEqual(new[] { "start_date", "text", "group", "unique_id" }));
        slides.Select(s => s.GetProperty("text").EnumerateObject().Select(p => p.Name)).Should().OnlyContain(n => n.SequenceEqual(new[] { "headline", "text" }));
        slides.Select(s => s.GetProperty("unique_id").GetString()).Should().Equal(timeline.Events.Select(e => e.Id));
        slides.Select(s => s.GetProperty("group").GetString()).Should().Equal(timeline.Events.Select(e => e.Type.ToString()));
    }

    [Fact]
    public void Events_of_one_type_share_one_group()
    {
        var timeline = TimelineOf(
            Mention("a", 0, EventType.Summit, Day(2019, 4, 25), location: "Vladivostok"),
            Mention("b", 0, EventType.Summit, Day(2023, 9, 13), location: "Vostochny"),
            Mention("b", 100, EventType.Launch, Day(2023, 9, 13)));

        var groups = Json(timeline).GetProperty("events").EnumerateArray().Select(s => s.GetProperty("group").GetString()).ToList();

        groups.Should().HaveCount(3);
        groups.Distinct().Should().BeEquivalentTo("Summit", "Launch");
    }

    [Fact]
    public void Planned_and_unconfirmed_events_say_so_in_headline_and_text()
    {
        var timeline = TimelineOf(
            Mention("a", 0, EventType.Visit, Day(2024, 6, 18), EventStatus.Planned, participants: [new("Vladimir Putin", ParticipantKind.Person)]),
            Mention("a", 100, EventType.Aid, Month(2023, 9), EventStatus.Uncertain));
        var slides = Json(timeline).GetProperty("events").EnumerateArray().ToDictionary(s => s.GetProperty("group").GetString()!);

        slides["Visit"].GetProperty("text").GetProperty("headline").GetString().Should().Be("Visit: Vladimir Putin (planned)");
        slides["Visit"].GetProperty("text").GetProperty("text").GetString().Should().StartWith("<p><strong>Planned</strong>");
        slides["Aid"].GetProperty("text").GetProperty("headline").GetString().Should().EndWith("(unconfirmed)");
        slides["Aid"].GetProperty("text").GetProperty("text").GetString().Should().StartWith("<p><strong>Unconfirmed</strong>");
    }

    [Fact]
    public void Article_text_names_and_places_are_escaped_as_HTML()
    {
        var mention = Mention("doc<1>", 0, EventType.Meeting, Day(2019, 4, 25),
            text: "They met <script>alert('x')</script> at \"A & B\".",
            participants: [new("O'Brien <b>", ParticipantKind.Person, "Minister & envoy")],
            location: "Café <Zürich>");

        var slide = OnlySlide(TimelineOf(mention));
        var headline = slide.GetProperty("text").GetProperty("headline").GetString()!;
        var text = slide.GetProperty("text").GetProperty("text").GetString()!;

        headline.Should().Be("Meeting: O&#39;Brien &lt;b&gt;");
        text.Should().Contain("They met &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; at &quot;A &amp; B&quot;.")
            .And.Contain("O&#39;Brien &lt;b&gt; (Minister &amp; envoy)")
            .And.Contain("Café &lt;Zürich&gt;")
            .And.Contain("<small>doc&lt;1&gt;</small>")
            .And.NotContain("<script").And.NotContain("<b>").And.NotContain("<Zürich>");
    }

    [Fact]
    public void Undated_events_are_left_out_counted_and_mentioned_on_the_title_slide()
    {
        var timeline = TimelineOf(
            Mention("a", 0, EventType.Summit, Day(2019, 4, 25)),
            Mention("a", 100, EventType.Talks, location: "Moscow"),
            Mention("b", 0, EventType.Sanctions, location: "Geneva"));
        using var output = new MemoryStream();

        var summary = TimelineJsWriter.Write(output, timeline, new TimelineJsOptions { Title = "Kim & Putin" });

        summary.Should().Be(new TimelineJsSummary(1, 2));
        var root = JsonDocument.Parse(output.ToArray()).RootElement;
        root.GetProperty("events").GetArrayLength().Should().Be(1);
        root.GetProperty("title").GetProperty("text").GetProperty("headline").GetString().Should().Be("Kim &amp; Putin");
        root.GetProperty("title").GetProperty("text").GetProperty("text").GetString()
            .Should().Be("<p>1 event from 2 articles, 2019-04-25 to 2019-04-25.</p><p>2 undated events not shown.</p>");
    }

    [Fact]
    public void A_slide_quotes_at_most_MaxQuotes_distinct_sentences_and_counts_the_rest()
    {
        var kim = new Participant("Kim Jong Un", ParticipantKind.Person);
        var mentions = Enumerable.Range(0, 5)
            .Select(i => Mention($"d{i}", 0, EventType.Summit, Day(2019, 4, 25), text: i == 4 ? "Sentence 0." : $"Sentence {i}.", participants: [kim]))
            .ToArray();

        var text = OnlySlide(TimelineOf(mentions)).GetProperty("text").GetProperty("text").GetString()!;
        var two = Json(TimelineOf(mentions), new TimelineJsOptions { MaxQuotes = 2 }).GetProperty("events")[0].GetProperty("text").GetProperty("text").GetString()!;

        text.Split("<blockquote>").Length.Should().Be(4);
        text.Should().EndWith("<p>1 more report.</p>");
        two.Split("<blockquote>").Length.Should().Be(3);
        two.Should().Contain("Sentence 0.<br><small>d0</small>").And.EndWith("<p>2 more reports.</p>");
    }

    [Fact]
    public void The_text_lists_participants_place_and_dates_reported_otherwise()
    {
        var a = Mention("a", 0, EventType.Summit, Day(2019, 4, 25), participants: [new("Kim Jong Un", ParticipantKind.Person, "leader"), new("Russia", ParticipantKind.Country)], location: "Vladivostok");
        var b = Mention("b", 0, EventType.Summit, Day(2019, 4, 25), participants: [new("Kim Jong Un", ParticipantKind.Person, "leader")], location: "Vladivostok");
        var c = Mention("c", 0, EventType.Summit, Day(2019, 4, 24), participants: [new("Kim Jong Un", ParticipantKind.Person, "leader")], location: "Vladivostok");
        var timeline = TimelineOf(a, b, c);
        var e = timeline.Events.Single();

        var text = OnlySlide(timeline).GetProperty("text").GetProperty("text").GetString()!;

        text.Should().StartWith("<p><strong>Who</strong>: Kim Jong Un (leader), Russia</p><p><strong>Where</strong>: Vladivostok</p>");
        if (e.ConflictingDates.Count > 0) text.Should().Contain($"<p><strong>Also reported</strong>: {e.ConflictingDates[0]}</p>");
    }

    [Fact]
    public void The_output_is_deterministic_utf8_without_bom_indented_with_newline_line_ends()
    {
        var mentions = new[]
        {
            Mention("a", 0, EventType.Summit, Day(2019, 4, 25), text: "Kim’s “summit”"),
            Mention("b", 50, EventType.Visit, Month(2024, 6), EventStatus.Planned),
            Mention("c", 10, EventType.Launch, Years(2023, 2023)),
        };
        var once = TimelineJsWriter.ToBytes(TimelineOf(mentions));

        TimelineJsWriter.ToBytes(TimelineOf(mentions.Reverse().ToArray())).Should().Equal(once);
        Enumerable.Range(0, 8).AsParallel().Select(_ => TimelineJsWriter.ToBytes(TimelineOf(mentions))).Should().OnlyContain(b => b.SequenceEqual(once));
        once.Take(3).Should().NotEqual(Encoding.UTF8.Preamble.ToArray());
        var text = Encoding.UTF8.GetString(once);
        text.Should().StartWith("{\n  \"title\": {\n    \"text\": {").And.EndWith("}\n").And.NotContain("\r").And.Contain("Kim’s “summit”");
    }

    [Fact]
    public void The_empty_timeline_has_a_title_slide_and_no_events()
    {
        var root = Json(EventTimeline.Empty);

        root.GetProperty("events").GetArrayLength().Should().Be(0);
        root.GetProperty("title").GetProperty("text").GetProperty("text").GetString().Should().Be("<p>0 events from 0 articles.</p>");
    }

    [Fact]
    public void Every_seed_slide_has_a_start_year_a_headline_and_a_unique_id()
    {
        var slides = Json(Samples.Timeline).GetProperty("events").EnumerateArray().ToList();

        slides.Should().HaveCount(Samples.Timeline.Events.Count(e => e.Date is not null)).And.NotBeEmpty();
        slides.Should().OnlyContain(s => s.GetProperty("start_date").GetProperty("year").GetInt32() > 0);
        slides.Should().OnlyContain(s => s.GetProperty("text").GetProperty("headline").GetString()!.Length > 0);
        slides.Select(s => s.GetProperty("unique_id").GetString()).Should().OnlyHaveUniqueItems();
    }
}
