using Timeline.Text;

namespace Timeline.Patterns;

/// <summary>
/// Collects word tables and literal words, then freezes them into a <see cref="Lexicon"/>.
/// Patterns made from it hold word ids, so they work only with the lexicon it builds.
/// </summary>
public sealed class LexiconBuilder
{
    /// <summary>At most this many tables: each is one bit of a token's class mask (the other bits hash literal words and numbers).</summary>
    public const int MaxTables = Requirement.FirstWordBit;

    private readonly Dictionary<string, Builder> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _tableNames = [];
    private bool _built;

    private sealed class Builder(int id)
    {
        public int Id { get; } = id;
        public ulong Tables;
        public readonly Dictionary<int, object> Values = [];
        public readonly List<Phrase> Phrases = [];
    }

    /// <summary>Registers a table of words or phrases, each with a value.</summary>
    /// <exception cref="ArgumentException">A key is empty or a phrase's first word repeats a key with another value.</exception>
    public WordTable<T> Table<T>(string name, IEnumerable<KeyValuePair<string, T>> rows) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(rows);
        var boxed = new List<KeyValuePair<string, object>>();
        foreach (var (key, value) in rows) boxed.Add(new(key, value));
        return Table<T>(name, boxed);
    }

    /// <summary>
    /// Registers a table of words or phrases whose values come boxed, each a <typeparamref name="T"/>: for tables read
    /// from data files, which then need no code compiled per value type.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A key is empty, a value is no <typeparamref name="T"/>, or a phrase's first word repeats a key with another value.
    /// </exception>
    public WordTable<T> Table<T>(string name, IReadOnlyList<KeyValuePair<string, object>> rows) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(rows);
        var (index, seconds) = AddTable(name, typeof(T), rows);
        return new WordTable<T>(name, index, seconds);
    }

    /// <summary>Adds the entries of a table; returns its index and the ids of its phrases' second words.</summary>
    private (int Index, int[] PhraseSeconds) AddTable(string name, Type valueType, IReadOnlyList<KeyValuePair<string, object>> rows)
    {
        ThrowIfBuilt();
        if (_tableNames.Count >= MaxTables) throw new InvalidOperationException($"A lexicon holds at most {MaxTables} tables.");
        int index = _tableNames.Count;
        var seconds = new HashSet<int>();
        _tableNames.Add(name);
        foreach (var (key, value) in rows)
        {
            if (!valueType.IsInstanceOfType(value))
                throw new ArgumentException($"Table '{name}': the value of '{key}' is no {valueType.Name}.", nameof(rows));
            var tokens = Tokenizer.Tokenize(key);
            if (tokens.Length == 0) throw new ArgumentException($"Table '{name}' has an empty key.", nameof(rows));
            var first = Entry(key[tokens[0].Start..tokens[0].End]);
            if (tokens.Length == 1)
            {
                if (first.Values.TryGetValue(index, out var old) && !Equals(old, value))
                    throw new ArgumentException($"Table '{name}': '{key}' is listed twice with different values ({old}, {value}).", nameof(rows));
                first.Tables |= 1UL << index;
                first.Values[index] = value;
            }
            else
            {
                var rest = new int[tokens.Length - 1];
                var touching = new bool[tokens.Length - 1];
                for (int k = 1; k < tokens.Length; k++)
                {
                    rest[k - 1] = Entry(key[tokens[k].Start..tokens[k].End]).Id;
                    touching[k - 1] = tokens[k].Gap == TokenGap.None;
                }
                first.Phrases.Add(new Phrase(index, rest, touching, value));
                seconds.Add(rest[0]);
            }
        }
        var phraseSeconds = seconds.ToArray();
        Array.Sort(phraseSeconds);
        return (index, phraseSeconds);
    }

    /// <summary>Registers a literal word or symbol and returns its id.</summary>
    public WordId Id(string word)
    {
        ThrowIfBuilt();
        var tokens = Tokenizer.Tokenize(word);
        if (tokens.Length != 1) throw new ArgumentException($"'{word}' is not one token; use Literal for phrases.", nameof(word));
        return new WordId(Entry(word).Id);
    }

    /// <summary>A pattern matching a literal word or phrase, case-insensitively (<c>ago</c>, <c>more than</c>, <c>a.m.</c>).</summary>
    public Pattern<Nothing> Literal(string phrase)
    {
        ThrowIfBuilt();
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Length == 0) throw new ArgumentException("A literal cannot be empty.", nameof(phrase));
        var ids = new int[tokens.Length];
        var touching = new bool[tokens.Length];
        for (int k = 0; k < tokens.Length; k++)
        {
            var t = tokens[k];
            ids[k] = tokens[k].Kind == TokenKind.Number ? -1 - (int)Math.Min(t.NumberIn(phrase), int.MaxValue - 1) : Entry(phrase[t.Start..t.End]).Id;
            touching[k] = k > 0 && t.Gap == TokenGap.None;
        }
        return new LiteralPattern(ids, touching, phrase);
    }

    /// <summary>A pattern matching any one of the literal words or phrases (the longest that matches).</summary>
    public Pattern<Nothing> Literal(params string[] phrases) =>
        phrases.Length == 1 ? Literal(phrases[0]) : new LiteralSetPattern([.. phrases.Select(p => (LiteralPattern)Literal(p))]);

    /// <summary>Freezes everything registered into a lexicon. The builder cannot be used afterwards.</summary>
    public Lexicon Build()
    {
        ThrowIfBuilt();
        _built = true;
        var entries = new Dictionary<string, LexEntry>(_words.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (word, b) in _words)
        {
            var values = new object?[_tableNames.Count];
            foreach (var (t, v) in b.Values) values[t] = v;
            var phrases = b.Phrases.OrderByDescending(p => p.Rest.Length).ToArray();
            entries.Add(word, new LexEntry(b.Id, b.Tables, values, phrases));
        }
        return new Lexicon(entries, [.. _tableNames]);
    }

    private Builder Entry(string word)
    {
        if (!_words.TryGetValue(word, out var b))
        {
            b = new Builder(_words.Count);
            _words.Add(word, b);
        }
        return b;
    }

    private void ThrowIfBuilt()
    {
        if (_built) throw new InvalidOperationException("This lexicon builder has already been built.");
    }
}
