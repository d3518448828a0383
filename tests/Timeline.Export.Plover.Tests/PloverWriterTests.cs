using System.Text;
using System.Text.Json;
using Timeline.Events;
using Timeline.Export.Tests;
using Timeline.Timelines;
using static Timeline.Export.Tests.TestEvents;

namespace Timeline.Export.Plover.Tests;

public class PloverWriterTests
{
    private static readonly string[] Fields =
    [
        "id", "date", "enddate", "precision", "event_type", "event", "quad_code", "mode", "context", "status", "date_source",
        "timeline_type", "source", "recipient", "event_loc", "event_text", "text_info",
    ];

    private static List<JsonElement> Records(EventTimeline timeline) =>
        Encoding.UTF8.GetString(PloverWriter.ToBytes(timeline)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement).ToList();

    private static JsonElement Only(EventTimeline timeline) => Records(timeline).Single();

    [Fact]
    public void The_seed_timeline_matches_its_golden_file()
    {
        GoldenFile.Check("seed-plover.jsonl", PloverWriter.ToBytes(Samples.Timeline));
    }

    [Fact]
    public void Every_line_is_one_record_with_the_same_fields_in_the_same_order()
    {
        var bytes = PloverWriter.ToBytes(Samples.Timeline);
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n');

        lines[^1].Should().BeEmpty("every record ends with \\n");
        lines[..^1].Should().NotBeEmpty().And.OnlyContain(l => JsonDocument.Parse(l, default).RootElement.EnumerateObject().Select(p => p.Name).SequenceEqual(Fields));
        bytes.Take(3).Should().NotEqual(Encoding.UTF8.Preamble.ToArray());
        text.Should().NotContain("\r");
    }

    [Theory]
    [InlineData("day", "2019-04-25", null, "day")]
    [InlineData("days", "2019-04-24", "2019-04-26", "day")]
    [InlineData("week", "2019-06-03", "2019-06-09", "week")]
    [InlineData("month", "2019-04-01", "2019-04-30", "month")]
    [InlineData("quarter", "2023-07-01", "2023-09-30", "quarter")]
    [InlineData("years", "2018-01-01", "2019-12-31", "year")]
    public void Date_is_the_first_day_enddate_the_last_when_it_spans_more_and_precision_says_how_well_it_is_known(
        string kind, string date, string? enddate, string precision)
    {
        var d = kind switch
        {
            "day" => Day(2019, 4, 25),
            "days" => Days(2019, 4, 24, 3),
            "week" => Week(2019, 6, 3),
            "month" => Month(2019, 4),
            "quarter" => Quarter(2023, 3),
            _ => Years(2018, 2019),
        };

        var record = Only(TimelineOf(Mention("a", 0, EventType.Summit, d)));

        record.GetProperty("date").GetString().Should().Be(date);
        (record.GetProperty("enddate").ValueKind == JsonValueKind.Null ? null : record.GetProperty("enddate").GetString()).Should().Be(enddate);
        record.GetProperty("precision").GetString().Should().Be(precision);
    }

    [Theory]
    [InlineData(EventType.Summit, "CONSULT", 1, null)]
    [InlineData(EventType.Visit, "CONSULT", 1, "visit")]
    [InlineData(EventType.Talks, "CONSULT", 1, null)]
    [InlineData(EventType.Invitation, "CONSULT", 1, null)]
    [InlineData(EventType.Agreement, "AGREE", 1, null)]
    [InlineData(EventType.Statement, "SUPPORT", 1, null)]
    [InlineData(EventType.Aid, "AID", 2, null)]
    [InlineData(EventType.Sanctions, "SANCTION", 3, null)]
    [InlineData(EventType.Launch, "MOBILIZE", 4, null)]
    public void The_event_type_is_the_PLOVER_category_with_its_quad_code_and_mode(EventType type, string category, int quad, string? mode)
    {
        var record = Only(TimelineOf(Mention("a", 0, type, Day(2019, 4, 25))));

        record.GetProperty("event_type").GetString().Should().Be(category);
        record.GetProperty("event").EnumerateArray().Select(e => e.GetString()).Should().Equal(category);
        record.GetProperty("quad_code").GetInt32().Should().Be(quad);
        (record.GetProperty("mode").ValueKind == JsonValueKind.Null ? null : record.GetProperty("mode").GetString()).Should().Be(mode);
        record.GetProperty("timeline_type").GetString().Should().Be(type.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData(EventStatus.Occurred, new string[0])]
    [InlineData(EventStatus.Planned, new[] { "future" })]
    [InlineData(EventStatus.Uncertain, new string[0])]
    public void Status_is_kept_and_a_planned_event_has_the_future_context(EventStatus status, string[] context)
    {
        var record = Only(TimelineOf(Mention("a", 0, EventType.Visit, Day(2024, 6, 18), status)));

        record.GetProperty("status").GetString().Should().Be(status.ToString().ToLowerInvariant());
        record.GetProperty("context").EnumerateArray().Select(c => c.GetString()).Should().Equal(context);
    }

    [Fact]
    public void Participants_are_source_actors_the_place_is_event_loc_and_every_mention_is_evidence()
    {
        Participant[] people = [new("Kim Jong Un", ParticipantKind.Person, "leader"), new("Russia", ParticipantKind.Country)];
        var a = Mention("a", 0, EventType.Summit, Day(2019, 4, 25), text: "Kim met Putin.", participants: people, location: "Vladivostok");
        var b = Mention("b", 40, EventType.Summit, Day(2019, 4, 25), text: "The summit was held.", participants: [people[0]], location: "Vladivostok");

        var record = Only(TimelineOf(a, b));

        record.GetProperty("source").EnumerateArray().Select(s => s.GetRawText()).Should().Equal(
            "{\"actor_text\":\"Kim Jong Un\",\"actor_kind\":\"person\",\"office\":\"leader\"}",
            "{\"actor_text\":\"Russia\",\"actor_kind\":\"country\",\"office\":null}");
        record.GetProperty("recipient").GetArrayLength().Should().Be(0);
        record.GetProperty("event_loc").GetRawText().Should().Be("{\"name\":\"Vladivostok\"}");
        record.GetProperty("event_text").EnumerateArray().Select(t => t.GetString()).Should().Equal("Kim met Putin.", "The summit was held.");
        record.GetProperty("text_info").EnumerateArray().Select(t => t.GetRawText()).Should().Equal(
            "{\"document\":\"a\",\"start\":0,\"end\":40}", "{\"document\":\"b\",\"start\":40,\"end\":80}");
        record.GetProperty("date_source").GetString().Should().Be("text");
    }

    [Fact]
    public void An_event_without_a_place_has_a_null_event_loc()
    {
        Only(TimelineOf(Mention("a", 0, EventType.Launch, Day(2023, 9, 13)))).GetProperty("event_loc").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Undated_events_and_events_without_a_PLOVER_category_are_left_out_and_counted()
    {
        var timeline = TimelineOf(
            Mention("a", 0, EventType.Summit, Day(2019, 4, 25)),
            Mention("a", 100, EventType.Talks, location: "Moscow"),
            Mention("a", 200, EventType.Other, Day(2019, 4, 26)),
            Mention("b", 0, EventType.Other, location: "Geneva"));
        using var output = new MemoryStream();

        var summary = PloverWriter.Write(output, timeline);

        summary.Should().Be(new PloverSummary(Events: 1, Undated: 2, Uncategorized: 1));
        Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
            .Which.Should().Contain("\"event_type\":\"CONSULT\"");
    }

    [Fact]
    public void Quotes_line_breaks_and_non_ascii_text_stay_on_one_line_and_read_back()
    {
        const string text = "He said \"yes\"\nand \\ left\t— Kim’s “visit” 中";
        var bytes = PloverWriter.ToBytes(TimelineOf(Mention("a", 0, EventType.Visit, Day(2019, 4, 25), text: text)));
        var output = Encoding.UTF8.GetString(bytes);

        output.Count(c => c == '\n').Should().Be(1);
        output.Should().Contain("Kim’s “visit” 中");
        JsonDocument.Parse(output).RootElement.GetProperty("event_text")[0].GetString().Should().Be(text);
    }

    [Fact]
    public void The_output_depends_only_on_the_timeline()
    {
        var mentions = new[]
        {
            Mention("a", 0, EventType.Summit, Day(2019, 4, 25), location: "Vladivostok"),
            Mention("b", 50, EventType.Aid, Month(2019, 6)),
            Mention("c", 10, EventType.Launch, Years(2023, 2023), EventStatus.Uncertain),
        };
        var once = PloverWriter.ToBytes(TimelineOf(mentions));

        PloverWriter.ToBytes(TimelineOf(mentions.Reverse().ToArray())).Should().Equal(once);
        Enumerable.Range(0, 8).AsParallel().Select(_ => PloverWriter.ToBytes(TimelineOf(mentions))).Should().OnlyContain(b => b.SequenceEqual(once));
        Records(TimelineOf(mentions)).Select(r => r.GetProperty("id").GetString()).Should().Equal(TimelineOf(mentions).Events.Select(e => e.Id));
    }

    [Fact]
    public void The_empty_timeline_writes_nothing()
    {
        using var output = new MemoryStream();

        PloverWriter.Write(output, EventTimeline.Empty).Should().Be(new PloverSummary(0, 0, 0));
        output.Length.Should().Be(0);
    }

    [Fact]
    public void The_seed_records_are_the_dated_categorized_events()
    {
        var events = Samples.Timeline.Events;

        Records(Samples.Timeline).Select(r => r.GetProperty("id").GetString()).Should()
            .Equal(events.Where(e => e.Date is not null && e.Type != EventType.Other).Select(e => e.Id)).And.NotBeEmpty();
    }
}
