using System.Collections.Concurrent;
using System.Text;
using Timeline.Benchmarks.Corpus;

namespace Timeline.Benchmarks;

/// <summary>
/// Inputs that a careless tagger would choke on, built in memory: long runs of one thing, and one huge line.
/// <list type="bullet">
/// <item><c>digits</c>: 100 KB of digits, one single number token.</item>
/// <item><c>numbers</c>: 100 KB of short numbers (<c>1998 12 31 7 </c>…), each one a trigger of the number rules.</item>
/// <item><c>spaces</c>: 100 KB of spaces.</item>
/// <item><c>the</c>: 100 KB of <c>the the the</c>.</item>
/// <item><c>dates</c>: 100 KB of dates and relative dates (<c>June 8, 2019. Last Friday.</c>…), every token part of an expression.</item>
/// <item><c>line</c>: 10 MB of news (the generated corpus) on one line: no line or paragraph break at all.</item>
/// </list>
/// Each has a time bound linear in its size (<see cref="MaxNanosecondsPerByte"/>): 1,000 ns per byte (1 MB/s, more than
/// ten times slower than news is read on one core) for the runs of one thing and the long line, and 5,000 ns per byte
/// for <c>numbers</c> and <c>dates</c>, where every few bytes make an expression to resolve (or an event to read).
/// </summary>
public static class PathologicalInput
{
    public const string Digits = "digits", Numbers = "numbers", Spaces = "spaces", The = "the", Dates = "dates", Line = "line";

    private const int Small = 100_000, Large = 10_000_000;

    private static readonly ConcurrentDictionary<string, string> Cache = new();

    /// <summary>Every input, smallest first.</summary>
    public static IEnumerable<string> All => [Digits, Numbers, Spaces, The, Dates, Line];

    /// <summary>The text of input <paramref name="name"/> (built once per process).</summary>
    public static string Text(string name) => Cache.GetOrAdd(name, n => n switch
    {
        Digits => Repeat("1234567890", Small),
        Numbers => Repeat("1998 12 31 7 2019 06 08 ", Small),
        Spaces => new string(' ', Small),
        The => Repeat("the ", Small),
        Dates => Repeat("June 8, 2019. Last Friday. On Monday, 12 days ago, in the first half of 2022. ", Small),
        Line => OneLine(Large),
        _ => throw new ArgumentException($"Unknown input '{n}'.", nameof(name)),
    });

    /// <summary>The most time input <paramref name="name"/> may take to read, in nanoseconds per UTF-8 byte.</summary>
    public static double MaxNanosecondsPerByte(string name) => name is Numbers or Dates ? 5000 : 1000;

    /// <summary>The size of input <paramref name="name"/> in UTF-8 bytes.</summary>
    public static long Utf8Bytes(string name) => Encoding.UTF8.GetByteCount(Text(name));

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length) builder.Append(unit);
        return builder.ToString(0, length);
    }

    private static string OneLine(int length)
    {
        var builder = new StringBuilder(length + 100_000);
        foreach (var article in new CorpusGenerator(SourceArticles.All()).Articles())
        {
            if (builder.Length >= length) break;
            foreach (var c in article.Text) builder.Append(c is '\n' or '\r' ? ' ' : c);
        }
        return builder.ToString(0, length);
    }
}
