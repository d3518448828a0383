using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;

namespace Timeline.Benchmarks.Corpus;

/// <summary>
/// Makes a corpus of distinct, real-looking news articles of any size from a few hundred real ones. Round 0 gives every
/// source article as it is; each later round gives every source article once more, in a new order, as a new document:
/// <list type="bullet">
/// <item>its id gets the round number (<c>APW19980807.0261-r017</c>);</item>
/// <item>it is moved by a whole number of years (−6 to +6, never 0): the publication date, and every year from 1900 to
/// 2099 written in the text, so that the text's dates agree with the new publication date;</item>
/// <item>its body paragraphs (all but the lead: the headline or dateline and the first paragraph) are shuffled a little
/// (each neighbouring pair swapped with probability 0.3), about one in seven is left out, and so is about one
/// sentence in ten of those kept (never a paragraph's only sentence).</item>
/// </list>
/// The same sources and seed give the same corpus, byte for byte.
/// </summary>
public sealed partial class CorpusGenerator
{
    private readonly IReadOnlyList<SourceArticle> _sources;
    private readonly ulong _seed;

    /// <summary>Creates a generator over <paramref name="sources"/> (at least one).</summary>
    public CorpusGenerator(IReadOnlyList<SourceArticle> sources, ulong seed = 1)
    {
        if (sources.Count == 0) throw new ArgumentException("No source articles.", nameof(sources));
        _sources = sources;
        _seed = seed;
    }

    /// <summary>The source articles.</summary>
    public IReadOnlyList<SourceArticle> Sources => _sources;

    /// <summary>The articles, round after round, without end.</summary>
    public IEnumerable<SourceArticle> Articles()
    {
        for (int round = 0; ; round++)
        {
            var order = Enumerable.Range(0, _sources.Count).ToArray();
            if (round > 0) Shuffle(order, new SplitMix64(Mix(_seed, (ulong)round, 0)));
            foreach (var i in order) yield return Variant(i, round);
        }
    }

    /// <summary>The articles until their texts reach <paramref name="utf8Bytes"/> UTF-8 bytes (the last one included).</summary>
    public IEnumerable<SourceArticle> Articles(long utf8Bytes)
    {
        long total = 0;
        foreach (var article in Articles())
        {
            if (total >= utf8Bytes) yield break;
            total += Encoding.UTF8.GetByteCount(article.Text);
            yield return article;
        }
    }

    /// <summary>Source article <paramref name="index"/> as it appears in round <paramref name="round"/>.</summary>
    public SourceArticle Variant(int index, int round)
    {
        var source = _sources[index];
        if (round == 0) return source;
        var random = new SplitMix64(Mix(_seed, (ulong)round, (ulong)index + 1));
        int years = random.Next(12) - 6;
        if (years >= 0) years++;

        bool blankLines = source.Text.Contains("\n\n", StringComparison.Ordinal);
        var paragraphs = (blankLines ? BlankLine().Split(source.Text) : source.Text.Split('\n'))
            .Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        // The lead stays first: a short headline or dateline line, then the first real paragraph.
        int lead = Math.Min(paragraphs.Count, paragraphs.Count > 1 && paragraphs[0].Length < 100 ? 2 : 1);
        var body = paragraphs.Skip(lead).ToList();
        if (body.Count > 2) body = [.. body.Where(_ => random.Next(7) != 0)];
        body = [.. body.Select(p => DropSentences(p, random))];
        for (int k = 0; k + 1 < body.Count; k++)
        {
            if (random.Next(10) < 3) (body[k], body[k + 1]) = (body[k + 1], body[k]);
        }

        var separator = blankLines ? "\n\n" : "\n";
        var text = string.Join(separator, paragraphs.Take(lead).Concat(body));
        text = Year().Replace(text, m => ShiftYear(m.Value, years));
        var id = $"{source.Id}-r{round.ToString("D3", CultureInfo.InvariantCulture)}";
        return new SourceArticle(id, source.Dct?.PlusYears(years), text + "\n");
    }

    // Leaves out about one sentence in ten of a paragraph, never its only one.
    private static string DropSentences(string paragraph, SplitMix64 random)
    {
        var sentences = SentenceBreak().Split(paragraph);
        if (sentences.Length < 2) return paragraph;
        var kept = sentences.Where(_ => random.Next(10) != 0).ToList();
        return kept.Count == 0 ? sentences[0] : string.Join(' ', kept);
    }

    private static string ShiftYear(string year, int years)
    {
        int shifted = int.Parse(year, CultureInfo.InvariantCulture) + years;
        return shifted is >= 1900 and <= 2099 ? shifted.ToString(CultureInfo.InvariantCulture) : year;
    }

    private static void Shuffle(int[] items, SplitMix64 random)
    {
        for (int k = items.Length - 1; k > 0; k--)
        {
            int j = random.Next(k + 1);
            (items[k], items[j]) = (items[j], items[k]);
        }
    }

    private static ulong Mix(ulong seed, ulong round, ulong index) =>
        new SplitMix64(seed * 0x9E3779B97F4A7C15UL ^ round * 0xC2B2AE3D27D4EB4FUL ^ index * 0x165667B19E3779F9UL).NextUInt64();

    [GeneratedRegex(@"(?<=[a-z0-9][.!?]['""]?) +(?=[A-Z""`])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\n[ \t\r]*\n")]
    private static partial Regex BlankLine();

    // A year on its own: not part of a longer number, an amount ($1998, 1,998, 19.98) or a decade (1990s).
    [GeneratedRegex(@"(?<![\d.,$])(?:19|20)\d\d(?![\ds])")]
    private static partial Regex Year();

    /// <summary>SplitMix64 (Steele, Lea and Flood 2014): a tiny generator whose output depends only on its seed, in every .NET version.</summary>
    private sealed class SplitMix64(ulong state)
    {
        public ulong NextUInt64()
        {
            ulong z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public int Next(int bound) => (int)(NextUInt64() % (ulong)bound);
    }
}
