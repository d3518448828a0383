using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Timeline.Benchmarks;

/// <summary>One article to tag: its text and, when the corpus gives one, its publication date.</summary>
public sealed record NewsDocument(string Text, LocalDate? Published);

/// <summary>
/// The news text the benchmarks tag, built in memory at run time and never stored in the repository:
/// <list type="bullet">
/// <item><c>samples</c>: the bundled <c>samples/*.txt</c> articles, repeated until they reach about 1 MB (no dates given:
/// the tagger finds each article's date in its text, as <c>timeline timexes samples</c> does).</item>
/// <item><c>te3</c>: the texts of the TempEval-3 training corpora (<c>../shared/data/te3-train/*.jsonl</c> beside the
/// repository, or <c>$TIMELINE_TE3_DIR</c>), with their creation dates, repeated to about 1 MB; only when present.</item>
/// </list>
/// Documents stay separate (one <c>Tag</c> call each), as articles are tagged in practice.
/// </summary>
public sealed class NewsCorpus
{
    /// <summary>About how many UTF-8 bytes of text a corpus holds.</summary>
    public const int TargetBytes = 1_000_000;

    public const string Samples = "samples";
    public const string TempEval3 = "te3";

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

    /// <summary>The corpora that can be built on this machine.</summary>
    public static IEnumerable<string> Available()
    {
        yield return Samples;
        if (TempEval3Files().Length > 0) yield return TempEval3;
    }

    /// <summary>Builds (once per process) the corpus named <paramref name="name"/>.</summary>
    public static NewsCorpus Load(string name) => Cache.GetOrAdd(name, n => n switch
    {
        Samples => new NewsCorpus(n, Repeat(LoadSamples())),
        TempEval3 => new NewsCorpus(n, Repeat(LoadTempEval3())),
        _ => throw new ArgumentException($"Unknown corpus '{n}'.", nameof(name)),
    });

    private static List<NewsDocument> LoadSamples()
    {
        var folder = Path.Combine(RepositoryRoot(), "samples");
        return [.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(f => new NewsDocument(File.ReadAllText(f), null))];
    }

    private static List<NewsDocument> LoadTempEval3()
    {
        var documents = new List<NewsDocument>();
        foreach (var file in TempEval3Files())
        {
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                LocalDate? dct = root.TryGetProperty("dct", out var d) && d.ValueKind == JsonValueKind.String
                    && LocalDatePattern.Iso.Parse(d.GetString()!) is { Success: true } parsed ? parsed.Value : null;
                documents.Add(new NewsDocument(root.GetProperty("text").GetString()!, dct));
            }
        }
        return documents;
    }

    private static List<NewsDocument> Repeat(List<NewsDocument> documents)
    {
        if (documents.Count == 0) throw new InvalidOperationException("The corpus has no documents.");
        var result = new List<NewsDocument>();
        long bytes = 0;
        while (bytes < TargetBytes)
        {
            foreach (var d in documents)
            {
                result.Add(d);
                bytes += Encoding.UTF8.GetByteCount(d.Text);
            }
        }
        return result;
    }

    private static string[] TempEval3Files()
    {
        var folder = Environment.GetEnvironmentVariable("TIMELINE_TE3_DIR");
        if (string.IsNullOrEmpty(folder))
        {
            var root = TryRepositoryRoot();
            if (root is null) return [];
            folder = Path.Combine(root, "..", "shared", "data", "te3-train");
        }
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal)] : [];
    }

    private static string RepositoryRoot() =>
        TryRepositoryRoot() ?? throw new InvalidOperationException($"No Timeline.sln above {AppContext.BaseDirectory}; run from the repository.");

    // BenchmarkDotNet runs benchmarks from a generated project below bin/, so walk up from the running assembly.
    private static string? TryRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln"))) return dir.FullName;
        }
        return null;
    }
}
