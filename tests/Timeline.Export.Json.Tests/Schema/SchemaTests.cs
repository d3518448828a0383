using System.Text.Json;
using Timeline.Events;
using Timeline.Export.Tests;
using Timeline.Temporal;
using Timeline.Timelines;

namespace Timeline.Export.Json.Tests.Schema;

/// <summary>docs/timeline.schema.json describes what the writer writes, and rejects what the reader rejects.</summary>
public class SchemaTests
{
    internal static readonly string SchemaPath = Path.Combine(AppContext.BaseDirectory, "Schema", "timeline.schema.json");

    private static readonly Lazy<JsonDocument> Schema = new(() => JsonDocument.Parse(File.ReadAllBytes(SchemaPath)));

    private static SubsetSchemaValidator Validator => new(Schema.Value.RootElement);

    private static JsonElement Json(EventTimeline timeline) => JsonDocument.Parse(TimelineJsonWriter.ToUtf8Bytes(timeline)).RootElement;

    [Fact]
    public void The_schema_is_draft_2020_12()
    {
        Schema.Value.RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
    }

    [Fact]
    public void The_seed_timeline_the_small_one_and_the_empty_one_satisfy_the_schema()
    {
        Validator.Validate(Json(Samples.Timeline)).Should().BeEmpty();
        Validator.Validate(Json(SmallTimeline.Build())).Should().BeEmpty();
        Validator.Validate(Json(EventTimeline.Empty)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("\"type\": \"launch\"", "\"type\": \"parade\"", "$.events[1].type: \"parade\" is not one of")]
    [InlineData("\"publishedFrom\": \"dateline\"", "\"publishedFrom\": \"dateline\", \"note\": 1", "$.documents[0]: unexpected \"note\"")]
    [InlineData("\"locationIsCountry\": true", "\"locationIsCountry\": 1", "$.events[2].mentions[0].locationIsCountry: expected boolean")]
    [InlineData("\"published\": \"2019-06-08\"", "\"published\": \"2019-6-8\"", "$.documents[0].published: \"2019-6-8\" matches none")]
    [InlineData("\"published\": \"2019-06-08\"", "\"published\": \"2019-02-30\"", "$.documents[0].published: \"2019-02-30\" matches none")]
    [InlineData("\"timex\": \"April 25\",", "", "$.events[0].mentions[0]: missing \"timex\"")]
    [InlineData("\"start\": 47,", "\"start\": -47,", "$.events[0].mentions[0].trigger.start: -47 is below 0")]
    [InlineData("\"relation\": \"sameday\"", "\"relation\": \"later\"", "$.events[1].mentions[0].relation: \"later\" matches none")]
    public void The_schema_rejects_a_broken_file(string from, string to, string error)
    {
        var json = System.Text.Encoding.UTF8.GetString(TimelineJsonWriter.ToUtf8Bytes(SmallTimeline.Build()));
        int at = json.IndexOf(from, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0);
        var broken = json[..at] + to + json[(at + from.Length)..];

        Validator.Validate(JsonDocument.Parse(broken).RootElement).Should().Contain(e => e.StartsWith(error, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_object_of_the_schema_lists_its_properties_in_the_order_the_writer_writes_them()
    {
        var root = Json(SmallTimeline.Build());
        var e = root.GetProperty("events")[0];
        var expected = new Dictionary<string, JsonElement>
        {
            ["document"] = root.GetProperty("documents")[0],
            ["event"] = e,
            ["mention"] = e.GetProperty("mentions")[0],
            ["participant"] = e.GetProperty("participants")[0],
            ["date"] = e.GetProperty("date"),
            ["span"] = e.GetProperty("mentions")[0].GetProperty("trigger"),
        };
        var defs = Schema.Value.RootElement.GetProperty("$defs");

        foreach (var (name, written) in expected)
        {
            var names = written.EnumerateObject().Select(p => p.Name).ToList();
            defs.GetProperty(name).GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().Equal(names, name);
            var required = defs.GetProperty(name).GetProperty("required").EnumerateArray().Select(p => p.GetString()).ToList();
            required.Should().Equal(name == "participant" ? names.Where(n => n != "role") : names, $"{name}: every property but a participant's role is always written");
        }
    }

    [Fact]
    public void The_schema_enums_are_the_names_of_TimelineJsonNames()
    {
        var defs = Schema.Value.RootElement.GetProperty("$defs");
        EnumOf(defs.GetProperty("eventType")).Should().Equal(Enum.GetValues<EventType>().Select(TimelineJsonNames.Name));
        EnumOf(defs.GetProperty("plover")).Should().Equal(Enum.GetValues<PloverCategory>().Select(TimelineJsonNames.Name));
        EnumOf(defs.GetProperty("status")).Should().Equal(Enum.GetValues<EventStatus>().Select(TimelineJsonNames.Name));
        EnumOf(defs.GetProperty("dateSource")).Should().Equal(Enum.GetValues<DateSource>().Select(TimelineJsonNames.Name));
        EnumOf(defs.GetProperty("date").GetProperty("properties").GetProperty("precision")).Should().Equal(Enum.GetValues<DatePrecision>().Select(TimelineJsonNames.Name));
        EnumOf(defs.GetProperty("participant").GetProperty("properties").GetProperty("kind")).Should().Equal(Enum.GetValues<ParticipantKind>().Select(TimelineJsonNames.Name));
        EnumOf(defs.GetProperty("document").GetProperty("properties").GetProperty("publishedFrom")).Should().Equal(Enum.GetValues<PublicationDateSource>().Select(TimelineJsonNames.Name));
        EnumOf(defs.GetProperty("mention").GetProperty("properties").GetProperty("relation").GetProperty("anyOf")[0]).Should().Equal(Enum.GetValues<EventRelationKind>().Select(TimelineJsonNames.Name));
    }

    [Fact]
    public void The_validator_refuses_a_keyword_it_does_not_know()
    {
        using var schema = JsonDocument.Parse("{\"type\": \"object\", \"unevaluatedProperties\": false}");

        new SubsetSchemaValidator(schema.RootElement).Invoking(v => v.Validate(schema.RootElement)).Should().Throw<NotSupportedException>();
    }

    private static List<string?> EnumOf(JsonElement schema) => schema.GetProperty("enum").EnumerateArray().Select(v => v.GetString()).ToList();
}
