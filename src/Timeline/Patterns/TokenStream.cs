using Timeline.Text;


namespace Timeline.Patterns;

/// <summary>
/// A text, its tokens and each token's lexicon entry: what patterns match against.
/// Made once per text by <see cref="Lexicon.Analyze"/>; not shared between threads while matching.
/// </summary>
public sealed class TokenStream
{
    internal TokenStream(string text, Token[] tokens, LexEntry?[] entries, ulong[] classes)
    {
        Text = text;
        Tokens = tokens;
        Entries = entries;
        Classes = classes;
        Limit = tokens.Length;
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>Its tokens.</summary>
    public Token[] Tokens { get; }

    internal LexEntry?[] Entries { get; }

    /// <summary>
    /// For each token, the rules it can start as a mask: its entry's tables (<see cref="LexEntry.Triggers"/>), or
    /// <see cref="Requirement.NumberBit"/> for a number.
    /// </summary>
    internal ulong[] Classes { get; }

    /// <summary>Number of tokens.</summary>
    public int Count => Tokens.Length;

    private int[]? _paragraphEnds;

    /// <summary>
    /// The index just past the paragraph token <paramref name="i"/> stands in (the next token that opens a paragraph, or
    /// <see cref="Count"/>). Computed once per text, so that matching at many places of one long paragraph stays linear.
    /// </summary>
    internal int ParagraphEnd(int i)
    {
        if (_paragraphEnds is null)
        {
            var ends = new int[Tokens.Length];
            int end = Tokens.Length;
            for (int k = Tokens.Length - 1; k >= 0; k--)
            {
                ends[k] = end;
                if (Tokens[k].Gap == TokenGap.Paragraph) end = k;
            }
            _paragraphEnds = ends;
        }
        return _paragraphEnds[i];
    }

    /// <summary>Matching may not consume tokens at or past this index (the next paragraph).</summary>
    internal int Limit { get; set; }

    /// <summary>The text of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> TextOf(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    /// <summary>The character span covered by tokens [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public Temporal.TextSpan SpanOf(int start, int end) => new(Tokens[start].Start, Tokens[end - 1].End);

    /// <summary>Whether token <paramref name="i"/> belongs to word table <paramref name="table"/>.</summary>
    public bool Is<T>(int i, WordTable<T> table) => (uint)i < (uint)Tokens.Length && Entries[i] is { } e && e.InTable(table.Index);

    /// <summary>Whether token <paramref name="i"/> is the given literal word.</summary>
    public bool Is(int i, WordId word) => (uint)i < (uint)Tokens.Length && Entries[i]?.Id == word.Id;

    /// <summary>The value token <paramref name="i"/> has in <paramref name="table"/> (the table's default when absent).</summary>
    public T ValueOf<T>(int i, WordTable<T> table) =>
        Is(i, table) ? (T)Entries[i]!.Values[table.Index]! : default!;
}
