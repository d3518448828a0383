namespace Timeline.Patterns;

/// <summary>
/// The trigger index of a rule set, from its rules' <see cref="PatternInfo"/>: which rules each table, word and number
/// can start, what each rule requires nearby, and its prefix tests (see <see cref="RuleSet{T}"/>). Not generic, so that
/// it is compiled once however many value types the rule sets of a grammar yield.
/// </summary>
internal sealed class RuleIndex
{
    /// <summary>Builds the index of rules named <paramref name="names"/> with patterns <paramref name="infos"/>.</summary>
    /// <exception cref="ArgumentException">Two rules share a name, or a rule can match nothing.</exception>
    public RuleIndex(string[] names, PatternInfo[] infos, string paramName)
    {
        var counts = new Dictionary<string, int>(names.Length);
        foreach (var name in names) counts[name] = counts.GetValueOrDefault(name) + 1;
        foreach (var name in names)
        {
            if (counts[name] > 1) throw new ArgumentException($"Two rules are named '{name}'.", paramName);
        }
        var byTable = new List<int>?[LexiconBuilder.MaxTables];
        var byWord = new Dictionary<int, List<int>>();
        var byNumber = new List<int>();
        var always = new List<int>();
        int maxWord = -1;
        for (int r = 0; r < infos.Length; r++)
        {
            var first = infos[r].First;
            if (infos[r].Nullable) throw new ArgumentException($"Rule '{names[r]}' can match nothing.", paramName);
            if (first.Anything) always.Add(r);
            if (first.HasNumbers) byNumber.Add(r);
            for (ulong tables = first.Tables; tables != 0; tables &= tables - 1)
                (byTable[System.Numerics.BitOperations.TrailingZeroCount(tables)] ??= []).Add(r);
            foreach (var w in first.Words)
            {
                if (!byWord.TryGetValue(w, out var list)) byWord[w] = list = [];
                list.Add(r);
                maxWord = Math.Max(maxWord, w);
            }
        }
        ByTable = new int[byTable.Length][];
        for (int t = 0; t < byTable.Length; t++)
        {
            ByTable[t] = byTable[t]?.ToArray() ?? [];
            if (ByTable[t].Length > 0) TableMask |= 1UL << t;
        }
        ByWord = new int[maxWord + 1][];
        foreach (var (id, list) in byWord) ByWord[id] = [.. list];
        ByNumber = [.. byNumber];
        Always = [.. always];
        // The rules a number can start, in priority order: those of numbers and those of any token.
        NumberCandidates = Union(ByNumber, Always);

        // Requirements become masks: class bits as they are; each required word gets one of the free high bits
        // (shared when there are more words than bits), so that common words never light them up.
        var requirements = new Requirement?[infos.Length];
        var words = new List<int>();
        for (int r = 0; r < infos.Length; r++)
        {
            requirements[r] = infos[r].Required;
            if (requirements[r] is not { } q) continue;
            foreach (var p in q.All) if (p.IsWord) words.Add(p.WordId);
        }
        words.Sort();
        WordBits = new ulong[words.Count == 0 ? 0 : words[^1] + 1];
        int k = 0;
        for (int n = 0; n < words.Count; n++)
        {
            if (n > 0 && words[n] == words[n - 1]) continue;
            WordBits[words[n]] = 1UL << (Requirement.FirstWordBit + k++ % Requirement.WordBits);
        }
        Required = new ulong[infos.Length];
        for (int r = 0; r < infos.Length; r++)
        {
            if (requirements[r] is not { } q) continue;
            ulong mask = 0;
            foreach (var p in q.All) mask |= p.IsWord ? WordBits[p.WordId] : p.Mask;
            Required[r] = mask;
        }

        One = new StartTest[infos.Length];
        Second = new StartTest[infos.Length];
        Leading = new SuffixInfo?[infos.Length];
        for (int r = 0; r < infos.Length; r++)
        {
            var prefix = infos[r].Prefix;
            One[r] = StartTest.Of(prefix.One);
            Second[r] = StartTest.Of(prefix.Second);
            Leading[r] = infos[r].LeadingSuffix;
        }
        bool allLeading = Always.Length > 0;
        foreach (int r in Always) allLeading &= Leading[r] is not null;
        if (allLeading) AlwaysLeading = Array.ConvertAll(Always, r => Leading[r]!);
    }

    /// <summary>
    /// The union of two ascending lists (of rules, of word ids), ascending; one of the two itself when it holds the other
    /// (the lists are never written to once made, so they can be shared).
    /// </summary>
    internal static int[] Union(int[] a, int[] b)
    {
        if (b.Length == 0) return a;
        if (a.Length == 0) return b;
        var union = new int[a.Length + b.Length];
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j]) union[n++] = a[i++];
            else if (a[i] > b[j]) union[n++] = b[j++];
            else { union[n++] = a[i++]; j++; }
        }
        while (i < a.Length) union[n++] = a[i++];
        while (j < b.Length) union[n++] = b[j++];
        if (n == a.Length) return a;
        if (n == b.Length) return b;
        return n == union.Length ? union : union[..n];
    }

    /// <summary>By table: the rules its entries can start, in priority order.</summary>
    public int[][] ByTable { get; }

    /// <summary>By word id (ids are dense): the rules the word can start, or null.</summary>
    public int[]?[] ByWord { get; }

    /// <summary>The rules a number can start.</summary>
    public int[] ByNumber { get; }

    /// <summary>The rules any token can start.</summary>
    public int[] Always { get; }

    /// <summary>The rules a number can start, with those any token can, in priority order.</summary>
    public int[] NumberCandidates { get; }

    /// <summary>The tables that start a rule.</summary>
    public ulong TableMask { get; }

    /// <summary>By word id: the bit a word that rules require gets (0 for others).</summary>
    public ulong[] WordBits { get; }

    /// <summary>By rule: the mask of tokens one of which must stand nearby (0 for no requirement).</summary>
    public ulong[] Required { get; }

    /// <summary>By rule: the tokens a one-token match can be.</summary>
    public StartTest[] One { get; }

    /// <summary>By rule: the tokens that can stand second in a longer match.</summary>
    public StartTest[] Second { get; }

    /// <summary>By rule: a suffix its first token must have, if it promises one.</summary>
    public SuffixInfo?[] Leading { get; }

    /// <summary>The suffixes of the rules any token can start, when each promises one; otherwise null.</summary>
    public SuffixInfo[]? AlwaysLeading { get; }
}
