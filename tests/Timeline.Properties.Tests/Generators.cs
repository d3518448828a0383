using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Timeline.Properties.Tests;

/// <summary>A text to read: any string, or (mostly) a news-like jumble of date words, digits, punctuation and odd characters.</summary>
/// <param name="Value">The text.</param>
public sealed record AnyText(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Generators.Show(Value);
}

/// <summary>A reference (publication) date in the years 1 to 9999, biased to the ends of the calendar, or none.</summary>
/// <param name="Date">The date, or null.</param>
public sealed record Reference(LocalDate? Date)
{
    /// <inheritdoc />
    public override string ToString() => Date?.ToString("uuuu-MM-dd", null) ?? "none";
}

/// <summary>One article of a generated corpus.</summary>
/// <param name="Id">Its document id (distinct within a corpus).</param>
/// <param name="Text">Its text.</param>
/// <param name="Published">Its publication date, or null.</param>
public sealed record GeneratedArticle(string Id, string Text, LocalDate? Published)
{
    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Published?.ToString("uuuu-MM-dd", null) ?? "undated"}): {Generators.Show(Text)}";
}

/// <summary>A few articles with distinct ids: news sentences (so that events merge across articles) mixed with jumbles.</summary>
/// <param name="Articles">The articles.</param>
public sealed record Corpus(IReadOnlyList<GeneratedArticle> Articles)
{
    /// <inheritdoc />
    public override string ToString() => string.Join("\n", Articles);
}

/// <summary>How to cut a corpus into shards and merge them back: a shard per article, and a merge order and grouping.</summary>
/// <param name="ShardOf">For each article, the shard it goes to.</param>
/// <param name="Order">The order in which the shards' timelines are merged.</param>
/// <param name="RightLeaning">Merge as a ⊕ (b ⊕ (c …)) instead of ((a ⊕ b) ⊕ c) ….</param>
public sealed record ShardPlan(IReadOnlyList<int> ShardOf, IReadOnlyList<int> Order, bool RightLeaning)
{
    /// <inheritdoc />
    public override string ToString() => $"shards [{string.Join(",", ShardOf)}] merged in order [{string.Join(",", Order)}] {(RightLeaning ? "right" : "left")}-leaning";
}

/// <summary>The generators, registered with <c>[Property(Arbitrary = [typeof(Generators)])]</c>.</summary>
public static class Generators
{
    /// <summary>At most this many shards in a <see cref="ShardPlan"/>.</summary>
    public const int MaxShards = 4;

    private static readonly string[] DateWords =
    [
        "January", "Feb", "Feb.", "March", "april", "May", "JUNE", "Jun.", "July", "Aug", "Sept.", "September", "Oct", "November", "Dec.",
        "Monday", "Tue", "Wednesday", "Thurs.", "Friday", "Sat.", "Sunday", "weekend",
        "ago", "last", "next", "this", "coming", "earlier", "later", "before", "after", "since", "until", "from", "to", "between", "and",
        "the", "of", "in", "on", "at", "by", "a", "an", "every", "each", "early", "mid", "mid-", "late", "end", "beginning", "start",
        "today", "yesterday", "tomorrow", "tonight", "now", "recently", "soon", "morning", "afternoon", "evening", "night", "noon",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "quarter", "half", "season",
        "spring", "summer", "autumn", "fall", "winter", "first", "second", "third", "fourth", "70th", "25th", "1st", "31st", "anniversary",
        "four", "twenty-one", "a hundred", "several", "few", "couple", "dozen", "hours", "minutes", "a.m.", "p.m.", "GMT", "IST", "o'clock",
        "Q1", "Q3", "H2", "FY", "fiscal", "1990s", "'90s", "the 2010s", "'19", "nineteen ninety-six", "two thousand",
    ];

    private static readonly string[] NewsWords =
    [
        "Kim Jong-un", "Kim", "Vladimir Putin", "Putin", "President", "leader", "North Korea", "North Korean", "Russia", "Russian",
        "Pyongyang", "Vladivostok", "Seoul", "the two leaders", "KCNA", "(Yonhap)", "said", "says", "will", "would", "met", "meets",
        "summit", "visit", "visited", "talks", "meeting", "delegation", "agreement", "signed", "launched", "missiles", "sanctions", "aid",
        "invited", "reportedly", "plans to", "is expected to", "on the eve of", "just before", "following", "held", "arrived", "Updated",
    ];

    private static readonly string[] Numbers =
    [
        "0", "00", "1", "7", "12", "13", "29", "30", "31", "32", "99", "100", "999", "1000", "1492", "1953", "2019", "2023", "2999", "3000",
        "9999", "10000", "99999", "999999999", "99999999999", "100000000000000000000", "10^20", "1,000", "3,900", "1.5", "2.5", "0.5",
        "06/08/2019", "31/02/2019", "2019-02-30", "2023-09-22", "0000-01-01", "13:53", "25:99", "9/11", "24/7", "-5", "+3", "$2019", "10%",
    ];

    private static readonly string[] Symbols =
    [
        ".", ",", ";", ":", "-", "–", "—", "/", "'", "’", "\"", "“", "”", "(", ")", "[", "]", "!", "?", "…", "...", "&", "#", "^", "*",
        "<p>", "</b>", "&nbsp;", "{{free_limit}}",
    ];

    private static readonly string[] Odd =
    [
        "김정은", "정상회담", "Путин", "встретился", "апреля", "بوتين", "أبريل", "٢٠١٩", "２０１９", "東京", "é", "e\u0301", "ß", "İ",
        "😀", "👩‍👩‍👧", "\uD800", "\uDC00", "\uDBFF\uDBFF", "\u0000", "\u0007", "\u001B[31m", "\u200B", "\u200D", "\uFEFF", "\u00A0",
        "\u2003", "\u2028", "\u202E", "\uFFFD", "\uFFFF", "\r", "\v", "\f",
    ];

    private static readonly string[] Separators = [" ", " ", " ", " ", " ", "", "\n", "\n\n", "\t", ", ", ". ", "  ", "\r\n"];

    private static readonly string[] NewsSentences =
    [
        "North Korean leader Kim Jong-un held a summit with Russian President Vladimir Putin in Vladivostok on Wednesday.",
        "North Korean leader Kim Jong-un had visited Vladivostok for a summit with Russian President Vladimir Putin in April.",
        "North Korean leader Kim Jong-un and Russian President Vladimir Putin held their first summit in Vladivostok on April 25, 2019.",
        "Russian President Vladimir Putin will visit Pyongyang at a convenient time.",
        "Russian President Vladimir Putin visited Pyongyang in July 2000.",
        "North Korea launched two short-range ballistic missiles just before Putin and Kim's meeting.",
        "Earlier this week, Russia sent 3,900 tons of wheat to North Korea as humanitarian aid.",
        "The United States imposed new sanctions on North Korean shipping firms on Thursday.",
        "Russian Defence Minister Sergei Shoigu visited Pyongyang in July.",
        "North Korea reportedly launched a military spy satellite.",
        "The two countries signed an agreement on economic cooperation last year.",
        "The two leaders met again two days later.",
        "The summit took place on February 30, 2023.",
    ];

    /// <summary>News-like text: fragments joined by separators, as long as FsCheck's size.</summary>
    public static Gen<string> NewsText { get; } = Gen.Sized(size =>
        Gen.Choose(0, Math.Max(1, size)).SelectMany(n =>
            Gen.Zip(Fragment, Gen.Elements(Separators)).ListOf(n)
                .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)))));

    private static Gen<string> Fragment => Gen.Frequency(
        (30, Gen.Elements(DateWords)),
        (15, Gen.Elements(NewsWords)),
        (15, Gen.Elements(Numbers)),
        (10, Gen.Choose(0, 2999).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (10, Gen.Elements(Symbols)),
        (8, Gen.Elements(Odd)),
        (4, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())),
        (3, Gen.Elements(NewsSentences)));

    /// <summary>Any string at all (possibly with lone surrogates and control characters).</summary>
    public static Gen<string> AnyString { get; } =
        ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? "");

    /// <summary>Texts: mostly news-like, sometimes any string.</summary>
    public static Arbitrary<AnyText> Texts() =>
        Arb.From(Gen.Frequency((1, AnyString), (4, NewsText)).Select(t => new AnyText(t)), t => Shrink(t.Value).Select(s => new AnyText(s)));

    /// <summary>Dates of years 1 to 9999: anywhere, near today, and at the ends of the calendar.</summary>
    public static Gen<LocalDate> Dates { get; } = Gen.Frequency(
        (4, Gen.Choose(1, 9999).SelectMany(y => Gen.Choose(1, 12).SelectMany(m =>
            Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(y, m)).Select(d => new LocalDate(y, m, d))))),
        (4, Gen.Choose(0, 365 * 40).Select(d => new LocalDate(1995, 1, 1).PlusDays(d))),
        (1, Gen.Choose(0, 400).Select(d => new LocalDate(9999, 12, 31).PlusDays(-d))),
        (1, Gen.Choose(0, 13).Select(d => new LocalDate(9999, 12, 31).PlusDays(-d))),
        (1, Gen.Choose(0, 400).Select(d => new LocalDate(1, 1, 1).PlusDays(d))),
        (1, Gen.Choose(0, 13).Select(d => new LocalDate(1, 1, 1).PlusDays(d))));

    /// <summary>A reference date or none.</summary>
    public static Arbitrary<Reference> References() =>
        Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (4, Dates.Select(d => (LocalDate?)d))).Select(d => new Reference(d)).ToArbitrary();

    /// <summary>One to five articles with distinct ids.</summary>
    public static Arbitrary<Corpus> Corpora() =>
        Gen.Choose(1, 5).SelectMany(n =>
            Gen.Zip(ArticleText, Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (3, Dates.Select(d => (LocalDate?)d)))).ListOf(n)
                .Select(list => new Corpus([.. list.Select((a, i) => new GeneratedArticle($"doc{i}", a.Item1, a.Item2))])))
            .ToArbitrary();

    private static Gen<string> ArticleText => Gen.Frequency(
        (3, Gen.Elements(NewsSentences).ListOf(4).Select(s => string.Join(" ", s.Distinct()))),
        (2, Gen.Zip(Gen.Elements(NewsSentences).ListOf(3), NewsText).Select(x => string.Join(" ", x.Item1) + "\n" + x.Item2)),
        (1, NewsText));

    /// <summary>A plan to cut up to five articles into shards and merge them back.</summary>
    public static Arbitrary<ShardPlan> ShardPlans() =>
        Gen.Choose(1, MaxShards).SelectMany(shards =>
            Gen.Zip(Gen.Choose(0, shards - 1).ListOf(5), Gen.Shuffle(Enumerable.Range(0, shards)))
                .SelectMany(x => ArbMap.Default.GeneratorFor<bool>().Select(right => new ShardPlan([.. x.Item1], [.. x.Item2], right))))
            .ToArbitrary();

    /// <summary>Shorter texts for a failing case: halves, then the text without each eighth.</summary>
    private static IEnumerable<string> Shrink(string text)
    {
        if (text.Length <= 1) yield break;
        yield return text[..(text.Length / 2)];
        yield return text[(text.Length / 2)..];
        int chunk = Math.Max(1, text.Length / 8);
        for (int at = 0; at + chunk <= text.Length; at += chunk) yield return text.Remove(at, chunk);
    }

    /// <summary>A text as a C# literal, so that a counterexample can be pasted into a test.</summary>
    public static string Show(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in text.Length > 2000 ? text[..2000] : text)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || char.IsSurrogate(c) || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' or '\uFEFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return sb.Append(text.Length > 2000 ? "\"…" : "\"").ToString();
    }
}
