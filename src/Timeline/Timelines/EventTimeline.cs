using NodaTime;
using Timeline.Events;
using Timeline.Temporal;

namespace Timeline.Timelines;

/// <summary>A document of a timeline: its id and publication date.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Published">The publication date used, or null.</param>
/// <param name="PublishedFrom">Where it came from.</param>
public sealed record TimelineDocument(string Id, NodaTime.LocalDate? Published, PublicationDateSource PublishedFrom);

/// <summary>
/// A timeline: documents and the events merged from all their mentions, ordered by date (dated events first, then
/// planned, then undated). It keeps every mention, so timelines of corpus shards can be merged in any order and
/// grouping to the same result (<see cref="Merge"/> is associative and commutative). Immutable.
/// </summary>
public sealed class EventTimeline
{
    private EventTimeline(IReadOnlyList<TimelineDocument> documents, IReadOnlyList<TimelineEvent> events)
    {
        Documents = documents;
        Events = events;
    }

    /// <summary>The empty timeline (the identity of <see cref="Merge"/>).</summary>
    public static EventTimeline Empty { get; } = new([], []);

    /// <summary>The documents, ordered by id.</summary>
    public IReadOnlyList<TimelineDocument> Documents { get; }

    /// <summary>The events: dated ones by date, then planned, then undated.</summary>
    public IReadOnlyList<TimelineEvent> Events { get; }

    /// <summary>Every mention of every event.</summary>
    public IEnumerable<Observation> Observations => Events.SelectMany(e => e.Mentions);

    /// <summary>Builds a timeline from articles read by an <see cref="EventExtractor"/>.</summary>
    public static EventTimeline From(IEnumerable<ArticleEvents> articles) => From(articles, parallelism: 1);

    /// <summary>
    /// Builds a timeline from articles read by an <see cref="EventExtractor"/>, on up to <paramref name="parallelism"/>
    /// threads (the result is the same for any number).
    /// </summary>
    public static EventTimeline From(IEnumerable<ArticleEvents> articles, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var list = articles as IReadOnlyList<ArticleEvents> ?? articles.ToList();
        var documents = new TimelineDocument[list.Count];
        for (int i = 0; i < documents.Length; i++) documents[i] = new TimelineDocument(list[i].Id, list[i].Publication.Date, list[i].Publication.Source);
        // An article's mentions name it (as the extractor makes them): they are already its document's mentions, which the
        // merge would otherwise find by looking up every mention's document.
        var byDocument = EventMerger.ByArticle(list, parallelism);
        return byDocument is null
            ? Build(documents, list.SelectMany(a => a.Observations), parallelism)
            : Build(OnePerId(documents), byDocument, parallelism);
    }

    private static EventTimeline Build(List<TimelineDocument> documents, List<Observation>[] byDocument, int parallelism) =>
        new(documents, EventMerger.Merge(byDocument, Published(documents), parallelism));

    /// <summary>Builds a timeline from documents and mentions; the result depends only on the two sets, not their order.</summary>
    public static EventTimeline Build(IEnumerable<TimelineDocument> documents, IEnumerable<Observation> observations) =>
        Build(documents, observations, parallelism: 1);

    /// <summary>
    /// Builds a timeline from documents and mentions on up to <paramref name="parallelism"/> threads: each document's
    /// mentions are grouped, and each event is built, independently of the others. The result depends only on the two
    /// sets, not their order or the number of threads.
    /// </summary>
    public static EventTimeline Build(IEnumerable<TimelineDocument> documents, IEnumerable<Observation> observations, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(observations);
        var docs = OnePerId(documents.ToArray());
        // Each mention once (a shard merged twice adds nothing): the merge drops repeated keys, document by document.
        var events = EventMerger.Merge(observations, Published(docs), parallelism);
        return new EventTimeline(docs, events);
    }

    /// <summary>Each id once, with its earliest publication date (none first) and, among those, the first source by value; by id.</summary>
    private static List<TimelineDocument> OnePerId(TimelineDocument[] all)
    {
        Array.Sort(all, static (a, b) =>
        {
            int c = string.CompareOrdinal(a.Id, b.Id);
            if (c == 0) c = Nullable.Compare(a.Published, b.Published);
            return c != 0 ? c : a.PublishedFrom.CompareTo(b.PublishedFrom);
        });
        var docs = new List<TimelineDocument>(all.Length);
        foreach (var d in all)
        {
            if (docs.Count == 0 || !string.Equals(docs[^1].Id, d.Id, StringComparison.Ordinal)) docs.Add(d);
        }
        return docs;
    }

    /// <summary>The publication date of each document, by id.</summary>
    private static Dictionary<string, LocalDate?> Published(List<TimelineDocument> documents)
    {
        var published = new Dictionary<string, LocalDate?>(documents.Count, StringComparer.Ordinal);
        foreach (var d in documents) published[d.Id] = d.Published;
        return published;
    }

    /// <summary>Merges two timelines: the timeline of all their documents and mentions. Associative and commutative.</summary>
    public static EventTimeline Merge(EventTimeline a, EventTimeline b) =>
        Build(a.Documents.Concat(b.Documents), a.Observations.Concat(b.Observations));

    /// <summary>
    /// The events of the given types only (every document stays), for a timeline without the types a reader does not
    /// want, such as <see cref="EventType.Other"/>. The events are those of the whole timeline, kept as they are: built
    /// from every mention, then chosen.
    /// </summary>
    public EventTimeline OfTypes(IEnumerable<EventType> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var keep = new HashSet<EventType>(types);
        var events = new List<TimelineEvent>();
        foreach (var e in Events)
        {
            if (keep.Contains(e.Type)) events.Add(e);
        }
        return new EventTimeline(Documents, events);
    }

    /// <summary>Merges this timeline with <paramref name="other"/>.</summary>
    public EventTimeline MergeWith(EventTimeline other) => Merge(this, other);
}
