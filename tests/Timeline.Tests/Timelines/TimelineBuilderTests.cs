using FluentAssertions;
using Timeline.Events;
using Timeline.Timelines;
using Xunit;

namespace Timeline.Tests.Timelines;

public class TimelineBuilderTests
{
    private static readonly TimelineBuilder Builder = new(English.English.CreateExtractor());

    private static List<Article> Samples() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new Article(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)))];

    private static async IAsyncEnumerable<Article> Stream(IEnumerable<Article> articles)
    {
        foreach (var a in articles)
        {
            await Task.Yield();
            yield return a;
        }
    }

    private static string Canonical(EventTimeline t) => string.Join("\n", t.Events.Select(e =>
        $"{e.Id}|{e.Type}|{e.Status}|{e.Date}|{e.Date?.Precision}|{string.Join(",", e.Mentions.Select(m => m.Key))}"));

    [Fact]
    public async Task StreamingInParallelGivesTheSameTimelineAsReadingInOrder()
    {
        var articles = Samples();
        var sequential = Builder.Build(articles);
        var streamed = await Builder.BuildAsync(Stream(articles), parallelism: 4);
        Canonical(streamed).Should().Be(Canonical(sequential));
        streamed.Events.Should().NotBeEmpty();
    }

    [Fact]
    public async Task ResultsComeInInputOrder()
    {
        var articles = Samples();
        articles.Reverse();
        var ids = new List<string>();
        await foreach (var a in Builder.ExtractAsync(Stream(articles), parallelism: 3)) ids.Add(a.Id);
        ids.Should().Equal(articles.Select(a => a.Id));
    }

    [Fact]
    public async Task CancellationStopsTheStream()
    {
        using var cts = new CancellationTokenSource();
        var read = 0;
        var act = async () =>
        {
            await foreach (var _ in Builder.ExtractAsync(Stream(Enumerable.Repeat(Samples()[0], 1000)), 2, cts.Token))
            {
                if (++read == 3) await cts.CancelAsync();
            }
        };
        await act.Should().ThrowAsync<OperationCanceledException>();
        read.Should().BeLessThan(1000);
    }
}
