using System.Text;
using Timeline.Events;
using Timeline.Export.Tests;
using Timeline.Timelines;

namespace Timeline.Export.Json.Tests;

public class TimelineJsonReaderTests
{
    [Fact]
    public void Export_import_export_is_byte_identical_for_the_small_timeline()
    {
        var exported = TimelineJsonWriter.ToUtf8Bytes(SmallTimeline.Build());

        var imported = TimelineJsonReader.Read(exported);

        imported.Error.Should().BeNull();
        TimelineJsonWriter.ToUtf8Bytes(imported.GetValueOrThrow()).Should().Equal(exported);
        imported.Timeline!.Observations.Should().BeEquivalentTo(SmallTimeline.Observations);
    }

    [Fact]
    public void Export_import_export_is_byte_identical_for_the_seed_timeline_in_both_layouts()
    {
        foreach (bool indented in new[] { true, false })
        {
            var exported = TimelineJsonWriter.ToUtf8Bytes(Samples.Timeline, indented);
            using var stream = new MemoryStream(exported);

            var imported = TimelineJsonReader.Read(stream).GetValueOrThrow();

            TimelineJsonWriter.ToUtf8Bytes(imported, indented).Should().Equal(exported);
        }
    }

    [Fact]
    public void A_saved_timeline_merged_with_new_articles_equals_the_timeline_of_all_of_them()
    {
        var extractor = English.English.CreateExtractor();
        var articles = Samples.Texts.Select(t => extractor.Extract(new Article(t.Key, t.Value))).ToList();
        var saved = TimelineJsonWriter.ToUtf8Bytes(EventTimeline.From(articles.Take(3)));

        var merged = TimelineJsonReader.Read(saved).GetValueOrThrow().MergeWith(EventTimeline.From(articles.Skip(3)));

        TimelineJsonWriter.ToUtf8Bytes(merged).Should().Equal(TimelineJsonWriter.ToUtf8Bytes(EventTimeline.From(articles)));
    }

    [Theory]
    [InlineData("{\"documents\": [], \"events\": [", "not valid JSON (line 1): Expected depth to be zero at the end of the JSON payload.")]
    [InlineData("{\"documents\": [],\n \"events\": [\n}", "not valid JSON (line 3): '}' is an invalid start of a value.")]
    [InlineData("null", "$: expected an object, not null.")]
    [InlineData("[]", "$ (line 1): expected an object, not an array.")]
    [InlineData("{\"events\": []}", "$.documents (line 1): missing.")]
    [InlineData("{\"documents\": {}, \"events\": []}", "$.documents (line 1): expected an array, not an object.")]
    [InlineData("{\"documents\": [null], \"events\": []}", "$.documents[0]: expected an object, not null.")]
    [InlineData("{\"documents\": [{\"id\": null, \"published\": null, \"publishedFrom\": \"none\"}], \"events\": []}",
        "$.documents[0].id (line 1): expected a string, not null.")]
    [InlineData("{\"documents\": [{\"id\": 5, \"published\": null, \"publishedFrom\": \"none\"}], \"events\": []}",
        "$.documents[0].id (line 1): expected a string, not a number.")]
    [InlineData("{\"documents\": [{\"id\": \"a\", \"publishedFrom\": \"none\"}], \"events\": []}",
        "$.documents[0].published (line 1): missing.")]
    [InlineData("{\"documents\": [{\"id\": \"a\", \"published\": \"2019-02-30\", \"publishedFrom\": \"caller\"}], \"events\": []}",
        "$.documents[0].published (line 1): \"2019-02-30\" is not a date YYYY-MM-DD.")]
    [InlineData("{\"documents\": [{\"id\": \"a\", \"published\": 20190228, \"publishedFrom\": \"caller\"}], \"events\": []}",
        "$.documents[0].published (line 1): expected a date YYYY-MM-DD, not a number.")]
    [InlineData("{\"documents\": [{\"id\": \"a\", \"published\": null, \"publishedFrom\": \"fax\"}], \"events\": []}",
        "$.documents[0].publishedFrom (line 1): \"fax\" is not a known publishedFrom.")]
    [InlineData("{\"documents\": [{\"id\": \"a\", \"published\": null, \"publishedFrom\": null}], \"events\": []}",
        "$.documents[0].publishedFrom (line 1): expected a name, not null.")]
    public void Bad_input_gives_a_failure_that_says_where_and_what_and_never_throws(string json, string error)
    {
        var result = TimelineJsonReader.Read(Encoding.UTF8.GetBytes(json));

        result.Success.Should().BeFalse();
        result.Timeline.Should().BeNull();
        result.Error.Should().StartWith(error);
        result.Error.Should().NotContainAny("System.", "Timeline.Export", "LineNumber", "BytePositionInLine");
        result.Invoking(r => r.GetValueOrThrow()).Should().Throw<InvalidDataException>().WithMessage(result.Error);
    }

    [Fact]
    public void Bad_mentions_are_reported_with_their_path_and_line()
    {
        var json = Encoding.UTF8.GetString(TimelineJsonWriter.ToUtf8Bytes(SmallTimeline.Build()));

        Broken(json, "\"type\": \"launch\",\n          \"status\"", "\"type\": \"parade\",\n          \"status\"", "parade", out int line)
            .Should().Be($"$.events[1].mentions[0].type (line {line}): \"parade\" is not a known type.");
        Broken(json, "\"start\": 0,", "\"start\": 1.5,", "1.5", out line)
            .Should().Be($"$.events[0].mentions[0].start (line {line}): 1.5 is not a whole number.");
        Broken(json, "\"start\": 0,", "\"start\": \"0\",", "\"0\"", out line)
            .Should().Be($"$.events[0].mentions[0].start (line {line}): expected a whole number, not a string.");
        Broken(json, "\"locationIsCountry\": true", "\"locationIsCountry\": 1", "\"locationIsCountry\": 1", out line)
            .Should().Be($"$.events[2].mentions[0].locationIsCountry (line {line}): expected true or false, not a number.");
        const string twoPeople = "\"participants\": [\n            {\n              \"name\": \"Kim Jong Un\",\n              \"kind\": \"person\",\n              \"role\": \"leader\"\n            },\n            {";
        Broken(json, twoPeople, twoPeople.Replace("[", "[ null,", StringComparison.Ordinal), "null", out _)
            .Should().Be("$.events[0].mentions[0].participants[0]: expected an object, not null.");
        Broken(json, "          \"date\": {\n            \"start\": \"2019-06-03\"", "          \"date\": {\n            \"start\": \"2019-06-09\"", "2019-06-09", out _)
            .Should().Be("$.events[2].mentions[0].date: end 2019-06-07 is before start 2019-06-09.");
        Broken(json, "\"trigger\": {\n            \"start\": 47,", "\"trigger\": {\n            \"start\": -1,", "-1", out _)
            .Should().Be("$.events[0].mentions[0].trigger: [-1, 53) is not a span of text.");
    }

    [Fact]
    public void A_missing_mention_property_is_named_with_the_line_where_its_object_ends()
    {
        var json = Encoding.UTF8.GetString(TimelineJsonWriter.ToUtf8Bytes(SmallTimeline.Build()));
        int at = json.IndexOf("\"timex\": \"April 25\",", StringComparison.Ordinal);
        var broken = json.Remove(at, "\"timex\": \"April 25\",".Length);

        var error = TimelineJsonReader.Read(Encoding.UTF8.GetBytes(broken)).Error;

        error.Should().MatchRegex(@"^\$\.events\[0\]\.mentions\[0\]\.timex \(line \d+\): missing\.$");
    }

    [Fact]
    public void A_byte_order_mark_and_unknown_properties_are_accepted()
    {
        var json = TimelineJsonWriter.ToUtf8Bytes(SmallTimeline.Build());
        var text = Encoding.UTF8.GetString(json).Replace("\"publishedFrom\": \"dateline\"", "\"publishedFrom\": \"dateline\", \"note\": [1, {}]", StringComparison.Ordinal);
        var withBom = Encoding.UTF8.Preamble.ToArray().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var read = TimelineJsonReader.Read(withBom);

        read.Error.Should().BeNull();
        TimelineJsonWriter.ToUtf8Bytes(read.Timeline!).Should().Equal(json);
    }

    // Replaces `from` (which must occur once) by `to`, reads, and gives the line of `marker` in the broken text.
    private static string? Broken(string json, string from, string to, string marker, out int line)
    {
        json.Split(from).Length.Should().Be(2, $"the test edits one place: {from}");
        var broken = json.Replace(from, to, StringComparison.Ordinal);
        int at = broken.IndexOf(to, StringComparison.Ordinal) + to.IndexOf(marker, StringComparison.Ordinal);
        line = broken[..at].Count(c => c == '\n') + 1;
        return TimelineJsonReader.Read(Encoding.UTF8.GetBytes(broken)).Error;
    }
}
