using NodaTime;
using NodaTime.Text;

namespace Timeline.Tests.Corpus;

/// <summary>Reads the example corpora copied next to the test assembly (<c>Corpus/*.tsv</c>).</summary>
public static class CorpusFile
{
    /// <summary>The positive corpora, one per rule file group.</summary>
    public static readonly string[] PositiveFiles =
    [
        "absolute-dates.tsv", "days.tsv", "periods.tsv", "year-parts.tsv", "durations.tsv",
        "anchored.tsv", "times.tsv", "sets.tsv", "references.tsv",
    ];

    /// <summary>The negative corpus: strings that are not time expressions.</summary>
    public const string NegativeFile = "negative.tsv";

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    private static readonly Lazy<IReadOnlyList<CorpusExample>> PositiveCache = new(() => PositiveFiles.SelectMany(f => Read(f)).ToList());

    private static readonly Lazy<IReadOnlyList<CorpusExample>> NegativeCache = new(() => Read(NegativeFile).ToList());

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IReadOnlyList<CorpusExample> Positive => PositiveCache.Value;

    public static IReadOnlyList<CorpusExample> Negative => NegativeCache.Value;

    /// <summary>The raw lines of a corpus file that are neither blank nor comments, with their 1-based line numbers.</summary>
    public static IEnumerable<(int Line, string Text)> DataLines(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Directory, file));
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#') || string.IsNullOrWhiteSpace(line)) continue;
            yield return (i + 1, line);
        }
    }

    /// <summary>Parses a data line; null with a reason when it is malformed.</summary>
    public static CorpusExample? Parse(string file, int line, string text, bool negative, out string? error)
    {
        var fields = text.Split('\t');
        int expected = negative ? 3 : 4;
        if (fields.Length != expected)
        {
            error = $"{fields.Length} tab-separated fields, expected {expected}";
            return null;
        }
        if (!TryParseReference(fields[0], out var reference) && fields[0] != "-")
        {
            error = $"reference '{fields[0]}' is neither YYYY-MM-DD nor -";
            return null;
        }
        if (fields[1].Length == 0 || fields[2].Length == 0)
        {
            error = "empty text or span";
            return null;
        }
        if (fields[2] != "*" || !negative)
        {
            if (!fields[1].Contains(fields[2], StringComparison.Ordinal))
            {
                error = $"'{fields[2]}' is not a substring of the text";
                return null;
            }
        }
        if (!negative && (fields[3].Length == 0 || fields[3].Any(char.IsWhiteSpace)))
        {
            error = $"value '{fields[3]}' is empty or has spaces";
            return null;
        }
        error = null;
        return new CorpusExample(file, line, reference, fields[1], fields[2], negative ? null : fields[3]);
    }

    public static bool TryParseReference(string s, out LocalDate? date)
    {
        date = null;
        if (s == "-") return true;
        var r = DatePattern.Parse(s);
        if (!r.Success) return false;
        date = r.Value;
        return true;
    }

    public static string FormatDate(LocalDate d) => DatePattern.Format(d);

    private static IEnumerable<CorpusExample> Read(string file)
    {
        bool negative = file == NegativeFile;
        foreach (var (line, text) in DataLines(file))
        {
            var example = Parse(file, line, text, negative, out var error);
            if (example is null) throw new FormatException($"{file}:{line}: {error}");
            yield return example;
        }
    }

    /// <summary>Where <paramref name="part"/> occurs in <paramref name="text"/>.</summary>
    public static IEnumerable<int> Occurrences(string text, string part)
    {
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
            yield return at;
    }
}
