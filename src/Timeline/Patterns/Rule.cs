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
    private readonly int[][] _byWord; // by word id (ids are dense)
    private readonly int[] _byNumber;
    private readonly int[] _always;
    private readonly ulong[] _required;
    private readonly Dictionary<int, ulong> _wordBits;

    /// <summary>How far after its first token a rule's required token may stand.</summary>
    private const int Window = 16;

    private readonly Composition<T>[] _compositions;

    /// <summary>Builds the trigger index of <paramref name="rules"/>; earlier rules win ties of equal length.</summary>
    public RuleSet(IEnumerable<Rule<T>> rules, IEnumerable<Composition<T>>? compositions = null)
    {
        _rules = [.. rules];
        _compositions = [.. compositions ?? []];
        var dup = _rules.GroupBy(r => r.Name).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new ArgumentException($"Two rules are named '{dup.Key}'.", nameof(rules));
        var byTable = new List<int>[LexiconBuilder.MaxTables];
        var byWord = new Dictionary<int, List<int>>();
        var byNumber = new List<int>();
        var always = new List<int>();
        for (int r = 0; r < _rules.Length; r++)
        {
            var first = new FirstSet();
            _rules[r].Pattern.AddFirst(first);
            if (_rules[r].Pattern.Nullable) throw new ArgumentException($"Rule '{_rules[r].Name}' can match nothing.", nameof(rules));
            if (first.Anything) always.Add(r);
            if (first.Numbers) byNumber.Add(r);
            foreach (var t in first.Tables) (byTable[t] ??= []).Add(r);
            foreach (var w in first.Words)
            {
                if (!byWord.TryGetValue(w, out var list)) byWord[w] = list = [];
                list.Add(r);
            }
        }
        _byTable = [.. byTable.Select(l => l?.ToArray() ?? [])];
        _byWord = new int[byWord.Count == 0 ? 0 : byWord.Keys.Max() + 1][];
        foreach (var (id, list) in byWord) _byWord[id] = [.. list];
        _byNumber = [.. byNumber];
        _always = [.. always];
        // Requirements become masks: class bits as they are; each required word gets one of the free high bits
        // (shared when there are more words than bits), so that common words never light them up.
        var requirements = _rules.Select(r => r.Pattern.Required()).ToArray();
        var words = requirements.Where(q => q is not null).SelectMany(q => q!.Value.All).Where(p => p.IsWord)
            .Select(p => (int)(p.Mask & 0xFFFF_FFFF)).Distinct().Order().ToList();
        _wordBits = words.Select((id, k) => (id, bit: 1UL << (Requirement.FirstWordBit + k % Requirement.WordBits)))
            .ToDictionary(x => x.id, x => x.bit);
        _required = [.. requirements.Select(q => q is null ? 0UL : q.Value.All.Aggregate(0UL, (m, p) =>
            m | (p.IsWord ? _wordBits[(int)(p.Mask & 0xFFFF_FFFF)] : p.Mask)))];
    }

    /// <summary>The rules, in priority order, followed by the compositions (as rules that match nothing by themselves).</summary>
    public IReadOnlyList<Rule<T>> Rules => [.. _rules, .. _compositions.Select(c => c.AsRule)];

    /// <summary>
    /// Scans the tokens left to right and returns non-overlapping matches: at each token the longest match of any
    /// rule (earlier rules win ties); after a match, scanning resumes at its end. No match crosses a paragraph break.
    /// </summary>
    public List<RuleMatch<T>> Scan(TokenStream s) => Scan(s, 0, s.Count);

    /// <summary>Like <see cref="Scan(TokenStream)"/>, over tokens [<paramref name="from"/>, <paramref name="to"/>) only.</summary>
    public List<RuleMatch<T>> Scan(TokenStream s, int from, int to)
    {
        var result = new List<RuleMatch<T>>((to - from) / 16 + 4);
        var tried = new int[_rules.Length];
        // A small rule set (tense cues) gains nothing from the window masks: skip computing them.
        var near = _rules.Length >= 16 ? s.Nearby(this, Window, _wordBits) : null;
        int paragraphEnd = 0;
        for (int i = from; i < to;)
        {
            if (i >= paragraphEnd) paragraphEnd = NextParagraph(s, i, to);
            s.Limit = paragraphEnd;
            if (TryAt(s, i, tried, near is null ? ulong.MaxValue : near[i], out var best))
            {
                result.Add(best);
                i = best.End;
            }
            else
            {
                i++;
            }
        }
        s.Limit = s.Count;
        return _compositions.Length == 0 ? result : Compose(s, result);
    }

    /// <summary>Joins adjacent matches that a composition combines, left to right.</summary>
    private List<RuleMatch<T>> Compose(TokenStream s, List<RuleMatch<T>> matches)
    {
        var result = new List<RuleMatch<T>>(matches.Count);
        for (int k = 0; k < matches.Count; k++)
        {
            var a = matches[k];
            // Like a rule's match, a composition stays within one paragraph.
            if (k + 1 < matches.Count && matches[k + 1].End <= s.ParagraphEnd(a.Start))
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
        return result;
    }

    private static bool Connects(TokenStream s, Pattern<Nothing>? connector, int from, int to)
    {
        if (from == to) return connector is null || connector.Nullable;
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
        var all = new List<RuleMatch<T>>();
        s.Limit = s.ParagraphEnd(i);
        for (int r = 0; r < _rules.Length; r++)
        {
            int end = _rules[r].Pattern.Match(s, i, out var v);
            if (end > i) all.Add(new RuleMatch<T>(i, end, v, _rules[r]));
        }
        s.Limit = s.Count;
        return all;
    }

    private bool TryAt(TokenStream s, int i, int[] tried, ulong nearby, out RuleMatch<T> best)
    {
        RuleMatch<T> found = default;
        int bestEnd = i, bestRule = int.MaxValue;
        int stamp = i + 1;
        var token = s.Tokens[i];
        if (token.Kind == Text.TokenKind.Number) Try(_byNumber);
        if (s.Entries[i] is { } e)
        {
            if ((uint)e.Id < (uint)_byWord.Length && _byWord[e.Id] is { } w) Try(w);
            ulong tables = e.Triggers;
            while (tables != 0)
            {
                int t = System.Numerics.BitOperations.TrailingZeroCount(tables);
                Try(_byTable[t]);
                tables &= tables - 1;
            }
        }
        Try(_always);
        best = found;
        return bestEnd > i;

        void Try(int[] candidates)
        {
            foreach (int r in candidates)
            {
                if (tried[r] == stamp) continue;
                tried[r] = stamp;
                if (_required[r] != 0 && (_required[r] & nearby) == 0) continue;
                int end = _rules[r].Pattern.Match(s, i, out var v);
                if (end > bestEnd || (end == bestEnd && end > i && r < bestRule))
                {
                    bestEnd = end;
                    bestRule = r;
                    found = new RuleMatch<T>(i, end, v, _rules[r]);
                }
            }
        }
    }

    private static int NextParagraph(TokenStream s, int i, int limit = int.MaxValue)
    {
        int end = Math.Min(s.Count, limit);
        int j = i + 1;
        while (j < end && s.Tokens[j].Gap != Text.TokenGap.Paragraph) j++;
        return j;
    }
}
