using Timeline.Patterns;

namespace Timeline.Events;

/// <summary>Bitmaps of where matches start.</summary>
internal static class MatchIndex
{
    /// <summary>A bit per token: whether a match of any of <paramref name="indexes"/> starts there.</summary>
    public static ulong[] Union(params IStarts[] indexes)
    {
        var union = new ulong[indexes.Max(x => x.Starts.Length)];
        foreach (var x in indexes)
        {
            for (int w = 0; w < x.Starts.Length; w++) union[w] |= x.Starts[w];
        }
        return union;
    }

    /// <summary>Whether bit <paramref name="i"/> of <paramref name="bits"/> is set.</summary>
    public static bool Has(ulong[] bits, int i) => (uint)(i >> 6) < (uint)bits.Length && i >= 0 && (bits[i >> 6] & (1UL << i)) != 0;
}

/// <summary>Where the matches of an index start, a bit per token.</summary>
internal interface IStarts
{
    /// <summary>The bits.</summary>
    ulong[] Starts { get; }
}

/// <summary>
/// The matches of a scan by their first token: whether one starts at a token, and its end and value. A bit per token
/// answers the common "no" at once; a "yes" counts the bits before it to find the match. Built once per article.
/// </summary>
internal sealed class MatchIndex<T> : IStarts
{
    private readonly ulong[] _starts;  // a bit per token: a match starts here
    private readonly int[] _rank;      // how many matches start before each 64-token word
    private readonly int[] _ends;
    private readonly T[] _values;

    /// <summary>Indexes <paramref name="matches"/> (in text order, as a scan returns them) over <paramref name="tokens"/> tokens; the first match at a token wins.</summary>
    public MatchIndex(List<RuleMatch<T>> matches, int tokens)
    {
        _starts = new ulong[(tokens + 63) >> 6];
        // As many as there are matches: a scan's matches all start at distinct tokens, in order, so every one is kept.
        _ends = new int[matches.Count];
        _values = new T[matches.Count];
        int last = -1, n = 0;
        foreach (var m in matches)
        {
            // Scans return matches in text order, each starting after the last; anything else keeps the first.
            if (m.Start <= last || (uint)m.Start >= (uint)tokens) continue;
            last = m.Start;
            _starts[m.Start >> 6] |= 1UL << m.Start;
            _ends[n] = m.End;
            _values[n++] = m.Value;
        }
        _rank = new int[_starts.Length];
        for (int w = 1; w < _starts.Length; w++) _rank[w] = _rank[w - 1] + System.Numerics.BitOperations.PopCount(_starts[w - 1]);
    }

    /// <inheritdoc />
    public ulong[] Starts => _starts;

    /// <summary>Whether a match starts at token <paramref name="i"/>.</summary>
    public bool ContainsKey(int i) => MatchIndex.Has(_starts, i);

    /// <summary>The match that starts at token <paramref name="i"/>, if any.</summary>
    public bool TryGetValue(int i, out (int End, T Value) match)
    {
        if (!ContainsKey(i))
        {
            match = default;
            return false;
        }
        int k = _rank[i >> 6] + System.Numerics.BitOperations.PopCount(_starts[i >> 6] & ((1UL << i) - 1));
        match = (_ends[k], _values[k]);
        return true;
    }
}
