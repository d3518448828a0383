using Timeline.Temporal;
using Timeline.Text;

namespace Timeline.Patterns;

/// <summary>The value of a pattern that yields nothing but a match (a literal word).</summary>
public readonly record struct Nothing;

/// <summary>A value with the text span it was matched from.</summary>
/// <param name="Value">The value.</param>
/// <param name="Span">Where it was matched.</param>
public readonly record struct Spanned<T>(T Value, TextSpan Span);

/// <summary>
/// A pattern over tokens that yields a typed value: the building block of rules. Patterns are immutable
/// and match in PEG style (sequences do not backtrack into their parts; alternatives take the longest match).
/// Build them with <see cref="P"/> and <see cref="LexiconBuilder"/>.
/// </summary>
public abstract class Pattern<T>
{
    /// <summary>Tries to match at token <paramref name="i"/>; returns the index after the match, or −1.</summary>
    internal abstract int Match(TokenStream s, int i, out T value);

    /// <summary>Adds the tokens that can start this pattern to <paramref name="first"/>.</summary>
    internal abstract void AddFirst(FirstSet first);

    /// <summary>Whether the pattern can match no token at all.</summary>
    internal virtual bool Nullable => false;

    /// <summary>
    /// What can start its matches of one token, and what can stand second in its longer matches (see <see cref="Prefix"/>).
    /// The default promises nothing.
    /// </summary>
    internal virtual Prefix Prefix() => Patterns.Prefix.Unknown();

    /// <summary>
    /// Tokens of which every match contains at least one (a mask of <see cref="Requirement"/> bits), or null when none
    /// can be promised. The scanner skips a rule where no such token stands nearby.
    /// </summary>
    internal virtual Requirement? Required() => null;

    /// <summary>
    /// A suffix test the first token of every match passes, or null when none can be promised: it lets the scanner pass
    /// over tokens that a pattern that can start anywhere ("any word in -ed") cannot start after all.
    /// </summary>
    internal virtual SuffixPattern? LeadingSuffix => null;

    /// <summary>Maps the value.</summary>
    public Pattern<TResult> Select<TResult>(Func<T, TResult> map) => new SelectPattern<T, TResult>(this, map);

    /// <summary>Keeps only matches whose value passes <paramref name="predicate"/>.</summary>
    public Pattern<T> Where(Func<T, bool> predicate) => new WherePattern<T>(this, predicate);

    /// <summary>Fails when <paramref name="next"/> matches right after this pattern.</summary>
    public Pattern<T> NotFollowedBy<TOther>(Pattern<TOther> next) => new LookPattern<T, TOther>(this, next, ahead: true);

    /// <summary>Fails when the token just before the match matches <paramref name="previous"/> (a one-token pattern).</summary>
    public Pattern<T> NotPrecededBy<TOther>(Pattern<TOther> previous) => new LookPattern<T, TOther>(this, previous, ahead: false);

    /// <summary>Requires the first token to touch the previous one (no space): the <c>2020</c> of <c>mid-2020</c>.</summary>
    public Pattern<T> Touching() => new TouchingPattern<T>(this);

    /// <summary>
    /// Keeps only matches for which <paramref name="predicate"/>(tokens, first token, token after the match) holds:
    /// for context checks such as "this number is not part of 3,900".
    /// </summary>
    public Pattern<T> Guard(Func<TokenStream, int, int, bool> predicate) => new GuardPattern<T>(this, predicate);

    /// <summary>Requires the first token to start with a capital letter (<c>May</c> the month, not <c>may</c> the verb).</summary>
    public Pattern<T> Capitalized() => new CapitalizedPattern<T>(this);

    /// <summary>Yields the value with its text span.</summary>
    public Pattern<Spanned<T>> Spanned() => new SpannedPattern<T>(this);

    /// <summary>Yields nothing (drops the value).</summary>
    public Pattern<Nothing> Ignore() => Select(static _ => default(Nothing));
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

    public Requirement Or(Requirement other) => new(0, Cost + other.Cost) { Parts = [.. PartsOrSelf, .. other.PartsOrSelf] };

    /// <summary>For a union of requirements, its parts (each a class mask or one word).</summary>
    public Requirement[]? Parts { get; init; }

    private Requirement[] PartsOrSelf => Parts ?? [this];

    /// <summary>The parts of this requirement: itself, or the members of a union.</summary>
    public IEnumerable<Requirement> All => PartsOrSelf;

    /// <summary>The most selective of the parts' requirements (any one of them holds for a sequence).</summary>
    public static Requirement? Best(params Requirement?[] parts)
    {
        Requirement? best = null;
        foreach (var p in parts)
        {
            if (p is { } r && (best is null || r.Cost < best.Value.Cost)) best = r;
        }
        return best;
    }
}

/// <summary>The tokens a pattern can start with: word tables, literal words, numbers.</summary>
internal sealed class FirstSet
{
    public HashSet<int> Tables { get; } = [];
    public HashSet<int> Words { get; } = [];
    public bool Numbers { get; set; }
    public bool Anything { get; set; }

    /// <summary>The lazy patterns being expanded (a guard against left recursion, per computation so that it is thread-safe).</summary>
    public HashSet<object> Expanding { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether no token is in the set.</summary>
    public bool IsEmpty => !Anything && !Numbers && Tables.Count == 0 && Words.Count == 0;

    /// <summary>Adds the tokens of <paramref name="other"/>.</summary>
    public FirstSet With(FirstSet other)
    {
        Tables.UnionWith(other.Tables);
        Words.UnionWith(other.Words);
        Numbers |= other.Numbers;
        Anything |= other.Anything;
        return this;
    }

    /// <summary>The first set of <paramref name="pattern"/>.</summary>
    public static FirstSet Of<T>(Pattern<T> pattern)
    {
        var first = new FirstSet();
        pattern.AddFirst(first);
        return first;
    }
}

/// <summary>
/// The first two tokens of a pattern's matches, as sets: <see cref="One"/>, the tokens a match of exactly one token can be;
/// <see cref="Second"/>, the tokens that can stand second in a match of two tokens or more. A rule can match at a token
/// only if the token is in its <see cref="One"/> set or the next token is in its <see cref="Second"/> set (the first token
/// is already known to start it): a test that turns away most tries of rules that fail on their second token.
/// Supersets are always safe.
/// </summary>
internal sealed class Prefix(FirstSet one, FirstSet second)
{
    public FirstSet One { get; } = one;
    public FirstSet Second { get; } = second;

    /// <summary>Nothing known: any token, alone or second.</summary>
    public static Prefix Unknown() => new(new FirstSet { Anything = true }, new FirstSet { Anything = true });

    /// <summary>A pattern of exactly one token from <paramref name="first"/>.</summary>
    public static Prefix Single(FirstSet first) => new(first, new FirstSet());

    /// <summary>The union (an alternative).</summary>
    public Prefix With(Prefix other)
    {
        One.With(other.One);
        Second.With(other.Second);
        return this;
    }

    /// <summary>The prefix of a sequence of <paramref name="parts"/>: each part's prefix, nullability and first set.</summary>
    public static Prefix Sequence(params (Func<Prefix> Prefix, bool Nullable, Func<FirstSet> First)[] parts)
    {
        // Folded from the right: Seq(p, rest). One: p alone (rest empty) or rest alone (p empty). Second: p's longer
        // matches, rest's first token after a one-token p, or rest's longer matches when p is empty.
        var last = parts[^1];
        var prefix = last.Prefix();
        bool nullable = last.Nullable;
        var first = last.First();
        for (int k = parts.Length - 2; k >= 0; k--)
        {
            var p = parts[k].Prefix();
            bool pNullable = parts[k].Nullable;
            var one = new FirstSet();
            if (nullable) one.With(p.One);
            if (pNullable) one.With(prefix.One);
            var second = new FirstSet().With(p.Second);
            if (!p.One.IsEmpty) second.With(first);
            if (pNullable) second.With(prefix.Second);
            var pFirst = parts[k].First();
            if (pNullable) pFirst.With(first);
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

    public static StartTest Of<T>(Pattern<T> pattern)
    {
        var first = FirstSet.Of(pattern);
        if (pattern.Nullable) first.Anything = true;
        return Of(first);
    }

    /// <summary>The test of a set of tokens.</summary>
    public static StartTest Of(FirstSet first)
    {
        ulong tables = 0;
        foreach (int t in first.Tables) tables |= 1UL << t;
        var words = new ulong[first.Words.Count == 0 ? 0 : first.Words.Max() / 64 + 1];
        foreach (int w in first.Words) words[w >> 6] |= 1UL << w;
        return new StartTest(first.Anything, first.Numbers, tables, words);
    }

    /// <summary>The tests of <paramref name="patterns"/>, made once per pattern node on first use (a benign race: every thread makes the same).</summary>
    public static StartTest[] For<T>(ref StartTest[]? cache, Pattern<T>[] patterns)
    {
        if (Volatile.Read(ref cache) is { } made) return made;
        var tests = Array.ConvertAll(patterns, Of);
        return Interlocked.CompareExchange(ref cache, tests, null) ?? tests;
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

internal sealed class TablePattern<T>(WordTable<T> table) : Pattern<T>
{
    internal override int Match(TokenStream s, int i, out T value)
    {
        value = default!;
        if (i >= s.Limit || s.Entries[i] is not { } e) return -1;
        // Phrases first: the longest entry wins ("new year's day" over "new").
        foreach (var p in e.Phrases)
        {
            if (p.Table != table.Index) continue;
            int k = 0;
            for (; k < p.Rest.Length; k++)
            {
                int j = i + 1 + k;
                if (j >= s.Limit || s.Entries[j]?.Id != p.Rest[k]) break;
                if (p.Touching[k] && s.Tokens[j].Gap != TokenGap.None) break;
            }
            if (k == p.Rest.Length)
            {
                value = (T)p.Value;
                return i + 1 + k;
            }
        }
        if (!e.InTable(table.Index)) return -1;
        value = (T)e.Values[table.Index]!;
        return i + 1;
    }

    internal override void AddFirst(FirstSet first) => first.Tables.Add(table.Index);

    internal override Requirement? Required() => new(Requirement.TableBit(table.Index), 1);

    // One token, or a phrase of the table: its second word.
    internal override Prefix Prefix()
    {
        var one = new FirstSet();
        one.Tables.Add(table.Index);
        var second = new FirstSet();
        second.Words.UnionWith(table.PhraseSeconds);
        return new Prefix(one, second);
    }
}

/// <summary>Any of several literals, found by the first word's id in one dictionary probe; the longest match wins.</summary>
internal sealed class LiteralSetPattern : Pattern<Nothing>
{
    private readonly Dictionary<int, LiteralPattern[]> _byFirst;
    private readonly LiteralPattern[] _all;

    public LiteralSetPattern(LiteralPattern[] literals)
    {
        _all = literals;
        _byFirst = literals.GroupBy(l => l.FirstId).ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.Length).ToArray());
    }

    internal override int Match(TokenStream s, int i, out Nothing value)
    {
        value = default;
        if (i >= s.Limit) return -1;
        int key = s.Tokens[i].Kind == TokenKind.Number ? -1 - (int)Math.Min(s.Tokens[i].NumberIn(s.Text), int.MaxValue - 1) : s.Entries[i]?.Id ?? int.MinValue;
        if (!_byFirst.TryGetValue(key, out var candidates)) return -1;
        foreach (var l in candidates)
        {
            int end = l.Match(s, i, out _);
            if (end >= 0) return end;
        }
        return -1;
    }

    internal override void AddFirst(FirstSet first)
    {
        foreach (var l in _all) l.AddFirst(first);
    }

    internal override Prefix Prefix()
    {
        var prefix = new Prefix(new FirstSet(), new FirstSet());
        foreach (var l in _all) prefix.With(l.Prefix());
        return prefix;
    }

    internal override Requirement? Required()
    {
        Requirement? all = null;
        foreach (var l in _all)
        {
            var r = l.Required()!.Value;
            all = all is null ? r : all.Value.Or(r);
        }
        return all;
    }
}

internal sealed class LiteralPattern(int[] ids, bool[] touching, string text) : Pattern<Nothing>
{
    public int FirstId => ids[0];

    public int Length => ids.Length;

    internal override int Match(TokenStream s, int i, out Nothing value)
    {
        value = default;
        if (i + ids.Length > s.Limit) return -1;
        for (int k = 0; k < ids.Length; k++)
        {
            int j = i + k;
            if (touching[k] && s.Tokens[j].Gap != TokenGap.None) return -1;
            int id = ids[k];
            if (id >= 0 ? s.Entries[j]?.Id != id : s.Tokens[j].Kind != TokenKind.Number || s.Tokens[j].NumberIn(s.Text) != -1 - id) return -1;
        }
        return i + ids.Length;
    }

    internal override void AddFirst(FirstSet first)
    {
        if (ids[0] >= 0) first.Words.Add(ids[0]);
        else first.Numbers = true;
    }

    internal override Prefix Prefix()
    {
        var one = new FirstSet();
        var second = new FirstSet();
        if (ids.Length == 1) AddFirst(one);
        else if (ids[1] >= 0) second.Words.Add(ids[1]);
        else second.Numbers = true;
        return new Prefix(one, second);
    }

    // Every token of a literal is required; the longest word is the rarest guess.
    internal override Requirement? Required()
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

    public override string ToString() => text;
}

internal sealed class NumberPattern(int minDigits, int maxDigits, long min, long max) : Pattern<long>
{
    internal override int Match(TokenStream s, int i, out long value)
    {
        value = 0;
        if (i >= s.Limit) return -1;
        var t = s.Tokens[i];
        if (t.Kind != TokenKind.Number || t.Length < minDigits || t.Length > maxDigits) return -1;
        long number = t.NumberIn(s.Text);
        if (number < min || number > max) return -1;
        value = number;
        return i + 1;
    }

    internal override void AddFirst(FirstSet first) => first.Numbers = true;

    internal override Requirement? Required() => new(Requirement.NumberBit, 3);

    internal override Prefix Prefix() => Patterns.Prefix.Single(new FirstSet { Numbers = true });
}

internal sealed class SelectPattern<T, TResult>(Pattern<T> inner, Func<T, TResult> map) : Pattern<TResult>
{
    internal override int Match(TokenStream s, int i, out TResult value)
    {
        int end = inner.Match(s, i, out var v);
        value = end < 0 ? default! : map(v);
        return end;
    }

    internal override void AddFirst(FirstSet first) => inner.AddFirst(first);

    internal override Prefix Prefix() => inner.Prefix();

    internal override SuffixPattern? LeadingSuffix => inner.LeadingSuffix;

    internal override Requirement? Required() => inner.Required();

    internal override bool Nullable => inner.Nullable;
}

internal sealed class WherePattern<T>(Pattern<T> inner, Func<T, bool> predicate) : Pattern<T>
{
    internal override int Match(TokenStream s, int i, out T value)
    {
        int end = inner.Match(s, i, out value);
        return end >= 0 && predicate(value) ? end : -1;
    }

    internal override void AddFirst(FirstSet first) => inner.AddFirst(first);

    internal override Prefix Prefix() => inner.Prefix();

    internal override SuffixPattern? LeadingSuffix => inner.LeadingSuffix;

    internal override Requirement? Required() => inner.Required();

    internal override bool Nullable => inner.Nullable;
}

internal sealed class LookPattern<T, TOther>(Pattern<T> inner, Pattern<TOther> other, bool ahead) : Pattern<T>
{
    internal override int Match(TokenStream s, int i, out T value)
    {
        int end = inner.Match(s, i, out value);
        if (end < 0) return -1;
        if (ahead)
        {
            if (end < s.Limit && other.Match(s, end, out _) >= 0) return -1;
        }
        else if (i > 0)
        {
            int saved = s.Limit;
            s.Limit = i;
            bool hit = other.Match(s, i - 1, out _) == i;
            s.Limit = saved;
            if (hit) return -1;
        }
        return end;
    }

    internal override void AddFirst(FirstSet first) => inner.AddFirst(first);

    internal override Prefix Prefix() => inner.Prefix();

    internal override SuffixPattern? LeadingSuffix => inner.LeadingSuffix;

    internal override Requirement? Required() => inner.Required();
}

internal sealed class TouchingPattern<T>(Pattern<T> inner) : Pattern<T>
{
    internal override int Match(TokenStream s, int i, out T value)
    {
        value = default!;
        if (i >= s.Limit || (i > 0 && s.Tokens[i].Gap != TokenGap.None)) return -1;
        return inner.Match(s, i, out value);
    }

    internal override void AddFirst(FirstSet first) => inner.AddFirst(first);

    internal override Prefix Prefix() => inner.Prefix();

    internal override SuffixPattern? LeadingSuffix => inner.LeadingSuffix;

    internal override Requirement? Required() => inner.Required();
}

internal sealed class GuardPattern<T>(Pattern<T> inner, Func<TokenStream, int, int, bool> predicate) : Pattern<T>
{
    internal override int Match(TokenStream s, int i, out T value)
    {
        int end = inner.Match(s, i, out value);
        return end >= 0 && predicate(s, i, end) ? end : -1;
    }

    internal override void AddFirst(FirstSet first) => inner.AddFirst(first);

    internal override Prefix Prefix() => inner.Prefix();

    internal override SuffixPattern? LeadingSuffix => inner.LeadingSuffix;

    internal override Requirement? Required() => inner.Required();

    internal override bool Nullable => inner.Nullable;
}

internal sealed class CapitalizedPattern<T>(Pattern<T> inner) : Pattern<T>
{
    internal override int Match(TokenStream s, int i, out T value)
    {
        value = default!;
        if (i >= s.Limit || !char.IsUpper(s.Text[s.Tokens[i].Start])) return -1;
        return inner.Match(s, i, out value);
    }

    internal override void AddFirst(FirstSet first) => inner.AddFirst(first);

    internal override Prefix Prefix() => inner.Prefix();

    internal override SuffixPattern? LeadingSuffix => inner.LeadingSuffix;

    internal override Requirement? Required() => inner.Required();
}

/// <summary>Any lower-case word of at least <paramref name="minLength"/> letters ending in <paramref name="suffix"/> (a past-tense "-ed").</summary>
internal sealed class SuffixPattern(string suffix, int minLength) : Pattern<Nothing>
{
    internal override int Match(TokenStream s, int i, out Nothing value)
    {
        value = default;
        if (i >= s.Limit) return -1;
        var t = s.Tokens[i];
        if (t.Kind != TokenKind.Word || t.Length < minLength || !char.IsLower(s.Text[t.Start])) return -1;
        return s.TextOf(i).EndsWith(suffix, StringComparison.Ordinal) ? i + 1 : -1;
    }

    internal override void AddFirst(FirstSet first) => first.Anything = true;

    internal override Prefix Prefix() => Patterns.Prefix.Single(new FirstSet { Anything = true });

    internal override SuffixPattern LeadingSuffix => this;

    /// <summary>Whether token <paramref name="i"/> is such a word (what <see cref="Match"/> asks, but for the paragraph limit).</summary>
    internal bool Admits(TokenStream s, int i)
    {
        var t = s.Tokens[i];
        // The last letter first: it rules out most words at once.
        return t.Kind == TokenKind.Word && t.Length >= minLength && s.Text[t.End - 1] == suffix[^1]
            && s.TextOf(i).EndsWith(suffix, StringComparison.Ordinal) && char.IsLower(s.Text[t.Start]);
    }
}

internal sealed class SpannedPattern<T>(Pattern<T> inner) : Pattern<Spanned<T>>
{
    internal override int Match(TokenStream s, int i, out Spanned<T> value)
    {
        int end = inner.Match(s, i, out var v);
        value = end > i ? new Spanned<T>(v, s.SpanOf(i, end)) : default;
        return end;
    }

    internal override void AddFirst(FirstSet first) => inner.AddFirst(first);

    internal override Prefix Prefix() => inner.Prefix();

    internal override SuffixPattern? LeadingSuffix => inner.LeadingSuffix;

    internal override Requirement? Required() => inner.Required();

    internal override bool Nullable => inner.Nullable;
}

internal sealed class OptionalPattern<T>(Pattern<T> inner, T fallback) : Pattern<T>
{
    private readonly Pattern<T>[] _inner = [inner];
    private StartTest[]? _test;

    internal override int Match(TokenStream s, int i, out T value)
    {
        // Most tries meet a token the option cannot start with: no call into it then.
        if (StartTest.For(ref _test, _inner)[0].Admits(s, i))
        {
            int end = inner.Match(s, i, out value);
            if (end >= 0) return end;
        }
        value = fallback;
        return i;
    }

    internal override void AddFirst(FirstSet first) => inner.AddFirst(first);

    internal override Prefix Prefix() => inner.Prefix();

    internal override bool Nullable => true;
}

internal sealed class AltPattern<T>(Pattern<T>[] alternatives) : Pattern<T>
{
    private StartTest[]? _tests;

    internal override int Match(TokenStream s, int i, out T value)
    {
        value = default!;
        int best = -1;
        // Only the alternatives that can start with this token are tried.
        var tests = StartTest.For(ref _tests, alternatives);
        for (int k = 0; k < alternatives.Length; k++)
        {
            if (!tests[k].Admits(s, i)) continue;
            int end = alternatives[k].Match(s, i, out var v);
            if (end > best)
            {
                best = end;
                value = v;
            }
        }
        return best;
    }

    internal override void AddFirst(FirstSet first)
    {
        foreach (var a in alternatives) a.AddFirst(first);
    }

    internal override Prefix Prefix()
    {
        var prefix = new Prefix(new FirstSet(), new FirstSet());
        foreach (var a in alternatives) prefix.With(a.Prefix());
        return prefix;
    }

    internal override bool Nullable => alternatives.Any(a => a.Nullable);

    internal override Requirement? Required()
    {
        Requirement? all = null;
        foreach (var a in alternatives)
        {
            if (a.Required() is not { } r) return null;
            all = all is null ? r : all.Value.Or(r);
        }
        return all;
    }
}

/// <summary>A pattern that never matches (a composition's stand-in rule).</summary>
internal sealed class NeverPattern<T> : Pattern<T>
{
    internal override int Match(TokenStream s, int i, out T value)
    {
        value = default!;
        return -1;
    }

    internal override void AddFirst(FirstSet first)
    {
    }

    internal override Prefix Prefix() => new(new FirstSet(), new FirstSet());
}

internal sealed class LazyPattern<T>(Func<Pattern<T>> factory) : Pattern<T>
{
    private readonly Lazy<Pattern<T>> _inner = new(factory, LazyThreadSafetyMode.ExecutionAndPublication);
    private bool _adding;

    internal override int Match(TokenStream s, int i, out T value) => _inner.Value.Match(s, i, out value);

    internal override void AddFirst(FirstSet first)
    {
        if (!first.Expanding.Add(this)) return; // left recursion guard
        try { _inner.Value.AddFirst(first); }
        finally { first.Expanding.Remove(this); }
    }

    internal override bool Nullable => _inner.Value.Nullable;

    internal override Requirement? Required()
    {
        if (_adding) return null;
        _adding = true;
        try { return _inner.Value.Required(); }
        finally { _adding = false; }
    }
}
