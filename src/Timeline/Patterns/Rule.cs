namespace Timeline.Patterns;

/// <summary>A named pattern: the unit a grammar is written in and tested by.</summary>
/// <param name="Name">A short unique name (<c>month-day-year</c>), used in diagnostics and example corpora.</param>
/// <param name="Pattern">What it matches and the value it yields.</param>
public sealed record Rule<T>(string Name, Pattern<T> Pattern);

/// <summary>
/// A rule that combines two adjacent matches of other rules into one (Duckling-style composition): a date followed by
/// a clock time ("September 22, 2023 13:53 IST") becomes one timestamp. Cheaper than a rule that re-matches both parts.
/// </summary>
/// <param name="Name">A short unique name.</param>
/// <param name="Left">Whether a value can be the left part.</param>
/// <param name="Connector">What may stand between the two parts (it must match all of it), or null for nothing.</param>
/// <param name="Right">Whether a value can be the right part.</param>
/// <param name="Combine">The combined value.</param>
public sealed record Composition<T>(string Name, Func<T, bool> Left, Pattern<Nothing>? Connector, Func<T, bool> Right, Func<T, T, T> Combine)
{
    internal Rule<T> AsRule { get; } = new(Name, new NeverPattern<T>());
}

/// <summary>A match of a rule: tokens [<paramref name="Start"/>, <paramref name="End"/>) and the value.</summary>
/// <param name="Start">First token index.</param>
/// <param name="End">Token index after the match.</param>
/// <param name="Value">The value the rule yielded.</param>
/// <param name="Rule">The rule.</param>
public readonly record struct RuleMatch<T>(int Start, int End, T Value, Rule<T> Rule);

/// <summary>
/// A frozen set of rules with an index from trigger tokens to the rules they can start, so that scanning a text
/// tries only the rules whose first token is present. Immutable and thread-safe.
/// </summary>
public sealed class RuleSet<T>
{
    private readonly Rule<T>[] _rules;
    private readonly int[][] _byTable;
    private readonly int[]?[] _byWord; // by word id (ids are dense)
    private readonly int[] _byNumber;
    private readonly int[] _always;
    private readonly int[] _numberCandidates; // the rules a number can start, in priority order

    // For each lexicon entry (by id), the rules it can start, in priority order: merged from its word, its tables and the
    // rules any token starts, once per entry on first meeting. A cache on an immutable object, filled by any thread: every
    // thread computes the same list, so a lost write only means computing it again.
    private int[]?[] _byEntry = [];
    private readonly ulong[] _required;
    private readonly StartTest[] _one;    // by rule: the tokens a one-token match can be
    private readonly StartTest[] _second; // by rule: the tokens that can stand second in a longer match
    private readonly SuffixInfo?[] _leading; // by rule: a suffix its first token must have, if it promises one
    private readonly SuffixInfo[]? _alwaysLeading; // the rules any token can start, when each promises a suffix
    private readonly ulong[] _wordBits; // by word id: the bit this rule set gives a word its rules require (0 for others)
    private readonly ulong _tableMask;  // the tables that start a rule of this set

    /// <summary>How far after its first token a rule's required token may stand.</summary>
    private const int Window = 16;

    private readonly Composition<T>[] _compositions;

    /// <summary>Builds the trigger index of <paramref name="rules"/>; earlier rules win ties of equal length.</summary>
    public RuleSet(IEnumerable<Rule<T>> rules, IEnumerable<Composition<T>>? compositions = null)
    {
        _rules = [.. rules];
        _compositions = [.. compositions ?? []];
        var names = new string[_rules.Length];
        var infos = new PatternInfo[_rules.Length];
        for (int r = 0; r < _rules.Length; r++)
        {
            names[r] = _rules[r].Name;
            infos[r] = _rules[r].Pattern.Info;
        }
        var index = new RuleIndex(names, infos, nameof(rules));
        _byTable = index.ByTable;
        _byWord = index.ByWord;
        _byNumber = index.ByNumber;
        _always = index.Always;
        _numberCandidates = index.NumberCandidates;
        _tableMask = index.TableMask;
        _wordBits = index.WordBits;
        _required = index.Required;
        _one = index.One;
        _second = index.Second;
        _leading = index.Leading;
        _alwaysLeading = index.AlwaysLeading;
    }

    /// <summary>Whether a rule that any token can start may start at token <paramref name="i"/> (a cheap test, or true).</summary>
    private bool AlwaysMayStart(TokenStream s, int i)
    {
        if (_alwaysLeading is null) return true;
        foreach (var suffix in _alwaysLeading)
        {
            if (suffix.Admits(s, i)) return true;
        }
        return false;
    }

    /// <summary>The rules, in priority order, followed by the compositions (as rules that match nothing by themselves).</summary>
    public IReadOnlyList<Rule<T>> Rules => [.. _rules, .. _compositions.Select(c => c.AsRule)];

    /// <summary>
    /// Scans the tokens left to right and returns non-overlapping matches: at each token the longest match of any
    /// rule (earlier rules win ties); after a match, scanning resumes at its end. No match crosses a paragraph break.
    /// </summary>
    public List<RuleMatch<T>> Scan(TokenStream s) => Scan(s, 0, s.Count);

    /// <summary>Like <see cref="Scan(TokenStream)"/>, over tokens [<paramref name="from"/>, <paramref name="to"/>) only.</summary>
    public List<RuleMatch<T>> Scan(TokenStream s, int from, int to) => ScanInto(s, from, to, null);

    /// <summary>
    /// Like <see cref="Scan(TokenStream, int, int)"/>, adding the matches to <paramref name="result"/>. The first
    /// <see cref="FirstMatches"/> matches are gathered on the stack, so that an empty list grows once, to their number
    /// (most rule sets match a token in a hundred or fewer, and a list sized for the worst case would mostly stay empty).
    /// </summary>
    /// <returns><paramref name="result"/>, or when that is null, a new list.</returns>
    internal List<RuleMatch<T>> ScanInto(TokenStream s, int from, int to, List<RuleMatch<T>>? result)
    {
        ArgumentNullException.ThrowIfNull(s);
        from = Math.Max(0, from);
        to = Math.Min(to, s.Count);
        if (from >= to) return result ?? [];
        // The matches before composition: the first ones in `first`, and once that is full, all of them in `spilled`.
        var first = new FirstMatchBuffer();
        List<RuleMatch<T>>? spilled = null;
        int count = 0;
        // A small rule set (tense cues) gains nothing from the window masks: skip computing them.
        var near = _rules.Length >= 16 ? Nearby(s, from, to) : null;
        try
        {
            var classes = s.Classes;
            var entries = s.Entries;
            bool always = _always.Length > 0, words = _byWord.Length > 0;
            ulong starts = _tableMask | (_byNumber.Length > 0 ? Requirement.NumberBit : 0);
            int paragraphEnd = 0;
            for (int i = from; i < to;)
            {
                // Most tokens start no rule of the set: they are passed over without a try.
                if (!(always && AlwaysMayStart(s, i)) && (classes[i] & starts) == 0
                    && !(words && entries[i] is { } e && (uint)e.Id < (uint)_byWord.Length && _byWord[e.Id] is not null))
                {
                    i++;
                    continue;
                }
                if (i >= paragraphEnd) paragraphEnd = NextParagraph(s, i, to);
                s.Limit = paragraphEnd;
                if (TryAt(s, i, near is null ? ulong.MaxValue : near[i - from], out var best))
                {
                    if (count < FirstMatches)
                    {
                        first[count++] = best;
                    }
                    else
                    {
                        if (spilled is null)
                        {
                            // Room for the rest at the density seen so far.
                            spilled = new List<RuleMatch<T>>(count + (int)Math.Min(to - i, (long)count * (to - i) / Math.Max(1, i - from)) + 1);
                            spilled.AddRange(first);
                        }
                        spilled.Add(best);
                    }
                    i = best.End;
                }
                else
                {
                    i++;
                }
            }
            // Without compositions, the spilled list is the answer when a new list is asked for.
            if (spilled is not null && result is null && _compositions.Length == 0) return spilled;
            ReadOnlySpan<RuleMatch<T>> matches = spilled is null ? ((ReadOnlySpan<RuleMatch<T>>)first)[..count] : System.Runtime.InteropServices.CollectionsMarshal.AsSpan(spilled);
            result ??= new List<RuleMatch<T>>(matches.Length);
            if (_compositions.Length == 0)
            {
                if (result.Count == 0 && result.Capacity < count) result.Capacity = count;
                result.AddRange(matches);
            }
            else
            {
                Compose(s, matches, result);
            }
            return result;
        }
        finally
        {
            s.Limit = s.Count;
            if (near is not null) System.Buffers.ArrayPool<ulong>.Shared.Return(near);
        }
    }

    /// <summary>How many matches a scan gathers on the stack before it needs a list.</summary>
    private const int FirstMatches = 16;

    [System.Runtime.CompilerServices.InlineArray(FirstMatches)]
    private struct FirstMatchBuffer
    {
        private RuleMatch<T> _first;
    }

    /// <summary>
    /// For each token of [<paramref name="from"/>, <paramref name="to"/>), the classes of the tokens within <see cref="Window"/>
    /// from it, as this rule set sees them (tables, numbers, and the words it gave bits to): a rented array indexed from
    /// <paramref name="from"/>. Four passes of doubling ORs (1, 2, 4, 8 tokens ahead) make the 16-token windows.
    /// A window may run past a paragraph break: a superset is safe.
    /// </summary>
    private ulong[] Nearby(TokenStream s, int from, int to)
    {
        int end = (int)Math.Min(s.Count, (long)to + Window);
        int n = end - from;
        var near = System.Buffers.ArrayPool<ulong>.Shared.Rent(n);
        var classes = s.Classes;
        var entries = s.Entries;
        var wordBits = _wordBits;
        for (int k = 0; k < n; k++)
        {
            int i = from + k;
            near[k] = classes[i] | (entries[i] is { } e && (uint)e.Id < (uint)wordBits.Length ? wordBits[e.Id] : 0);
        }
        for (int step = 1; step < Window; step <<= 1)
        {
            for (int k = 0; k + step < n; k++) near[k] |= near[k + step];
        }
        return near;
    }

    /// <summary>Joins adjacent matches that a composition combines, left to right, adding them to <paramref name="result"/>.</summary>
    private void Compose(TokenStream s, ReadOnlySpan<RuleMatch<T>> matches, List<RuleMatch<T>> result)
    {
        if (result.Count == 0 && result.Capacity < matches.Length) result.Capacity = matches.Length;
        for (int k = 0; k < matches.Length; k++)
        {
            var a = matches[k];
            // Like a rule's match, a composition stays within one paragraph. The next match keeps to the paragraph it
            // starts in, so it is in a's when no paragraph opens up to its start.
            if (k + 1 < matches.Length && !ParagraphOpens(s, a.Start + 1, matches[k + 1].Start + 1))
            {
                var b = matches[k + 1];
                foreach (var c in _compositions)
                {
                    if (!c.Left(a.Value) || !c.Right(b.Value) || !Connects(s, c.Connector, a.End, b.Start)) continue;
                    a = new RuleMatch<T>(a.Start, b.End, c.Combine(a.Value, b.Value), c.AsRule);
                    k++;
                    break;
                }
            }
            result.Add(a);
        }
    }

    /// <summary>Whether a token of [<paramref name="from"/>, <paramref name="to"/>) opens a paragraph.</summary>
    private static bool ParagraphOpens(TokenStream s, int from, int to)
    {
        // Consecutive matches ask about disjoint ranges (from one start to the next), so a scan's questions take linear time.
        for (int j = from; j < to; j++) if (s.Tokens[j].Gap == Text.TokenGap.Paragraph) return true;
        return false;
    }

    private static bool Connects(TokenStream s, Pattern<Nothing>? connector, int from, int to)
    {
        if (from == to) return connector is null || connector.Info.Nullable;
        if (connector is null || to - from > 4) return false;
        int saved = s.Limit;
        s.Limit = to;
        bool ok = connector.Match(s, from, out _) == to;
        s.Limit = saved;
        return ok;
    }

    /// <summary>All matches of every rule at token <paramref name="i"/> (for tests and diagnostics).</summary>
    public List<RuleMatch<T>> MatchesAt(TokenStream s, int i)
    {
        ArgumentNullException.ThrowIfNull(s);
        var all = new List<RuleMatch<T>>();
        if ((uint)i >= (uint)s.Count) return all;
        // Only the rules this token can start can match here.
        var candidates = CandidatesAt(s, i);
        if (candidates.Length == 0) return all;
        s.Limit = s.ParagraphEnd(i);
        foreach (int r in candidates)
        {
            if (!MayMatch(r, s, i)) continue;
            int end = _rules[r].Pattern.Match(s, i, out var v);
            if (end > i) all.Add(new RuleMatch<T>(i, end, v, _rules[r]));
        }
        s.Limit = s.Count;
        return all;
    }

    /// <summary>Whether any rule matches at token <paramref name="i"/>.</summary>
    internal bool MatchesAny(TokenStream s, int i)
    {
        if ((uint)i >= (uint)s.Count) return false;
        var candidates = CandidatesAt(s, i);
        if (candidates.Length == 0) return false;
        s.Limit = s.ParagraphEnd(i);
        try
        {
            foreach (int r in candidates)
            {
                if (MayMatch(r, s, i) && _rules[r].Pattern.Match(s, i, out _) > i) return true;
            }
            return false;
        }
        finally
        {
            s.Limit = s.Count;
        }
    }

    /// <summary>Whether rule <paramref name="r"/>, which token <paramref name="i"/> starts, can match there given the token after it.</summary>
    private bool MayMatch(int r, TokenStream s, int i) => _one[r].Admits(s, i) || _second[r].Admits(s, i + 1);

    private int[] CandidatesAt(TokenStream s, int i) =>
        s.Tokens[i].Kind == Text.TokenKind.Number ? _numberCandidates
        : s.Entries[i] is { } e ? CandidatesOf(e)
        : _always;

    private bool TryAt(TokenStream s, int i, ulong nearby, out RuleMatch<T> best)
    {
        int bestEnd = i, bestRule = -1;
        T bestValue = default!;
        foreach (int r in CandidatesAt(s, i))
        {
            ulong required = _required[r];
            if (required != 0 && (required & nearby) == 0) continue;
            if (!MayMatch(r, s, i) || (_leading[r] is { } suffix && !suffix.Admits(s, i))) continue;
            int end = _rules[r].Pattern.Match(s, i, out var v);
            // Candidates come in priority order: an equally long match of a later rule never wins.
            if (end > bestEnd)
            {
                bestEnd = end;
                bestRule = r;
                bestValue = v;
            }
        }
        best = bestRule < 0 ? default : new RuleMatch<T>(i, bestEnd, bestValue, _rules[bestRule]);
        return bestRule >= 0;
    }

    /// <summary>The rules <paramref name="e"/> can start (its word, its tables, and the rules any token starts), in priority order.</summary>
    private int[] CandidatesOf(LexEntry e)
    {
        int id = e.Id;
        var cache = Volatile.Read(ref _byEntry);
        if ((uint)id < (uint)cache.Length && cache[id] is { } known) return known;
        var candidates = _always;
        if ((uint)id < (uint)_byWord.Length && _byWord[id] is { } w) candidates = RuleIndex.Union(candidates, w);
        for (ulong tables = e.Triggers & _tableMask; tables != 0; tables &= tables - 1)
            candidates = RuleIndex.Union(candidates, _byTable[System.Numerics.BitOperations.TrailingZeroCount(tables)]);
        if ((uint)id >= (uint)cache.Length)
        {
            var bigger = new int[]?[Math.Max(id + 1, cache.Length * 2)];
            Array.Copy(cache, bigger, cache.Length);
            Volatile.Write(ref _byEntry, bigger);
            cache = bigger;
        }
        cache[id] = candidates;
        return candidates;
    }

    private static int NextParagraph(TokenStream s, int i, int limit = int.MaxValue)
    {
        int end = Math.Min(s.Count, limit);
        int j = i + 1;
        while (j < end && s.Tokens[j].Gap != Text.TokenGap.Paragraph) j++;
        return j;
    }
}
