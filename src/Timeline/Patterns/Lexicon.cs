using System.Collections.Frozen;
using Timeline.Text;

namespace Timeline.Patterns;

/// <summary>
/// What the lexicon knows about one word (or symbol): its id, the word tables it belongs to and its value in each,
/// and the multi-token phrases of tables that begin with it.
/// </summary>
public sealed class LexEntry
{
    internal LexEntry(int id, ulong tables, object?[] values, Phrase[] phrases)
    {
        Id = id;
        Tables = tables;
        Values = values;
        Phrases = phrases;
        foreach (var p in phrases) Triggers |= 1UL << p.Table;
        Triggers |= tables;
    }

    /// <summary>The tables this word is in, or starts a phrase of: what rules it can trigger.</summary>
    internal ulong Triggers { get; }

    internal int Id { get; }

    internal ulong Tables { get; }

    internal object?[] Values { get; }

    internal Phrase[] Phrases { get; }

    internal bool InTable(int table) => (Tables & (1UL << table)) != 0;
}

/// <summary>A multi-token table entry (<c>a.m.</c>, <c>new year's day</c>): the words after the first, and how they touch.</summary>
internal sealed record Phrase(int Table, int[] Rest, bool[] Touching, object Value);

/// <summary>
/// The frozen vocabulary of a language: every word of its tables and every literal its rules use.
/// Looks up a token in one hash probe (case-insensitive, no allocation). Immutable and thread-safe.
/// </summary>
public sealed class Lexicon
{
    private readonly FrozenDictionary<string, LexEntry> _entries;
    private readonly FrozenDictionary<string, LexEntry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    internal Lexicon(FrozenDictionary<string, LexEntry> entries, IReadOnlyList<string> tableNames)
    {
        _entries = entries;
        _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        TableNames = tableNames;
    }

    /// <summary>The names of the word tables, by index.</summary>
    public IReadOnlyList<string> TableNames { get; }

    /// <summary>Number of distinct words known.</summary>
    public int Count => _entries.Count;

    /// <summary>Looks a word up; null when unknown.</summary>
    public LexEntry? Lookup(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var e) ? e : null;

    /// <summary>Tokenizes <paramref name="text"/> and looks every word and symbol up once.</summary>
    public TokenStream Analyze(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var entries = new LexEntry?[tokens.Length];
        var span = text.AsSpan();
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Number)
            {
                entries[i] = Lookup(span[t.Start..t.End]);
            }
        }
        return new TokenStream(text, tokens, entries);
    }
}
