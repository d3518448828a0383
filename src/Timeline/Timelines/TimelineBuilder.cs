using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Timeline.Events;

namespace Timeline.Timelines;

/// <summary>
/// Turns a stream of articles into a timeline: articles are read one by one (on several threads when asked), so a
/// corpus of any size streams through in flat memory apart from the timeline itself. Output order does not depend on
/// thread timing: results come in input order, and the timeline depends only on the set of mentions.
/// </summary>
public sealed class TimelineBuilder
{
    private readonly EventExtractor _extractor;

    /// <summary>Creates a builder over <paramref name="extractor"/> (for English: <c>English.CreateExtractor()</c>).</summary>
    public TimelineBuilder(EventExtractor extractor) => _extractor = extractor ?? throw new ArgumentNullException(nameof(extractor));

    /// <summary>
    /// Reads each article, yielding what was found in input order. Up to <paramref name="parallelism"/> articles are
    /// read at once (default: the processor count); at most twice that many are in flight.
    /// </summary>
    public async IAsyncEnumerable<ArticleEvents> ExtractAsync(
        IAsyncEnumerable<Article> articles, int parallelism = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        int workers = parallelism > 0 ? parallelism : Environment.ProcessorCount;
        // A bounded channel of tasks in input order: reading runs ahead by at most 2 × workers articles.
        var pending = Channel.CreateBounded<Task<ArticleEvents>>(new BoundedChannelOptions(2 * workers) { SingleReader = true, SingleWriter = true });
        using var gate = new SemaphoreSlim(workers);
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                    var work = Task.Run(() =>
                    {
                        try { return _extractor.Extract(article); }
                        finally { gate.Release(); }
                    }, cancellationToken);
                    await pending.Writer.WriteAsync(work, cancellationToken).ConfigureAwait(false);
                }
                pending.Writer.Complete();
            }
            catch (Exception e)
            {
                pending.Writer.Complete(e);
            }
        }, cancellationToken);

        await foreach (var work in pending.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return await work.ConfigureAwait(false);
        }
        await producer.ConfigureAwait(false);
    }

    /// <summary>Reads every article and builds their timeline.</summary>
    public async Task<EventTimeline> BuildAsync(IAsyncEnumerable<Article> articles, int parallelism = 0, CancellationToken cancellationToken = default)
    {
        var documents = new List<TimelineDocument>();
        var observations = new List<Observation>();
        await foreach (var a in ExtractAsync(articles, parallelism, cancellationToken).ConfigureAwait(false))
        {
            documents.Add(new TimelineDocument(a.Id, a.Publication.Date, a.Publication.Source));
            observations.AddRange(a.Observations);
        }
        return EventTimeline.Build(documents, observations, parallelism > 0 ? parallelism : Environment.ProcessorCount);
    }

    /// <summary>Reads every article (synchronously, in order) and builds their timeline.</summary>
    public EventTimeline Build(IEnumerable<Article> articles) => EventTimeline.From(articles.Select(_extractor.Extract));
}
