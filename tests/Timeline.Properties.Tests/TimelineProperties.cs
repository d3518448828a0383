using FsCheck.Xunit;
using Timeline.Events;
using Timeline.Export.Json;
using Timeline.Timelines;

namespace Timeline.Properties.Tests;

/// <summary>
/// Timelines of generated corpora (news sentences and jumbles): building one never throws and keeps every mention once;
/// timelines of any split of the corpus into shards, merged in any order and grouping, equal the whole corpus's.
/// (tests/Timeline.Tests/Timelines/MergeTests checks the same on the seed articles and curated sentences.)
/// </summary>
[Properties(Arbitrary = [typeof(Generators)], MaxTest = 100)]
public sealed class TimelineProperties
{
    [Property]
    public void ATimelineKeepsEveryMentionOnceAndOrdersItsEvents(Corpus corpus)
    {
        var articles = Read(corpus);
        var timeline = Engine.Bounded(() => EventTimeline.From(articles));

        timeline.Documents.Select(d => d.Id).Should().Equal(corpus.Articles.Select(a => a.Id).Order(StringComparer.Ordinal));
        timeline.Observations.Select(o => o.Key).Should().BeEquivalentTo(articles.SelectMany(a => a.Observations).Select(o => o.Key).Distinct());
        timeline.Events.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        static int Group(TimelineEvent e) => e.Status == EventStatus.Planned ? 1 : e.Date is null ? 2 : 0;
        timeline.Events.Select(Group).Should().BeInAscendingOrder();
        timeline.Events.Where(e => Group(e) == 0).Select(e => e.Date!.Start).Should().BeInAscendingOrder();
        foreach (var e in timeline.Events)
        {
            e.Mentions.Should().NotBeEmpty();
            if (e.Date is { } d) d.Start.Should().BeLessThanOrEqualTo(d.End);
            foreach (var c in e.ConflictingDates) c.Start.Should().BeLessThanOrEqualTo(c.End);
        }
    }

    [Property]
    public void ShardsMergedInAnyOrderAndGroupingGiveTheWholeTimeline(Corpus corpus, ShardPlan plan)
    {
        var articles = Read(corpus);
        var whole = TimelineJsonWriter.ToUtf8Bytes(EventTimeline.From(articles));

        var shards = plan.Order
            .Select(shard => EventTimeline.From(articles.Where((_, i) => plan.ShardOf[i] == shard)))
            .ToList();
        var merged = plan.RightLeaning
            ? shards.AsEnumerable().Reverse().Aggregate((acc, next) => EventTimeline.Merge(next, acc))
            : shards.Aggregate(EventTimeline.Merge);

        TimelineJsonWriter.ToUtf8Bytes(merged).Should().Equal(whole, plan.ToString());
    }

    internal static List<ArticleEvents> Read(Corpus corpus) =>
        [.. corpus.Articles.Select(a => Engine.Bounded(() => Engine.Extractor.Extract(new Article(a.Id, a.Text, a.Published))))];
}
