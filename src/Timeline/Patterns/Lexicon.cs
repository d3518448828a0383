using System.Runtime.InteropServices;
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
    // Open addressing over lower-cased keys: one multiplicative hash folded from the span with ASCII case folding
    // inline (no Marvin hashing, no allocation), slots of a power-of-two table, full hash compared before the key.
    private readonly string[] _keys;
    private readonly LexEntry[] _values;
    private readonly uint[] _hashes;
    private readonly int _mask;
    private readonly int _maxLength;

    internal Lexicon(IReadOnlyDictionary<string, LexEntry> entries, IReadOnlyList<string> tableNames)
    {
        Count = entries.Count;
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
        _ascii = new LexEntry?[128];
        for (char c = (char)0; c < 128; c++) _ascii[c] = Find([c]);
    }

    private readonly LexEntry?[] _ascii; // the entries of single ASCII characters

    // The hash and the comparison read four characters at a time. A character's hash value is its ASCII code with
    // the 0x20 bit set (which folds A-Z to a-z; other characters may meet, the comparison tells them apart) or, beyond
    // ASCII, its invariant lower case.
    private const ulong NonAscii = 0xFF80_FF80_FF80_FF80, CaseBits = 0x0020_0020_0020_0020;

    private static uint Hash(ReadOnlySpan<char> word)
    {
        ulong h = 0xCBF2_9CE4_8422_2325;
        int i = 0;
        for (; i + 4 <= word.Length; i += 4)
        {
            ulong x = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(word.Slice(i, 4)));
            x = (x & NonAscii) == 0 ? x | CaseBits : Fold(word[i]) | (ulong)Fold(word[i + 1]) << 16 | (ulong)Fold(word[i + 2]) << 32 | (ulong)Fold(word[i + 3]) << 48;
            h = (h ^ x) * 0x0000_0100_0000_01B3;
        }
        ulong tail = (ulong)word.Length << 48;
        for (int shift = 0; i < word.Length; i++, shift += 16) tail ^= (ulong)Fold(word[i]) << shift;
        h = (h ^ tail) * 0x0000_0100_0000_01B3;
        return (uint)(h ^ (h >> 29));
    }

    private static char Fold(char c) => c < 128 ? (char)(c | 0x20) : char.ToLowerInvariant(c);

    private static char Lower(char c) => c < 128 ? (char)(c | ((uint)(c - 'A') <= 'Z' - 'A' ? 0x20 : 0)) : char.ToLowerInvariant(c);

    private static bool EqualsLower(ReadOnlySpan<char> word, string lower)
    {
        if (word.Length != lower.Length) return false;
        var key = lower.AsSpan();
        int i = 0;
        for (; i + 4 <= word.Length; i += 4)
        {
            ulong x = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(word.Slice(i, 4)));
            ulong k = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(key.Slice(i, 4)));
            if ((x & NonAscii) == 0)
            {
                // A-Z to a-z in each 16-bit lane: bit 7 of (c + 0x3F) and not of (c + 0x25) marks 0x41 <= c < 0x5B.
                ulong upper = (x + 0x003F_003F_003F_003F) & ~(x + 0x0025_0025_0025_0025) & 0x0080_0080_0080_0080;
                if ((x | (upper >> 2)) != k) return false;
            }
            else
            {
                for (int j = i; j < i + 4; j++) if (Lower(word[j]) != key[j]) return false;
            }
        }
        for (; i < word.Length; i++) if (Lower(word[i]) != key[i]) return false;
        return true;
    }

    /// <summary>The names of the word tables, by index.</summary>
    public IReadOnlyList<string> TableNames { get; }

    /// <summary>Number of distinct words known.</summary>
    public int Count { get; }

    /// <summary>Looks a word up; null when unknown.</summary>
    public LexEntry? Lookup(ReadOnlySpan<char> word)
    {
        // One ASCII character (punctuation, "a"): a table.
        if (word.Length == 1 && word[0] < 128) return _ascii[word[0]];
        return Find(word);
    }

    private LexEntry? Find(ReadOnlySpan<char> word)
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
