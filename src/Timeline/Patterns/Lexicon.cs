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

    // Open addressing over lower-cased keys: one multiplicative hash folded from the span with ASCII case folding
    // inline (no Marvin hashing, no allocation), slots of a power-of-two table, full hash compared before the key.
    private readonly string[] _keys;
    private readonly LexEntry[] _values;
    private readonly uint[] _hashes;
    private readonly int _mask;
    private readonly int _maxLength;

    internal Lexicon(FrozenDictionary<string, LexEntry> entries, IReadOnlyList<string> tableNames)
    {
        _entries = entries;
        TableNames = tableNames;
        int capacity = 16;
        while (capacity < entries.Count * 3) capacity <<= 1;
        _keys = new string[capacity];
        _values = new LexEntry[capacity];
        _hashes = new uint[capacity];
        _mask = capacity - 1;
        foreach (var (key, entry) in entries)
        {
            var lower = key.ToLowerInvariant();
            uint h = Hash(lower);
            int slot = (int)(h & (uint)_mask);
            while (_keys[slot] is not null) slot = (slot + 1) & _mask;
            _keys[slot] = lower;
            _values[slot] = entry;
            _hashes[slot] = h;
            _maxLength = Math.Max(_maxLength, lower.Length);
        }
    }

    private static uint Hash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261;
        foreach (char c in word)
        {
            char f = c < 128 ? (char)(c | ((uint)(c - 'A') <= 'Z' - 'A' ? 0x20 : 0)) : char.ToLowerInvariant(c);
            h = (h ^ f) * 16777619;
        }
        return h;
    }

    private static bool EqualsLower(ReadOnlySpan<char> word, string lower)
    {
        if (word.Length != lower.Length) return false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            char f = c < 128 ? (char)(c | ((uint)(c - 'A') <= 'Z' - 'A' ? 0x20 : 0)) : char.ToLowerInvariant(c);
            if (f != lower[i]) return false;
        }
        return true;
    }

    /// <summary>The names of the word tables, by index.</summary>
    public IReadOnlyList<string> TableNames { get; }

    /// <summary>Number of distinct words known.</summary>
    public int Count => _entries.Count;

    /// <summary>Looks a word up; null when unknown.</summary>
    public LexEntry? Lookup(ReadOnlySpan<char> word)
    {
        if (word.Length > _maxLength) return null;
        uint h = Hash(word);
        for (int slot = (int)(h & (uint)_mask); _keys[slot] is { } key; slot = (slot + 1) & _mask)
        {
            if (_hashes[slot] == h && EqualsLower(word, key)) return _values[slot];
        }
        return null;
    }

    /// <summary>Tokenizes <paramref name="text"/> and looks every word and symbol up once.</summary>
    public TokenStream Analyze(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var entries = new LexEntry?[tokens.Length];
        var classes = new ulong[tokens.Length];
        var span = text.AsSpan();
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Number)
            {
                classes[i] = Requirement.NumberBit;
            }
            else if (Lookup(span[t.Start..t.End]) is { } e)
            {
                entries[i] = e;
                classes[i] = e.Triggers;
            }
        }
        return new TokenStream(text, tokens, entries, classes);
    }
}
