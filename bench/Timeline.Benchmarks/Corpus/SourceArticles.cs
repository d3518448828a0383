using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Timeline.Benchmarks.Corpus;

/// <summary>A real article the generated corpus is built from: its id, publication date (null when the text's dateline gives it) and text.</summary>
public sealed record SourceArticle(string Id, LocalDate? Dct, string Text);

/// <summary>
/// Loads the real news the corpus is built from, at run time, from where it lies on this machine; none of it is stored
/// in the repository:
/// <list type="bullet">
/// <item>the seed articles <c>samples/*.txt</c> (always; no date given, each has a dateline);</item>
/// <item>the TempEval-3 training corpora <c>te3-train/*.jsonl</c> and the MEANTIME trial articles
/// <c>meantime-trial/docs.jsonl</c> of the shared data folder (<c>$TIMELINE_SHARED_DATA</c>, or a <c>shared/data</c>
/// folder beside the repository or beside one of its parents), when present.</item>
/// </list>
/// </summary>
public static class SourceArticles
{
    /// <summary>The seed articles alone.</summary>
    public static IReadOnlyList<SourceArticle> Samples() =>
        [.. Directory.GetFiles(Path.Combine(Repository.Root(), "samples"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new SourceArticle(Path.GetFileNameWithoutExtension(f), null, File.ReadAllText(f)))];

    /// <summary>The TempEval-3 texts with their creation dates; empty when the shared data is absent.</summary>
    public static IReadOnlyList<SourceArticle> TempEval3() =>
        SharedDataFolder() is { } folder && Directory.Exists(Path.Combine(folder, "te3-train"))
            ? [.. Directory.GetFiles(Path.Combine(folder, "te3-train"), "*.jsonl").Order(StringComparer.Ordinal).SelectMany(f => ReadJsonLines(f, ""))]
            : [];

    /// <summary>The MEANTIME (Wikinews) texts with their dates; empty when the shared data is absent.</summary>
    public static IReadOnlyList<SourceArticle> Meantime() =>
        SharedDataFolder() is { } folder && File.Exists(Path.Combine(folder, "meantime-trial", "docs.jsonl"))
            ? [.. ReadJsonLines(Path.Combine(folder, "meantime-trial", "docs.jsonl"), "wikinews-")]
            : [];

    /// <summary>Every source available on this machine: the samples, then the shared corpora if present.</summary>
    public static IReadOnlyList<SourceArticle> All() => [.. Samples(), .. TempEval3(), .. Meantime()];

    /// <summary>The shared data folder, or null when it is not on this machine.</summary>
    public static string? SharedDataFolder()
    {
        var configured = Environment.GetEnvironmentVariable("TIMELINE_SHARED_DATA");
        if (!string.IsNullOrEmpty(configured)) return Directory.Exists(configured) ? configured : null;
        if (Repository.TryRoot() is not { } root) return null;
        // The repository may be a worktree one or two levels below the folder that holds shared/.
        for (var dir = new DirectoryInfo(root).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static IEnumerable<SourceArticle> ReadJsonLines(string file, string idPrefix)
    {
        foreach (var line in File.ReadLines(file))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            LocalDate? dct = root.TryGetProperty("dct", out var d) && d.ValueKind == JsonValueKind.String
                && LocalDatePattern.Iso.Parse(d.GetString()!) is { Success: true } parsed ? parsed.Value : null;
            var id = root.GetProperty("id");
            var name = id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
            yield return new SourceArticle(idPrefix + name, dct, root.GetProperty("text").GetString()!);
        }
    }
}

/// <summary>Finds the repository the benchmarks run from.</summary>
public static class Repository
{
    /// <summary>The folder holding <c>Timeline.sln</c>.</summary>
    public static string Root() =>
        TryRoot() ?? throw new InvalidOperationException($"No Timeline.sln above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}; run from the repository.");

    /// <summary>The folder holding <c>Timeline.sln</c>, or null.</summary>
    public static string? TryRoot() => Above(AppContext.BaseDirectory) ?? Above(Environment.CurrentDirectory);

    // BenchmarkDotNet runs benchmarks from a generated project below bin/, so walk up from the running assembly.
    private static string? Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln"))) return dir.FullName;
        }
        return null;
    }
}
