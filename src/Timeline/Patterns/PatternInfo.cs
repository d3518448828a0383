using Timeline.Text;

namespace Timeline.Patterns;

/// <summary>
/// What a rule set needs to know of a pattern before it scans: the tokens it can start with, whether it can match nothing,
/// its first two tokens, the tokens it requires nearby and a suffix its first token must have. Every
/// <see cref="Pattern{T}"/> carries one, built with it from its parts' (<see cref="Pattern.Info"/>).
/// </summary>
/// <remarks>
/// Not generic on purpose: a grammar makes patterns of many value types, and analysis written in the generic pattern
/// classes would be compiled once per instantiation at start-up (over a thousand methods for the English grammar).
/// Immutable; each answer is computed once and kept (a benign race: every thread computes the same), except for the
/// parts of a grammar that hold a <see cref="P.Lazy{T}"/> pattern, whose answers depend on the expansion in progress.
/// </remarks>
internal abstract class PatternInfo(bool hasLazy)
{
    // Nullable: 0 not known yet, 1 no, 2 yes.
    private int _nullable;
    private FirstSet? _first;
    private Prefix? _prefix;
    private RequiredBox? _required;

    private sealed record RequiredBox(Requirement? Value);

    /// <summary>Whether a <see cref="P.Lazy{T}"/> pattern stands among the parts (then nothing is kept).</summary>
    public bool HasLazy { get; } = hasLazy;

    /// <summary>Whether the pattern can match no token at all.</summary>
    public bool Nullable
    {
        get
        {
            if (HasLazy) return ComputeNullable();
            int known = _nullable;
            if (known == 0) _nullable = known = ComputeNullable() ? 2 : 1;
            return known == 2;
        }
    }

    /// <summary>The tokens that can start the pattern.</summary>
    public FirstSet First => FirstIn(null);

    /// <summary>The tokens that can start the pattern, with the lazy patterns being expanded (a guard against left recursion).</summary>
    internal FirstSet FirstIn(HashSet<PatternInfo>? expanding)
    {
        if (HasLazy) return ComputeFirst(expanding ?? new HashSet<PatternInfo>(ReferenceEqualityComparer.Instance));
        return _first ??= ComputeFirst(null);
    }

    /// <summary>
    /// What can start its matches of one token, and what can stand second in its longer matches (see <see cref="Patterns.Prefix"/>).
    /// </summary>
    public Prefix Prefix => HasLazy ? ComputePrefix() : _prefix ??= ComputePrefix();

    /// <summary>
    /// Tokens of which every match contains at least one (a mask of <see cref="Requirement"/> bits), or null when none
    /// can be promised. The scanner skips a rule where no such token stands nearby.
    /// </summary>
    public Requirement? Required => RequiredIn(null);

    /// <summary>The requirement, with the lazy patterns being asked (a guard against recursion).</summary>
    internal Requirement? RequiredIn(HashSet<PatternInfo>? asking)
    {
        if (HasLazy) return ComputeRequired(asking ?? new HashSet<PatternInfo>(ReferenceEqualityComparer.Instance));
        return (_required ??= new RequiredBox(ComputeRequired(null))).Value;
    }

    /// <summary>
    /// A suffix test the first token of every match passes, or null when none can be promised: it lets the scanner pass
    /// over tokens that a pattern that can start anywhere ("any word in -ed") cannot start after all.
    /// </summary>
    public virtual SuffixInfo? LeadingSuffix => null;

    /// <summary>Whether the pattern may match at a token (its first set, or anywhere when it can match nothing).</summary>
    public StartTest StartTest => StartTest.Of(Nullable ? FirstSet.Any : First);

    protected virtual bool ComputeNullable() => false;

    protected abstract FirstSet ComputeFirst(HashSet<PatternInfo>? expanding);

    /// <summary>The default promises nothing.</summary>
    protected virtual Prefix ComputePrefix() => Prefix.Unknown;

    protected virtual Requirement? ComputeRequired(HashSet<PatternInfo>? asking) => null;

    /// <summary>Whether any of <paramref name="parts"/> holds a lazy pattern.</summary>
    protected static bool AnyLazy(PatternInfo[] parts)
    {
        foreach (var p in parts) if (p.HasLazy) return true;
        return false;
    }
}

/// <summary>One entry of a word table (a word, or a phrase of the table).</summary>
internal sealed class TableInfo(int table, int[] phraseSeconds) : PatternInfo(false)
{
    protected override FirstSet ComputeFirst(HashSet<PatternInfo>? expanding) => FirstSet.OfTable(table);

    protected override Requirement? ComputeRequired(HashSet<PatternInfo>? asking) => new Requirement(Requirement.TableBit(table), 1);

    // One token, or a phrase of the table: its second word.
    protected override Prefix ComputePrefix() => new(FirstSet.OfTable(table), FirstSet.OfWords(phraseSeconds));
}

/// <summary>A literal word or phrase: its tokens' word ids (−1 − n for the number n).</summary>
internal sealed class LiteralInfo(int[] ids, string text) : PatternInfo(false)
{
    protected override FirstSet ComputeFirst(HashSet<PatternInfo>? expanding) => Token(ids[0]);

    protected override Prefix ComputePrefix() =>
        ids.Length == 1 ? new Prefix(Token(ids[0]), FirstSet.Empty) : new Prefix(FirstSet.Empty, Token(ids[1]));

    // Every token of a literal is required; the longest word is the rarest guess.
    protected override Requirement? ComputeRequired(HashSet<PatternInfo>? asking)
    {
        var words = text.Split([' ', '.', '-', '\''], StringSplitOptions.RemoveEmptyEntries);
        int best = -1, bestLength = -1;
        for (int k = 0; k < ids.Length && k < words.Length; k++)
        {
            if (ids[k] >= 0 && words[k].Length > bestLength) { best = ids[k]; bestLength = words[k].Length; }
        }
        if (best < 0) return new Requirement(Requirement.NumberBit, 3);
        return new Requirement(Requirement.WordBit(best), bestLength <= 3 ? 20 : 2);
    }

    private static FirstSet Token(int id) => id >= 0 ? FirstSet.OfWords([id]) : FirstSet.Numbers;
}

/// <summary>Any of several literals.</summary>
internal sealed class LiteralSetInfo(PatternInfo[] literals) : PatternInfo(false)
{
    protected override FirstSet ComputeFirst(HashSet<PatternInfo>? expanding)
    {
        var first = FirstSet.Empty;
        foreach (var l in literals) first = first.Union(l.First);
        return first;
    }

    protected override Prefix ComputePrefix()
    {
        var prefix = Prefix.Empty;
        foreach (var l in literals) prefix = prefix.Union(l.Prefix);
        return prefix;
    }

    protected override Requirement? ComputeRequired(HashSet<PatternInfo>? asking)
    {
        Requirement? all = null;
        foreach (var l in literals)
        {
            var r = l.Required!.Value;
            all = all is null ? r : all.Value.Or(r);
        }
        return all;
    }
}

/// <summary>A run of digits.</summary>
internal sealed class NumberInfo : PatternInfo
{
    public static NumberInfo Instance { get; } = new();

    private NumberInfo()
        : base(false)
    {
    }

    protected override FirstSet ComputeFirst(HashSet<PatternInfo>? expanding) => FirstSet.Numbers;

    protected override Requirement? ComputeRequired(HashSet<PatternInfo>? asking) => new Requirement(Requirement.NumberBit, 3);

    protected override Prefix ComputePrefix() => new(FirstSet.Numbers, FirstSet.Empty);
}

/// <summary>
/// Any lower-case word of at least <paramref name="minLength"/> letters ending in <paramref name="suffix"/> (a past-tense "-ed"):
/// the test itself, shared by the pattern and by the scanner.
/// </summary>
internal sealed class SuffixInfo(string suffix, int minLength) : PatternInfo(false)
{
    protected override FirstSet ComputeFirst(HashSet<PatternInfo>? expanding) => FirstSet.Any;

    protected override Prefix ComputePrefix() => new(FirstSet.Any, FirstSet.Empty);

    public override SuffixInfo LeadingSuffix => this;

    /// <summary>Whether token <paramref name="i"/> is such a word (before the limit or not).</summary>
    internal bool Admits(TokenStream s, int i)
    {
        var t = s.Tokens[i];
        // The last letter first: it rules out most words at once.
        return t.Kind == TokenKind.Word && t.Length >= minLength && s.Text[t.End - 1] == suffix[^1]
            && s.TextOf(i).EndsWith(suffix, StringComparison.Ordinal) && char.IsLower(s.Text[t.Start]);
    }
}

/// <summary>
/// A pattern that matches what its inner pattern matches, or less (a map, a filter, a context check): the same analysis,
/// except that one that checks the first token (<paramref name="nullable"/> false) promises a token.
/// </summary>
internal sealed class WrapInfo(PatternInfo inner, bool nullable) : PatternInfo(inner.HasLazy)
{
    protected override bool ComputeNullable() => nullable && inner.Nullable;

    protected override FirstSet ComputeFirst(HashSet<PatternInfo>? expanding) => inner.FirstIn(expanding);

    protected override Prefix ComputePrefix() => inner.Prefix;

    protected override Requirement? ComputeRequired(HashSet<PatternInfo>? asking) => inner.RequiredIn(asking);

    public override SuffixInfo? LeadingSuffix => inner.LeadingSuffix;
}

/// <summary>A pattern or nothing.</summary>
internal sealed class OptionalInfo(PatternInfo inner) : PatternInfo(inner.HasLazy)
{
    private StartTest? _test;

    protected override bool ComputeNullable() => true;

    protected override FirstSet ComputeFirst(HashSet<PatternInfo>? expanding) => inner.FirstIn(expanding);

    protected override Prefix ComputePrefix() => inner.Prefix;

    /// <summary>Whether the option may match at a token: made on first use (a benign race: every thread makes the same).</summary>
    public StartTest InnerTest => _test ??= inner.StartTest;
}

/// <summary>The longest of several alternatives.</summary>
internal sealed class AltInfo(PatternInfo[] alternatives) : PatternInfo(AnyLazy(alternatives))
{
    private StartTest[]? _tests;

    protected override bool ComputeNullable()
    {
        foreach (var a in alternatives) if (a.Nullable) return true;
        return false;
    }

    protected override FirstSet ComputeFirst(HashSet<PatternInfo>? expanding)
    {
        var first = FirstSet.Empty;
        foreach (var a in alternatives) first = first.Union(a.FirstIn(expanding));
        return first;
    }

    protected override Prefix ComputePrefix()
    {
        var prefix = Prefix.Empty;
        foreach (var a in alternatives) prefix = prefix.Union(a.Prefix);
        return prefix;
    }

    protected override Requirement? ComputeRequired(HashSet<PatternInfo>? asking)
    {
        Requirement? all = null;
        foreach (var a in alternatives)
        {
            if (a.RequiredIn(asking) is not { } r) return null;
            all = all is null ? r : all.Value.Or(r);
        }
        return all;
    }

    /// <summary>Whether each alternative may match at a token: made on first use (a benign race: every thread makes the same).</summary>
    public StartTest[] Tests => _tests ??= Array.ConvertAll(alternatives, a => a.StartTest);
}

/// <summary>A sequence of patterns.</summary>
internal sealed class SeqInfo(PatternInfo[] parts) : PatternInfo(AnyLazy(parts))
{
    protected override bool ComputeNullable()
    {
        foreach (var p in parts) if (!p.Nullable) return false;
        return true;
    }

    protected override FirstSet ComputeFirst(HashSet<PatternInfo>? expanding)
    {
        var first = FirstSet.Empty;
        foreach (var p in parts)
        {
            first = first.Union(p.FirstIn(expanding));
            if (!p.Nullable) break;
        }
        return first;
    }

    protected override Prefix ComputePrefix() => Prefix.Sequence(parts);

    // Any one part's requirement holds for the sequence: the most selective of the parts that cannot be empty.
    protected override Requirement? ComputeRequired(HashSet<PatternInfo>? asking)
    {
        Requirement? best = null;
        foreach (var p in parts)
        {
            if (p.Nullable) continue;
            if (p.RequiredIn(asking) is { } r && (best is null || r.Cost < best.Value.Cost)) best = r;
        }
        return best;
    }
}

/// <summary>A pattern that never matches.</summary>
internal sealed class NeverInfo : PatternInfo
{
    public static NeverInfo Instance { get; } = new();

    private NeverInfo()
        : base(false)
    {
    }

    protected override FirstSet ComputeFirst(HashSet<PatternInfo>? expanding) => FirstSet.Empty;

    protected override Prefix ComputePrefix() => Prefix.Empty;
}

/// <summary>A pattern defined later (recursive grammars): expanded with a guard against recursion.</summary>
internal sealed class LazyInfo(Func<PatternInfo> inner) : PatternInfo(true)
{
    protected override bool ComputeNullable() => inner().Nullable;

    protected override FirstSet ComputeFirst(HashSet<PatternInfo>? expanding)
    {
        if (!expanding!.Add(this)) return FirstSet.Empty; // left recursion
        try { return inner().FirstIn(expanding); }
        finally { expanding.Remove(this); }
    }

    protected override Requirement? ComputeRequired(HashSet<PatternInfo>? asking)
    {
        if (!asking!.Add(this)) return null;
        try { return inner().RequiredIn(asking); }
        finally { asking.Remove(this); }
    }
}

/// <summary>
/// A set of token classes as a 64-bit mask: one bit per word table (below <see cref="FirstWordBit"/>), a few bits for
/// hashed literal words, and one for numbers. Cost estimates how common such tokens are (lower is more selective).
/// </summary>
internal readonly record struct Requirement(ulong Mask, int Cost)
{
    public const int FirstWordBit = 48;
    public const int WordBits = 15;
    public const ulong NumberBit = 1UL << 63;

    public static ulong TableBit(int table) => 1UL << table;

    /// <summary>A literal word as a requirement, before a rule set gives it one of its word bits (see <see cref="RuleSet{T}"/>).</summary>
    public static ulong WordBit(int id) => WordFlag | (uint)id;

    /// <summary>Marks a mask that names one word id (in its low bits) rather than classes.</summary>
    public const ulong WordFlag = 1UL << 62;

    public bool IsWord => (Mask & WordFlag) != 0 && (Mask & ~(WordFlag | 0xFFFF_FFFFUL)) == 0;

    /// <summary>The word id of a requirement that <see cref="IsWord"/>.</summary>
    public int WordId => (int)(Mask & 0xFFFF_FFFF);

    public Requirement Or(Requirement other) => new(0, Cost + other.Cost) { Parts = [.. PartsOrSelf, .. other.PartsOrSelf] };

    /// <summary>For a union of requirements, its parts (each a class mask or one word).</summary>
    public Requirement[]? Parts { get; init; }

    private Requirement[] PartsOrSelf => Parts ?? [this];

    /// <summary>The parts of this requirement: itself, or the members of a union.</summary>
    public Requirement[] All => PartsOrSelf;
}

/// <summary>The tokens a pattern can start with: word tables, literal words, numbers. Immutable.</summary>
internal sealed class FirstSet
{
    private FirstSet(ulong tables, int[] words, bool numbers, bool anything)
    {
        Tables = tables;
        Words = words;
        HasNumbers = numbers;
        Anything = anything;
    }

    /// <summary>No token.</summary>
    public static FirstSet Empty { get; } = new(0, [], false, false);

    /// <summary>Any token.</summary>
    public static FirstSet Any { get; } = new(0, [], false, true);

    /// <summary>Numbers only.</summary>
    public static FirstSet Numbers { get; } = new(0, [], true, false);

    /// <summary>The tables, one bit each.</summary>
    public ulong Tables { get; }

    /// <summary>The literal words' ids, ascending.</summary>
    public int[] Words { get; }

    /// <summary>Whether a number is in the set.</summary>
    public bool HasNumbers { get; }

    /// <summary>Whether any token is.</summary>
    public bool Anything { get; }

    /// <summary>Whether no token is in the set.</summary>
    public bool IsEmpty => !Anything && !HasNumbers && Tables == 0 && Words.Length == 0;

    /// <summary>The entries of one table.</summary>
    public static FirstSet OfTable(int table) => new(1UL << table, [], false, false);

    /// <summary>The words of <paramref name="ids"/> (ascending, distinct).</summary>
    public static FirstSet OfWords(int[] ids) => ids.Length == 0 ? Empty : new(0, ids, false, false);

    /// <summary>The tokens of both sets.</summary>
    public FirstSet Union(FirstSet other)
    {
        if (other.IsEmpty || ReferenceEquals(this, other)) return this;
        if (IsEmpty) return other;
        var words = RuleIndex.Union(Words, other.Words);
        ulong tables = Tables | other.Tables;
        bool numbers = HasNumbers | other.HasNumbers, anything = Anything | other.Anything;
        if (words == Words && tables == Tables && numbers == HasNumbers && anything == Anything) return this;
        return new FirstSet(tables, words, numbers, anything);
    }
}

/// <summary>
/// The first two tokens of a pattern's matches, as sets: <see cref="One"/>, the tokens a match of exactly one token can be;
/// <see cref="Second"/>, the tokens that can stand second in a match of two tokens or more. A rule can match at a token
/// only if the token is in its <see cref="One"/> set or the next token is in its <see cref="Second"/> set (the first token
/// is already known to start it): a test that turns away most tries of rules that fail on their second token.
/// Supersets are always safe. Immutable.
/// </summary>
internal sealed class Prefix(FirstSet one, FirstSet second)
{
    public FirstSet One { get; } = one;
    public FirstSet Second { get; } = second;

    /// <summary>Nothing known: any token, alone or second.</summary>
    public static Prefix Unknown { get; } = new(FirstSet.Any, FirstSet.Any);

    /// <summary>No match at all.</summary>
    public static Prefix Empty { get; } = new(FirstSet.Empty, FirstSet.Empty);

    /// <summary>The union (an alternative).</summary>
    public Prefix Union(Prefix other) => new(One.Union(other.One), Second.Union(other.Second));

    /// <summary>The prefix of a sequence of <paramref name="parts"/>.</summary>
    public static Prefix Sequence(PatternInfo[] parts)
    {
        // Folded from the right: Seq(p, rest). One: p alone (rest empty) or rest alone (p empty). Second: p's longer
        // matches, rest's first token after a one-token p, or rest's longer matches when p is empty.
        var last = parts[^1];
        var prefix = last.Prefix;
        bool nullable = last.Nullable;
        var first = last.First;
        for (int k = parts.Length - 2; k >= 0; k--)
        {
            var p = parts[k].Prefix;
            bool pNullable = parts[k].Nullable;
            var one = FirstSet.Empty;
            if (nullable) one = one.Union(p.One);
            if (pNullable) one = one.Union(prefix.One);
            var second = p.Second;
            if (!p.One.IsEmpty) second = second.Union(first);
            if (pNullable) second = second.Union(prefix.Second);
            var pFirst = parts[k].First;
            if (pNullable) pFirst = pFirst.Union(first);
            prefix = new Prefix(one, second);
            nullable = nullable && pNullable;
            first = pFirst;
        }
        return prefix;
    }
}

/// <summary>
/// A quick test of whether a pattern can match at a token, from its first set: a nullable pattern can match anywhere;
/// otherwise the token must be one it can start with (a word table or literal word of its first set, or a number) and
/// stand before the limit. Exact: it turns away only tokens at which the pattern fails.
/// </summary>
internal sealed class StartTest
{
    private readonly bool _always;
    private readonly bool _numbers;
    private readonly ulong _tables;
    private readonly ulong[] _words; // a bitmap of word ids

    private StartTest(bool always, bool numbers, ulong tables, ulong[] words)
    {
        _always = always;
        _numbers = numbers;
        _tables = tables;
        _words = words;
    }

    /// <summary>The test of a set of tokens.</summary>
    public static StartTest Of(FirstSet first)
    {
        var words = new ulong[first.Words.Length == 0 ? 0 : first.Words[^1] / 64 + 1];
        foreach (int w in first.Words) words[w >> 6] |= 1UL << w;
        return new StartTest(first.Anything, first.HasNumbers, first.Tables, words);
    }

    public bool Admits(TokenStream s, int i)
    {
        if (_always) return true;
        if (i >= s.Limit) return false;
        if (s.Tokens[i].Kind == TokenKind.Number) return _numbers;
        if (s.Entries[i] is not { } e) return false;
        if ((e.Triggers & _tables) != 0) return true;
        int id = e.Id;
        return (uint)(id >> 6) < (uint)_words.Length && (_words[id >> 6] & (1UL << id)) != 0;
    }
}
