namespace Timeline.Patterns;

/// <summary>A named pattern: the unit a grammar is written in and tested by.</summary>
/// <param name="Name">A short unique name (<c>month-day-year</c>), used in diagnostics and example corpora.</param>
/// <param name="Pattern">What it matches and the value it yields.</param>
public sealed record Rule<T>(string Name, Pattern<T> Pattern);

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
    private readonly Dictionary<int, int[]> _byWord;
    private readonly int[] _byNumber;
    private readonly int[] _always;

    /// <summary>Builds the trigger index of <paramref name="rules"/>; earlier rules win ties of equal length.</summary>
    public RuleSet(IEnumerable<Rule<T>> rules)
    {
        _rules = [.. rules];
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
        _byWord = byWord.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        _byNumber = [.. byNumber];
        _always = [.. always];
    }

    /// <summary>The rules, in priority order.</summary>
    public IReadOnlyList<Rule<T>> Rules => _rules;

    /// <summary>
    /// Scans the tokens left to right and returns non-overlapping matches: at each token the longest match of any
    /// rule (earlier rules win ties); after a match, scanning resumes at its end. No match crosses a paragraph break.
    /// </summary>
    public List<RuleMatch<T>> Scan(TokenStream s)
    {
        var result = new List<RuleMatch<T>>();
        var tried = new int[_rules.Length];
        int paragraphEnd = 0;
        for (int i = 0; i < s.Count;)
        {
            if (i >= paragraphEnd) paragraphEnd = NextParagraph(s, i);
            s.Limit = paragraphEnd;
            if (TryAt(s, i, tried, out var best))
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
        return result;
    }

    /// <summary>All matches of every rule at token <paramref name="i"/> (for tests and diagnostics).</summary>
    public List<RuleMatch<T>> MatchesAt(TokenStream s, int i)
    {
        var all = new List<RuleMatch<T>>();
        s.Limit = NextParagraph(s, i);
        for (int r = 0; r < _rules.Length; r++)
        {
            int end = _rules[r].Pattern.Match(s, i, out var v);
            if (end > i) all.Add(new RuleMatch<T>(i, end, v, _rules[r]));
        }
        s.Limit = s.Count;
        return all;
    }

    private bool TryAt(TokenStream s, int i, int[] tried, out RuleMatch<T> best)
    {
        RuleMatch<T> found = default;
        int bestEnd = i, bestRule = int.MaxValue;
        int stamp = i + 1;
        var token = s.Tokens[i];
        if (token.Kind == Text.TokenKind.Number) Try(_byNumber);
        if (s.Entries[i] is { } e)
        {
            if (_byWord.TryGetValue(e.Id, out var w)) Try(w);
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

    private static int NextParagraph(TokenStream s, int i)
    {
        int j = i + 1;
        while (j < s.Count && s.Tokens[j].Gap != Text.TokenGap.Paragraph) j++;
        return j;
    }
}
