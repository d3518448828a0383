namespace Timeline.Patterns;

/// <summary>A named table of words (or phrases) with a value each, registered in a <see cref="LexiconBuilder"/>.</summary>
/// <typeparam name="T">The value type (a month number, a weekday, a unit…).</typeparam>
public sealed class WordTable<T>
{
    internal WordTable(string name, int index, int[] phraseSeconds)
    {
        Name = name;
        Index = index;
        PhraseSeconds = phraseSeconds;
        Pattern = new TablePattern<T>(this);
    }

    /// <summary>The table's name (its data file's name).</summary>
    public string Name { get; }

    // Fields, not properties: the accessors of a generic class are compiled once per value type at start-up.

    /// <summary>The table's bit in a token's class mask.</summary>
    internal readonly int Index;

    /// <summary>The ids of the second words of the table's phrases (<c>a.m.</c>: <c>.</c>), ascending.</summary>
    internal readonly int[] PhraseSeconds;

    /// <summary>The pattern that matches one entry of this table and yields its value.</summary>
    public Pattern<T> Pattern { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The id of a literal word in a lexicon.</summary>
/// <param name="Id">The entry id.</param>
public readonly record struct WordId(int Id);
