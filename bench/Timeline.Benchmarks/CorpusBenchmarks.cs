using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Timeline.Events;
using Timeline.Pipeline;

namespace Timeline.Benchmarks;

/// <summary>
/// Library-level throughput over a 2 MB slice of the generated news corpus (<see cref="NewsCorpus.News"/>): one
/// operation reads every article of the slice once, with <c>Tag</c> (temporal expressions) or <c>Extract</c> (events),
/// on one thread or on every core (<c>Parallel.For</c> over the articles, one shared tagger or extractor).
/// <para>Columns: <c>MB/s</c> and <c>Articles/s</c> divide the slice by the mean wall time of an operation (for the
/// parallel methods, of all cores together); <c>Alloc/article</c> divides <c>Allocated</c> (every thread's allocations,
/// from <c>[MemoryDiagnoser]</c>) by the number of articles.</para>
/// Run: <c>dotnet run -c Release --project bench/Timeline.Benchmarks -- --filter '*CorpusBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
[Config(typeof(Config))]
public class CorpusBenchmarks
{
    private TemporalTagger _tagger = null!;
    private EventExtractor _extractor = null!;
    private NewsCorpus _corpus = null!;
    private Article[] _articles = null!;

    [Params(NewsCorpus.News)]
    public string Corpus { get; set; } = NewsCorpus.News;

    [GlobalSetup]
    public void Setup()
    {
        _tagger = English.English.CreateTagger();
        _extractor = English.English.CreateExtractor();
        _corpus = NewsCorpus.Load(Corpus);
        _articles = [.. _corpus.Documents.Select(d => new Article(d.Id, d.Text, d.Published))];
        Console.WriteLine($"// Corpus '{_corpus.Name}': {_corpus.Documents.Count} documents, {_corpus.Utf8Bytes:N0} UTF-8 bytes, {Environment.ProcessorCount} cores");
    }

    /// <summary>Temporal expressions of every article, one thread.</summary>
    [Benchmark]
    public int Tag()
    {
        int count = 0;
        foreach (var d in _corpus.Documents) count += _tagger.Tag(d.Text, d.Published).Expressions.Count;
        return count;
    }

    /// <summary>Events of every article, one thread (tagging included).</summary>
    [Benchmark]
    public int Extract()
    {
        int count = 0;
        foreach (var a in _articles) count += _extractor.Extract(a).Observations.Count;
        return count;
    }

    /// <summary>Temporal expressions of every article, on every core.</summary>
    [Benchmark]
    public int TagParallel()
    {
        int count = 0;
        var documents = _corpus.Documents;
        Parallel.For(0, documents.Count, () => 0, (k, _, sum) => sum + _tagger.Tag(documents[k].Text, documents[k].Published).Expressions.Count,
            sum => Interlocked.Add(ref count, sum));
        return count;
    }

    /// <summary>Events of every article, on every core.</summary>
    [Benchmark]
    public int ExtractParallel()
    {
        int count = 0;
        Parallel.For(0, _articles.Length, () => 0, (k, _, sum) => sum + _extractor.Extract(_articles[k]).Observations.Count,
            sum => Interlocked.Add(ref count, sum));
        return count;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.ArticlesPerSecond, ThroughputColumn.AllocatedPerArticle);
        }
    }
}
