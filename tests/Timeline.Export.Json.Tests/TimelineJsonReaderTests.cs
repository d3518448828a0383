using System.Text;
using Timeline.Events;
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
    [InlineData("{\"documents\": [], \"events\": [", "not valid JSON: ")]
    [InlineData("[]", "$: expected an object, not an array.")]
    [InlineData("{\"events\": []}", "$.documents: missing.")]
    [InlineData("{\"documents\": [{\"id\": \"a\", \"published\": \"2019-02-30\", \"publishedFrom\": \"caller\"}], \"events\": []}",
        "$.documents[0].published: \"2019-02-30\" is not a date YYYY-MM-DD.")]
    [InlineData("{\"documents\": [{\"id\": \"a\", \"published\": null, \"publishedFrom\": \"fax\"}], \"events\": []}",
        "$.documents[0].publishedFrom: \"fax\" is not a known publishedFrom.")]
    public void Bad_input_gives_a_failure_that_says_where_and_never_throws(string json, string error)
    {
        var result = TimelineJsonReader.Read(Encoding.UTF8.GetBytes(json));

        result.Success.Should().BeFalse();
        result.Timeline.Should().BeNull();
        result.Error.Should().StartWith(error);
        result.Invoking(r => r.GetValueOrThrow()).Should().Throw<InvalidDataException>().WithMessage(result.Error);
    }

    [Fact]
    public void Bad_mentions_are_reported_with_their_path()
    {
        var json = Encoding.UTF8.GetString(TimelineJsonWriter.ToUtf8Bytes(SmallTimeline.Build()));

        Read(json.Replace("\"type\": \"launch\"", "\"type\": \"parade\"", StringComparison.Ordinal))
            .Should().Be("$.events[1].mentions[0].type: \"parade\" is not a known type.");
        Read(json.Replace("\"start\": \"2019-06-03\"", "\"start\": \"2019-06-09\"", StringComparison.Ordinal))
            .Should().Be("$.events[2].mentions[0].date: end 2019-06-07 is before start 2019-06-09.");
        Read(json.Replace("\"locationIsCountry\": true", "\"locationIsCountry\": 1", StringComparison.Ordinal))
            .Should().Be("$.events[2].mentions[0].locationIsCountry: expected true or false, not a number.");
    }

    private static string? Read(string json) => TimelineJsonReader.Read(Encoding.UTF8.GetBytes(json)).Error;
}
