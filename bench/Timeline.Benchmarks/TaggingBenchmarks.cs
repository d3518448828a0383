using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Timeline.Patterns;
using Timeline.Pipeline;
using Timeline.Text;

namespace Timeline.Benchmarks;

/// <summary>
/// Single-threaded tagging throughput on news text. One operation tags every document of a ~1 MB corpus
/// (<see cref="NewsCorpus"/>) once.
/// <para>Reading the results: the <c>MB/s</c> column is corpus bytes / mean time (KB/s = MB/s × 1000); the
/// <c>Allocated</c> column (from <c>[MemoryDiagnoser]</c>) is bytes allocated per operation, and <c>Alloc/KB</c>
/// divides it by the corpus size in KB. By hand: KB/s = (corpus bytes / 1000) / (Mean in seconds);
/// allocation per KB = Allocated / (corpus bytes / 1000). Corpus sizes are printed at setup.</para>
/// Run: <c>dotnet run -c Release --project bench/Timeline.Benchmarks -- --filter '*'</c>
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
[Config(typeof(Config))]
public class TaggingBenchmarks
{
    private TemporalTagger _tagger = null!;
    private TemporalLanguage _language = null!;
    private NewsCorpus _corpus = null!;

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = NewsCorpus.Samples;

    public static IEnumerable<string> Corpora => NewsCorpus.Available();

    [GlobalSetup]
    public void Setup()
    {
        _tagger = English.English.CreateTagger();
        _language = English.English.Language;
        _corpus = NewsCorpus.Load(Corpus);
        Console.WriteLine($"// Corpus '{_corpus.Name}': {_corpus.Documents.Count} documents, {_corpus.Utf8Bytes:N0} UTF-8 bytes");
    }

    /// <summary>Both stages: the whole tagger: recognition, publication date (given, or found in the text), tense and resolution.</summary>
    [Benchmark]
    public int Tag()
    {
        int count = 0;
        foreach (var d in _corpus.Documents) count += _tagger.Tag(d.Text, d.Published).Expressions.Count;
        return count;
    }

    /// <summary>Stage 1a: the tokenizer alone.</summary>
    [Benchmark]
    public int Tokenize()
    {
        int count = 0;
        foreach (var d in _corpus.Documents) count += Tokenizer.Tokenize(d.Text).Length;
        return count;
    }

    /// <summary>Stage 1b: tokenizing and one lexicon lookup per token.</summary>
    [Benchmark]
    public int LookUp()
    {
        int count = 0;
        foreach (var d in _corpus.Documents) count += _language.Lexicon.Analyze(d.Text).Count;
        return count;
    }

    /// <summary>Stage 1: recognition alone: tokenizing, one lexicon lookup per token, and the trigger-indexed rule scan.</summary>
    [Benchmark]
    public int Recognize()
    {
        int count = 0;
        foreach (var d in _corpus.Documents)
        {
            TokenStream tokens = _language.Lexicon.Analyze(d.Text);
            count += _language.Rules.Scan(tokens).Count;
        }
        return count;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.AllocatedPerKilobyte);
        }
    }
}
