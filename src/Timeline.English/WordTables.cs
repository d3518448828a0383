using System.Globalization;
using System.Reflection;
using Timeline.Patterns;

namespace Timeline.English;

/// <summary>
/// Reads the English word tables embedded from <c>Words/*.tsv</c>: one entry a line, <c>word TAB value</c>,
/// <c>#</c> comments. A malformed line fails loudly at build time, naming the file and line.
/// </summary>
internal static class WordTables
{
    private static readonly Assembly Assembly = typeof(WordTables).Assembly;

    /// <summary>The rows of table <paramref name="name"/> (without <c>.tsv</c>), values parsed by <paramref name="parse"/>.</summary>
    public static IEnumerable<KeyValuePair<string, T>> Rows<T>(string name, Func<string, T> parse)
    {
        var resource = $"Timeline.English.Words.{name}.tsv";
        using var stream = Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Word table '{name}.tsv' is not embedded.");
        using var reader = new StreamReader(stream);
        var rows = new List<KeyValuePair<string, T>>();
        int lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length != 2 || cells[0].Length == 0)
                throw new FormatException($"{name}.tsv:{lineNo}: expected 'word<TAB>value', got '{line}'.");
            try
            {
                rows.Add(new(cells[0], parse(cells[1])));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
            {
                throw new FormatException($"{name}.tsv:{lineNo}: bad value '{cells[1]}': {e.Message}", e);
            }
        }
        return rows;
    }

    public static WordTable<int> Ints(LexiconBuilder lex, string name) =>
        lex.Table(name, Rows(name, v => int.Parse(v, NumberStyles.None, CultureInfo.InvariantCulture)));

    public static WordTable<bool> Flags(LexiconBuilder lex, string name) =>
        lex.Table(name, Rows(name, v => bool.Parse(v)));

    public static WordTable<string> Strings(LexiconBuilder lex, string name) =>
        lex.Table(name, Rows(name, v => v));

    public static WordTable<TEnum> Enums<TEnum>(LexiconBuilder lex, string name) where TEnum : struct, Enum =>
        lex.Table(name, Rows(name, v => Enum.Parse<TEnum>(v, ignoreCase: false)));
}
