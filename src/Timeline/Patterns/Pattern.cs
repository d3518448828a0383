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
/// The part of every pattern that does not depend on its value type: what a rule set learns of it before it scans.
/// Every pattern is a <see cref="Pattern{T}"/>; this base only lets that analysis be compiled once for all value types.
/// </summary>
public abstract class Pattern
{
    private protected Pattern(PatternInfo info) => Info = info;

    /// <summary>What a rule set knows of the pattern before it scans (a field: nothing to compile per value type).</summary>
    internal readonly PatternInfo Info;

    /// <summary>The analyses of <paramref name="patterns"/>.</summary>
    private protected static PatternInfo[] InfosOf(Pattern[] patterns) => Array.ConvertAll(patterns, p => p.Info);
}

/// <summary>
/// A pattern over tokens that yields a typed value: the building block of rules. Patterns are immutable
/// and match in PEG style (sequences do not backtrack into their parts; alternatives take the longest match).
/// Build them with <see cref="P"/> and <see cref="LexiconBuilder"/>.
/// </summary>
public abstract class Pattern<T> : Pattern
{
    private protected Pattern(PatternInfo info)
        : base(info)
    {
    }

    /// <summary>Tries to match at token <paramref name="i"/>; returns the index after the match, or −1.</summary>
    internal abstract int Match(TokenStream s, int i, out T value);

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

internal sealed class TablePattern<T>(WordTable<T> table) : Pattern<T>(new TableInfo(table.Index, table.PhraseSeconds))
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
}

/// <summary>Any of several literals, found by the first word's id in one dictionary probe; the longest match wins.</summary>
internal sealed class LiteralSetPattern : Pattern<Nothing>
{
    private readonly Dictionary<int, LiteralPattern[]> _byFirst;
    private readonly LiteralPattern[] _all;

    public LiteralSetPattern(LiteralPattern[] literals)
        : base(new LiteralSetInfo(InfosOf(literals)))
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
}

internal sealed class LiteralPattern(int[] ids, bool[] touching, string text) : Pattern<Nothing>(new LiteralInfo(ids, text))
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

    public override string ToString() => text;
}

internal sealed class NumberPattern(int minDigits, int maxDigits, long min, long max) : Pattern<long>(NumberInfo.Instance)
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
}

internal sealed class SelectPattern<T, TResult>(Pattern<T> inner, Func<T, TResult> map) : Pattern<TResult>(new WrapInfo(inner.Info, nullable: true))
{
    internal override int Match(TokenStream s, int i, out TResult value)
    {
        int end = inner.Match(s, i, out var v);
        value = end < 0 ? default! : map(v);
        return end;
    }
}

internal sealed class WherePattern<T>(Pattern<T> inner, Func<T, bool> predicate) : Pattern<T>(new WrapInfo(inner.Info, nullable: true))
{
    internal override int Match(TokenStream s, int i, out T value)
    {
        int end = inner.Match(s, i, out value);
        return end >= 0 && predicate(value) ? end : -1;
    }
}

internal sealed class LookPattern<T, TOther>(Pattern<T> inner, Pattern<TOther> other, bool ahead) : Pattern<T>(new WrapInfo(inner.Info, nullable: false))
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
}

internal sealed class TouchingPattern<T>(Pattern<T> inner) : Pattern<T>(new WrapInfo(inner.Info, nullable: false))
{
    internal override int Match(TokenStream s, int i, out T value)
    {
        value = default!;
        if (i >= s.Limit || (i > 0 && s.Tokens[i].Gap != TokenGap.None)) return -1;
        return inner.Match(s, i, out value);
    }
}

internal sealed class GuardPattern<T>(Pattern<T> inner, Func<TokenStream, int, int, bool> predicate) : Pattern<T>(new WrapInfo(inner.Info, nullable: true))
{
    internal override int Match(TokenStream s, int i, out T value)
    {
        int end = inner.Match(s, i, out value);
        return end >= 0 && predicate(s, i, end) ? end : -1;
    }
}

internal sealed class CapitalizedPattern<T>(Pattern<T> inner) : Pattern<T>(new WrapInfo(inner.Info, nullable: false))
{
    internal override int Match(TokenStream s, int i, out T value)
    {
        value = default!;
        if (i >= s.Limit || !char.IsUpper(s.Text[s.Tokens[i].Start])) return -1;
        return inner.Match(s, i, out value);
    }
}

/// <summary>Any lower-case word of at least <paramref name="minLength"/> letters ending in <paramref name="suffix"/> (a past-tense "-ed").</summary>
internal sealed class SuffixPattern(string suffix, int minLength) : Pattern<Nothing>(new SuffixInfo(suffix, minLength))
{
    internal override int Match(TokenStream s, int i, out Nothing value)
    {
        value = default;
        if (i >= s.Limit) return -1;
        var t = s.Tokens[i];
        if (t.Kind != TokenKind.Word || t.Length < minLength || !char.IsLower(s.Text[t.Start])) return -1;
        return s.TextOf(i).EndsWith(suffix, StringComparison.Ordinal) ? i + 1 : -1;
    }
}

internal sealed class SpannedPattern<T>(Pattern<T> inner) : Pattern<Spanned<T>>(new WrapInfo(inner.Info, nullable: true))
{
    internal override int Match(TokenStream s, int i, out Spanned<T> value)
    {
        int end = inner.Match(s, i, out var v);
        value = end > i ? new Spanned<T>(v, s.SpanOf(i, end)) : default;
        return end;
    }
}

internal sealed class OptionalPattern<T>(Pattern<T> inner, T fallback) : Pattern<T>(new OptionalInfo(inner.Info))
{
    private StartTest? _test;

    internal override int Match(TokenStream s, int i, out T value)
    {
        // Most tries meet a token the option cannot start with: no call into it then.
        if ((_test ??= ((OptionalInfo)Info).InnerTest).Admits(s, i))
        {
            int end = inner.Match(s, i, out value);
            if (end >= 0) return end;
        }
        value = fallback;
        return i;
    }
}

internal sealed class AltPattern<T>(Pattern<T>[] alternatives) : Pattern<T>(new AltInfo(InfosOf(alternatives)))
{
    private StartTest[]? _tests;

    internal override int Match(TokenStream s, int i, out T value)
    {
        value = default!;
        int best = -1;
        // Only the alternatives that can start with this token are tried.
        var tests = _tests ??= ((AltInfo)Info).Tests;
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
}

/// <summary>A pattern that never matches (a composition's stand-in rule).</summary>
internal sealed class NeverPattern<T>() : Pattern<T>(NeverInfo.Instance)
{
    internal override int Match(TokenStream s, int i, out T value)
    {
        value = default!;
        return -1;
    }
}

internal sealed class LazyPattern<T> : Pattern<T>
{
    private readonly Lazy<Pattern<T>> _inner;

    public LazyPattern(Func<Pattern<T>> factory)
        : this(new Lazy<Pattern<T>>(factory, LazyThreadSafetyMode.ExecutionAndPublication))
    {
    }

    private LazyPattern(Lazy<Pattern<T>> inner)
        : base(new LazyInfo(() => inner.Value.Info)) => _inner = inner;

    internal override int Match(TokenStream s, int i, out T value) => _inner.Value.Match(s, i, out value);
}
