using System.Collections.Concurrent;
using System.Text;
using NodaTime;
using Timeline.Benchmarks.Corpus;

namespace Timeline.Benchmarks;

/// <summary>One article to read: its id, its text and, when the corpus gives one, its publication date.</summary>
public sealed record NewsDocument(string Id, string Text, LocalDate? Published);

/// <summary>
/// The news text the benchmarks read, built in memory at run time and never stored in the repository:
/// <list type="bullet">
/// <item><c>samples</c>: the bundled <c>samples/*.txt</c> articles, repeated until they reach about 1 MB (no dates given:
/// the tagger finds each article's date in its text, as <c>timeline timexes samples</c> does).</item>
/// <item><c>te3</c>: the texts of the TempEval-3 training corpora (see <see cref="SourceArticles"/>), with their
/// creation dates, repeated to about 1 MB; only when present.</item>
/// <item><c>news</c>: the first 2 MB of the generated corpus (<see cref="CorpusGenerator"/>, what
/// <c>bench/corpus/make-corpus.sh</c> writes): every source article once, then distinct variants of them. Built from the
/// samples alone when the shared data is absent.</item>
/// </list>
/// Documents stay separate (one call each), as articles are read in practice.
/// </summary>
public sealed class NewsCorpus
{
    /// <summary>About how many UTF-8 bytes of text the repeated corpora hold.</summary>
    public const int TargetBytes = 1_000_000;

    /// <summary>About how many UTF-8 bytes of text the slice of the generated corpus holds.</summary>
    public const int SliceBytes = 2_000_000;

    public const string Samples = "samples";
    public const string TempEval3 = "te3";
    public const string News = "news";

    private static readonly ConcurrentDictionary<string, NewsCorpus> Cache = new();

    private NewsCorpus(string name, IReadOnlyList<NewsDocument> documents)
    {
        Name = name;
        Documents = documents;
        Utf8Bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
    }

    public string Name { get; }

    public IReadOnlyList<NewsDocument> Documents { get; }

    /// <summary>The size of all texts in UTF-8 bytes: what the throughput columns divide by.</summary>
    public long Utf8Bytes { get; }

    /// <summary>The repeated corpora that can be built on this machine.</summary>
    public static IEnumerable<string> Available()
    {
        yield return Samples;
        if (SourceArticles.TempEval3().Count > 0) yield return TempEval3;
    }

    /// <summary>Builds (once per process) the corpus named <paramref name="name"/>.</summary>
    public static NewsCorpus Load(string name) => Cache.GetOrAdd(name, n => n switch
    {
        Samples => new NewsCorpus(n, Repeat(SourceArticles.Samples())),
        TempEval3 => new NewsCorpus(n, Repeat(SourceArticles.TempEval3())),
        News => new NewsCorpus(n, [.. new CorpusGenerator(SourceArticles.All()).Articles(SliceBytes).Select(ToDocument)]),
        _ => throw new ArgumentException($"Unknown corpus '{n}'.", nameof(name)),
    });

    private static NewsDocument ToDocument(SourceArticle a) => new(a.Id, a.Text, a.Dct);

    private static List<NewsDocument> Repeat(IReadOnlyList<SourceArticle> articles)
    {
        if (articles.Count == 0) throw new InvalidOperationException("The corpus has no documents.");
        var result = new List<NewsDocument>();
        long bytes = 0;
        while (bytes < TargetBytes)
        {
            foreach (var a in articles)
            {
                result.Add(ToDocument(a));
                bytes += Encoding.UTF8.GetByteCount(a.Text);
            }
        }
        return result;
    }
}
