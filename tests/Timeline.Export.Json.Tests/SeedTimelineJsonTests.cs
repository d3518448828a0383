using System.Text.Json;
using NodaTime.Text;
using Timeline.Export.Tests;
using Timeline.Timelines;

namespace Timeline.Export.Json.Tests;

/// <summary>Invariants of the JSON of the seed articles' timeline, whatever the engine finds in them.</summary>
public class SeedTimelineJsonTests
{
    private static readonly string[] Precisions = ["day", "week", "month", "quarter", "year"];

    private static JsonElement Root => JsonDocument.Parse(TimelineJsonWriter.ToUtf8Bytes(Samples.Timeline)).RootElement;

    [Fact]
    public void Every_date_is_whole_days_in_order_with_an_allowed_precision()
    {
        var dates = new List<JsonElement>();
        foreach (var e in Root.GetProperty("events").EnumerateArray())
        {
            dates.Add(e.GetProperty("date"));
            dates.AddRange(e.GetProperty("conflictingDates").EnumerateArray());
            dates.AddRange(e.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("date")));
        }

        dates.Should().Contain(d => d.ValueKind == JsonValueKind.Object);
        foreach (var date in dates.Where(d => d.ValueKind != JsonValueKind.Null))
        {
            var start = LocalDatePattern.Iso.Parse(date.GetProperty("start").GetString()!);
            var end = LocalDatePattern.Iso.Parse(date.GetProperty("end").GetString()!);
            start.Success.Should().BeTrue();
            end.Success.Should().BeTrue();
            start.Value.Should().BeLessThanOrEqualTo(end.Value);
            Precisions.Should().Contain(date.GetProperty("precision").GetString());
        }
    }

    [Fact]
    public void Every_mention_indexes_its_evidence_sentence_and_trigger_in_its_document()
    {
        var mentions = Root.GetProperty("events").EnumerateArray().SelectMany(e => e.GetProperty("mentions").EnumerateArray()).ToList();

        mentions.Should().NotBeEmpty();
        foreach (var m in mentions)
        {
            var text = Samples.Texts[m.GetProperty("document").GetString()!];
            int start = m.GetProperty("start").GetInt32(), end = m.GetProperty("end").GetInt32();
            text[start..end].Should().Be(m.GetProperty("text").GetString());
            int triggerStart = m.GetProperty("trigger").GetProperty("start").GetInt32();
            triggerStart.Should().BeInRange(start, end - 1);
        }
    }

    [Fact]
    public void Merging_shards_in_any_order_writes_the_same_bytes_as_one_timeline()
    {
        var extractor = English.English.CreateExtractor();
        var articles = Samples.Texts.Select(t => extractor.Extract(new Events.Article(t.Key, t.Value))).ToList();
        var whole = TimelineJsonWriter.ToUtf8Bytes(EventTimeline.From(articles));

        var left = EventTimeline.From(articles.Take(2));
        var right = EventTimeline.From(articles.Skip(2));
        TimelineJsonWriter.ToUtf8Bytes(EventTimeline.Merge(right, left)).Should().Equal(whole);
        TimelineJsonWriter.ToUtf8Bytes(Samples.Timeline).Should().Equal(whole);
    }
}
