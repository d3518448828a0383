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

    /// <summary>
    /// The rows of table <paramref name="name"/> (without <c>.tsv</c>), values parsed by <paramref name="parse"/>. Not
    /// generic, nor are the parsers: code generic on the value type would be compiled once per table type at start-up.
    /// </summary>
    public static List<KeyValuePair<string, object>> Rows(string name, Func<string, object> parse)
    {
        var resource = $"Timeline.English.Words.{name}.tsv";
        using var stream = Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Word table '{name}.tsv' is not embedded.");
        using var reader = new StreamReader(stream);
        var rows = new List<KeyValuePair<string, object>>();
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
        lex.Table<int>(name, Rows(name, v => int.Parse(v, NumberStyles.None, CultureInfo.InvariantCulture)));

    public static WordTable<bool> Flags(LexiconBuilder lex, string name) =>
        lex.Table<bool>(name, Rows(name, v => bool.Parse(v)));

    public static WordTable<string> Strings(LexiconBuilder lex, string name) =>
        lex.Table<string>(name, Rows(name, v => v));

    public static WordTable<TEnum> Enums<TEnum>(LexiconBuilder lex, string name) where TEnum : struct, Enum =>
        lex.Table<TEnum>(name, Rows(name, EnumParser(typeof(TEnum))));

    private static Func<string, object> EnumParser(Type type) => v => Enum.Parse(type, v, ignoreCase: false);
}
