using System.Text;
using NodaTime;
using Timeline.Events;
using Timeline.Temporal;
using Timeline.Tests.Events;
using Timeline.Timelines;

namespace Timeline.Tests.Timelines;

/// <summary>
/// Merging mentions into events across articles: the most precise consistent date, undated mentions joining dated ones,
/// what never merges, conflicts, order, stable ids, and the property that lets a corpus be split across machines:
/// merging timelines of shards in any order and grouping gives the timeline of the whole corpus.
/// </summary>
public sealed class MergeTests
{
    private static readonly LocalDate Friday = Reading.Friday;

    private static readonly Lazy<IReadOnlyList<ArticleEvents>> SampleArticles = new(() =>
        [.. Directory.GetFiles(Samples.Directory, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => Reading.Extractor.Extract(new Article(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))))]);

    private static ArticleEvents Read(string id, string text, LocalDate? published) => Reading.Read(text, published, id);

    // ---- Same event, several articles -------------------------------------------------------------------------

    [Fact]
    public void TheSameSummitReportedWithAMonthAndWithADayKeepsTheDayAndEveryMention()
    {
        var month = Read("a", "North Korean leader Kim Jong-un had visited Vladivostok for a summit with Russian President Vladimir Putin in April.", new LocalDate(2019, 6, 8));
        var day = Read("b", "North Korea vowed on Tuesday to strengthen its ties with Russia on the occasion of the fourth anniversary of the first summit "
                            + "between North Korean leader Kim Jong-un and Russian President Vladimir Putin.", new LocalDate(2023, 4, 25));
        var timeline = EventTimeline.From([month, day]);

        var summit = SingleEventWith(timeline, month, EventType.Summit);
        summit.Mentions.Select(m => m.Document).Distinct().Should().BeEquivalentTo(["a", "b"], Describe(timeline));
        summit.Mentions.Should().Contain(day.Observations.Where(o => o.Type == EventType.Summit));
        summit.Date.Should().Be(Day(2019, 4, 25), "April 2019 and 2019-04-25 agree; the day is the more precise");
        summit.DateSource.Should().Be(DateSource.Text);
        summit.ConflictingDates.Should().BeEmpty();
    }

    [Fact]
    public void AnUndatedMentionJoinsTheDatedEventWhenParticipantsAndPlaceAgree()
    {
        var dated = Read("a", "North Korean leader Kim Jong-un held a summit with Russian President Vladimir Putin at the Vostochny space center on Wednesday.", Friday);
        var undated = Read("b", "Russian President Vladimir Putin held a summit with North Korean leader Kim Jong-un at the Vostochny Cosmodrome.", published: null);
        undated.Observations.Where(o => o.Type == EventType.Summit).Should().OnlyContain(o => o.Date == null, "the second article dates nothing");

        var timeline = EventTimeline.From([dated, undated]);
        var summit = SingleEventWith(timeline, undated, EventType.Summit);
        summit.Mentions.Select(m => m.Document).Distinct().Should().BeEquivalentTo(["a", "b"], Describe(timeline));
        summit.Date.Should().Be(Day(2023, 9, 13));
        timeline.Events.Where(e => e.Type == EventType.Summit).Should().ContainSingle(Describe(timeline));
    }

    [Fact]
    public void AnUndatedMentionInAnotherPlaceDoesNotJoin()
    {
        var dated = Read("a", "North Korean leader Kim Jong-un held a summit with Russian President Vladimir Putin at the Vostochny space center on Wednesday.", Friday);
        var elsewhere = Read("b", "Russian President Vladimir Putin held a summit with North Korean leader Kim Jong-un in Pyongyang.", published: null);
        var timeline = EventTimeline.From([dated, elsewhere]);
        EventWith(timeline, elsewhere, EventType.Summit).Mentions.Should().OnlyContain(m => m.Document == "b", Describe(timeline));
    }

    [Fact]
    public void TheSeedSummitsMergeAcrossArticles()
    {
        var timeline = EventTimeline.From(SampleArticles.Value);
        var vladivostok = timeline.Events.Where(e => e.Type == EventType.Summit && e.Mentions.Any(m => m.Document.StartsWith("004", StringComparison.Ordinal))).ToList();
        vladivostok.Should().ContainSingle(Describe(timeline));
        vladivostok[0].Mentions.Should().Contain(m => m.Document.StartsWith("000", StringComparison.Ordinal), "000 reports the April 2019 summit too");
        vladivostok[0].Date.Should().Be(Day(2019, 4, 25));

        var vostochny = timeline.Events.Where(e => e.Type == EventType.Summit && e.Mentions.Any(m => m.Document.StartsWith("003", StringComparison.Ordinal))
                                                     && e.Status == EventStatus.Occurred).ToList();
        vostochny.Should().ContainSingle(Describe(timeline));
        vostochny[0].Mentions.Should().Contain(m => m.Document.StartsWith("001", StringComparison.Ordinal), "001 dates the summit that 003 leaves undated");
        vostochny[0].Date.Should().Be(Day(2023, 9, 13));
    }

    // ---- What never merges ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("North Korean leader Kim Jong-un held a summit with United States President Donald Trump in Vladivostok.", null)]
    [InlineData("North Korean leader Kim Jong-un held a summit with United States President Donald Trump in Vladivostok on Wednesday.", "2023-09-15")]
    [InlineData("North Korean leader Kim Jong-un held a summit with United States President Donald Trump in September.", "2023-09-15")]
    [InlineData("North Korean leader Kim Jong-un held a summit with United States President Donald Trump.", "2023-09-15")]
    public void SummitsWithDifferentParticipantsNeverMerge(string trumpText, string? published)
    {
        var putin = Read("a", "North Korean leader Kim Jong-un held a summit with Russian President Vladimir Putin in Vladivostok on Wednesday.", Friday);
        var trump = Read("b", trumpText, published is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(published).Value);
        var timeline = EventTimeline.From([putin, trump]);
        var summits = timeline.Events.Where(e => e.Type == EventType.Summit).ToList();
        summits.Should().HaveCount(2, Describe(timeline));
        summits.Should().OnlyContain(e => e.Mentions.Select(m => m.Document).Distinct().Count() == 1, Describe(timeline));
        PersonKeys(EventWith(timeline, trump, EventType.Summit)).Should().NotContain("vladimir putin");
    }

    [Fact]
    public void SummitsWithDifferentParticipantsInOneArticleNeverMerge()
    {
        var article = Read("a", "North Korean leader Kim Jong-un held a summit with United States President Donald Trump in Singapore. "
                                + "North Korean leader Kim Jong-un held a summit with Russian President Vladimir Putin in Vladivostok.", published: null);
        var timeline = EventTimeline.From([article]);
        timeline.Events.Where(e => e.Type == EventType.Summit).Should().HaveCount(2, Describe(timeline));
    }

    [Theory]
    [InlineData("Russian President Vladimir Putin visited Pyongyang.", null)]
    [InlineData("Russian President Vladimir Putin visited Pyongyang.", "2023-09-15")]
    [InlineData("Russian President Vladimir Putin visited Pyongyang in July 2000.", null)]
    public void PlannedAndOccurredMentionsNeverMerge(string occurredText, string? published)
    {
        var planned = Read("a", "Russian President Vladimir Putin will visit Pyongyang at a convenient time.", Friday);
        var occurred = Read("b", occurredText, published is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(published).Value);
        foreach (var timeline in new[] { EventTimeline.From([planned, occurred]), EventTimeline.From([Read("c", planned.Observations[0].Text + " " + occurredText, Friday)]) })
        {
            var visits = timeline.Events.Where(e => e.Type == EventType.Visit).ToList();
            visits.Select(e => e.Status).Should().BeEquivalentTo([EventStatus.Planned, EventStatus.Occurred], Describe(timeline));
        }
    }

    // ---- Conflicts ------------------------------------------------------------------------------------------

    [Fact]
    public void ConflictingDatesOfOneEventAreKept()
    {
        const string text = "North Korean leader Kim Jong-un and Russian President Vladimir Putin held their first summit in Vladivostok on {0}.";
        var a = Read("a", string.Format(null, text, "April 25, 2019"), new LocalDate(2019, 6, 8));
        var b = Read("b", string.Format(null, text, "April 25, 2019"), new LocalDate(2019, 6, 9));
        var c = Read("c", string.Format(null, text, "April 26, 2019"), new LocalDate(2019, 6, 10));
        var timeline = EventTimeline.From([a, b, c]);

        var summits = timeline.Events.Where(e => e.Type == EventType.Summit).ToList();
        summits.Should().ContainSingle("three articles report the same first summit of the two leaders in Vladivostok: " + Describe(timeline));
        summits[0].Mentions.Select(m => m.Document).Distinct().Should().BeEquivalentTo(["a", "b", "c"]);
        summits[0].Date.Should().Be(Day(2019, 4, 25), "two of three reports agree on it");
        summits[0].ConflictingDates.Should().Equal([Day(2019, 4, 26)], "the date of the third report is kept as a conflict, not dropped");
    }

    [Fact]
    public void ReportsADayApartAcrossAMonthEndAreOneEventWithAConflict()
    {
        // The merge looks for partners by month: a day apart must still be found when the day is in the next month.
        const string text = "North Korean leader Kim Jong-un and Russian President Vladimir Putin held their first summit in Vladivostok on {0}.";
        var a = Read("a", string.Format(null, text, "April 30, 2019"), new LocalDate(2019, 6, 8));
        var b = Read("b", string.Format(null, text, "May 1, 2019"), new LocalDate(2019, 6, 9));
        var timeline = EventTimeline.From([a, b]);

        var summits = timeline.Events.Where(e => e.Type == EventType.Summit).ToList();
        summits.Should().ContainSingle(Describe(timeline));
        summits[0].Mentions.Select(m => m.Document).Distinct().Should().BeEquivalentTo(["a", "b"]);
        summits[0].ConflictingDates.Should().ContainSingle();
    }

    [Fact]
    public void ReportsOfOnePairOfLeadersInDifferentMonthsStaySeparate()
    {
        const string text = "North Korean leader Kim Jong-un and Russian President Vladimir Putin held a summit in Vladivostok on {0}.";
        var a = Read("a", string.Format(null, text, "April 25, 2019"), new LocalDate(2019, 6, 8));
        var b = Read("b", string.Format(null, text, "September 13, 2019"), new LocalDate(2019, 10, 9));
        var undated = Read("c", "Russian President Vladimir Putin held a summit with North Korean leader Kim Jong-un in Vladivostok.", published: null);
        var timeline = EventTimeline.From([a, b, undated]);

        var summits = timeline.Events.Where(e => e.Type == EventType.Summit).ToList();
        summits.Where(e => e.Date is not null).Should().HaveCount(2, Describe(timeline));
        summits.Single(e => e.Mentions.Any(m => m.Document == "c")).Mentions.Should().OnlyContain(m => m.Document == "c",
            "an undated report that fits two events of different dates is not guessed into one: " + Describe(timeline));
    }

    // ---- Order and ids ------------------------------------------------------------------------------------

    [Fact]
    public void EventsAreOrderedByDateThenPlannedThenUndated()
    {
        var news = Read("a", "Russia sent humanitarian aid to North Korea in August. North Korea launched two ballistic missiles on Monday. "
                             + "Russian President Vladimir Putin will visit Pyongyang. "
                             + "North Korean leader Kim Jong-un held a summit with Russian President Vladimir Putin on Wednesday.", Friday);
        var undated = Read("b", "The United States imposed new sanctions on North Korean shipping firms.", published: null);
        var timeline = EventTimeline.From([undated, news]);

        var order = timeline.Events.Select(e => (e.Type, e.Status)).ToList();
        order.Should().ContainInOrder([(EventType.Aid, EventStatus.Occurred), (EventType.Launch, EventStatus.Occurred), (EventType.Summit, EventStatus.Occurred),
            (EventType.Visit, EventStatus.Planned), (EventType.Sanctions, EventStatus.Occurred)], Describe(timeline));
        AssertOrdered(timeline);
    }

    [Fact]
    public void TheSampleTimelineIsOrderedByDateThenPlannedThenUndated() => AssertOrdered(EventTimeline.From(SampleArticles.Value));

    [Fact]
    public void IdsAreStableAndDoNotDependOnArticleOrder()
    {
        var once = EventTimeline.From(SampleArticles.Value);
        var again = EventTimeline.From([.. SampleArticles.Value.Select(a => Reading.Extractor.Extract(new Article(a.Id, File.ReadAllText(Path.Combine(Samples.Directory, a.Id + ".txt")))))]);
        var reversed = EventTimeline.From(SampleArticles.Value.Reverse());

        once.Events.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        again.Events.Select(e => e.Id).Should().Equal(once.Events.Select(e => e.Id), "the same input gives the same ids");
        reversed.Events.Select(e => e.Id).Should().Equal(once.Events.Select(e => e.Id), "ids and order do not depend on the order of the articles");
        Canonical(reversed).Should().Be(Canonical(once));
    }

    [Fact]
    public void AnEventKeepsItsIdWhenALaterArticleReportsItWhateverTheArticleIsCalled()
    {
        // The id comes from the earliest published report: adding newer reports (the usual way a timeline grows) keeps it,
        // even when the new document's id sorts first.
        const string text = "North Korean leader Kim Jong-un and Russian President Vladimir Putin held a summit in Vladivostok on April 25, 2019.";
        var first = Read("m-first", text, new LocalDate(2019, 4, 26));
        var later = Read("a-later", text, new LocalDate(2019, 6, 8));
        var undated = Read("0-undated", "Russian President Vladimir Putin held a summit with North Korean leader Kim Jong-un in Vladivostok.", published: null);

        string before = SingleEventWith(EventTimeline.From([first]), first, EventType.Summit).Id;
        var grown = EventTimeline.From([first, later, undated]);
        var summit = SingleEventWith(grown, first, EventType.Summit);

        summit.Mentions.Select(m => m.Document).Should().BeEquivalentTo(["m-first", "a-later", "0-undated"], Describe(grown));
        summit.Id.Should().Be(before);
        SingleEventWith(EventTimeline.From([later, undated]), later, EventType.Summit).Id.Should().NotBe(before,
            "without the first report, the earliest is another mention");
    }

    [Fact]
    public void ObservationsInAnyOrderBuildTheSameTimeline()
    {
        var all = EventTimeline.From(SampleArticles.Value);
        var docs = all.Documents;
        var random = new Random(913);
        var observations = all.Observations.ToList();
        for (int i = 0; i < 5; i++)
        {
            var shuffled = observations.OrderBy(_ => random.Next()).ToList();
            Canonical(EventTimeline.Build(docs.Reverse(), shuffled)).Should().Be(Canonical(all));
        }
    }

    // ---- Merge is associative and commutative ------------------------------------------------------------------

    [Fact]
    public void MergingWithTheEmptyTimelineChangesNothing()
    {
        var all = EventTimeline.From(SampleArticles.Value);
        EventTimeline.Empty.Events.Should().BeEmpty();
        EventTimeline.Empty.Documents.Should().BeEmpty();
        Canonical(EventTimeline.Merge(EventTimeline.Empty, all)).Should().Be(Canonical(all));
        Canonical(EventTimeline.Merge(all, EventTimeline.Empty)).Should().Be(Canonical(all));
        Canonical(all.MergeWith(EventTimeline.Empty)).Should().Be(Canonical(all));
        Canonical(EventTimeline.Merge(EventTimeline.Empty, EventTimeline.Empty)).Should().Be(Canonical(EventTimeline.Empty));
    }

    [Fact]
    public void MergingATimelineWithItselfChangesNothing()
    {
        var all = EventTimeline.From(SampleArticles.Value);
        Canonical(EventTimeline.Merge(all, all)).Should().Be(Canonical(all));
    }

    [Fact]
    public void EverySplitOfTheSamplesMergedInEveryOrderAndGroupingGivesTheWholeTimeline()
    {
        var articles = SampleArticles.Value;
        var expected = Canonical(EventTimeline.From(articles));
        int checkedMerges = 0;
        foreach (var blocks in Partitions(articles.Count).Where(p => p.Count is 2 or 3))
        {
            var shards = blocks.Select(b => EventTimeline.From(b.Select(i => articles[i]))).ToList();
            foreach (var (merged, how) in AllMerges(shards))
            {
                Canonical(merged).Should().Be(expected, $"shards {Show(blocks, articles)} merged as {how}");
                checkedMerges++;
            }
        }
        checkedMerges.Should().Be(15 * 2 + 25 * 12, "every split of five articles into two shards (15) or three (25), in every order and grouping");
    }

    [Fact]
    public void RandomSplitsOfShuffledSamplesMergedInRandomOrderGiveTheWholeTimeline() =>
        RandomShardsMergeToTheWhole(SampleArticles.Value, new Random(20230913), iterations: 50);

    [Fact]
    public void RandomSplitsOfGeneratedArticlesMergedInRandomOrderGiveTheWholeTimeline()
    {
        var random = new Random(425);
        int crossArticleEvents = 0;
        for (int corpus = 0; corpus < 5; corpus++)
        {
            var articles = Generate(random, 8);
            crossArticleEvents += EventTimeline.From(articles).Events.Count(e => e.Mentions.Select(m => m.Document).Distinct().Count() > 1);
            RandomShardsMergeToTheWhole(articles, random, iterations: 10);
        }
        crossArticleEvents.Should().BeGreaterThan(5, "the generated corpora report the same events in several articles, so shards really merge");
    }

    [Fact]
    public void BuildingOnSeveralThreadsGivesTheSameTimeline()
    {
        var random = new Random(1953);
        var articles = SampleArticles.Value.Concat(Enumerable.Range(0, 6).SelectMany(_ => Generate(random, 8))).ToList();
        var expected = Canonical(EventTimeline.From(articles));
        foreach (int threads in new[] { 2, 3, 8 })
            Canonical(EventTimeline.From(articles, threads)).Should().Be(expected, $"{threads} threads");
    }

    private static void RandomShardsMergeToTheWhole(IReadOnlyList<ArticleEvents> articles, Random random, int iterations)
    {
        var expected = Canonical(EventTimeline.From(articles));
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            var shuffled = articles.OrderBy(_ => random.Next()).ToList();
            // Split at random points into 1 to n shards of consecutive (shuffled) articles.
            var cuts = Enumerable.Range(1, shuffled.Count - 1).Where(_ => random.Next(3) == 0).ToList();
            var bounds = new List<int> { 0 };
            bounds.AddRange(cuts);
            bounds.Add(shuffled.Count);
            var pool = bounds.Zip(bounds.Skip(1), (from, to) => EventTimeline.From(shuffled.Skip(from).Take(to - from))).ToList();
            var how = new StringBuilder($"{pool.Count} shards of [{string.Join(", ", shuffled.Select(a => a.Id))}] at [{string.Join(", ", cuts)}]:");
            // Merge two random timelines of the pool, in random argument order, until one is left.
            while (pool.Count > 1)
            {
                int i = random.Next(pool.Count), j = random.Next(pool.Count - 1);
                if (j >= i) j++;
                how.Append($" ({i}+{j})");
                var merged = EventTimeline.Merge(pool[i], pool[j]);
                pool.RemoveAt(Math.Max(i, j));
                pool.RemoveAt(Math.Min(i, j));
                pool.Insert(random.Next(pool.Count + 1), merged);
            }
            Canonical(pool[0]).Should().Be(expected, $"iteration {iteration}: {how}");
        }
    }

    /// <summary>Short made-up articles about the same few events, reported with different precision, places, statuses, or no date.</summary>
    private static List<ArticleEvents> Generate(Random random, int count)
    {
        string[] sentences =
        [
            "North Korean leader Kim Jong-un held a summit with Russian President Vladimir Putin at the Vostochny space center on Wednesday.",
            "Russian President Vladimir Putin and North Korean leader Kim Jong-un held a summit at the Vostochny Cosmodrome in September.",
            "Russian President Vladimir Putin held a summit with North Korean leader Kim Jong-un at the Vostochny Cosmodrome.",
            "North Korean leader Kim Jong-un had visited Vladivostok for a summit with Russian President Vladimir Putin in April 2019.",
            "North Korean leader Kim Jong-un held a summit with Russian President Vladimir Putin in Vladivostok on April 25, 2019.",
            "North Korean leader Kim Jong-un met with United States President Donald Trump in Singapore in June 2018.",
            "North Korean leader Kim Jong-un held a summit with United States President Donald Trump in Singapore.",
            "Russian President Vladimir Putin will visit Pyongyang at a convenient time.",
            "Russian President Vladimir Putin visited Pyongyang in July 2000.",
            "North Korea launched two short-range ballistic missiles just before Putin and Kim's meeting.",
            "Earlier this week, Russia sent 3,900 tons of wheat to North Korea as humanitarian aid.",
            "The United States imposed new sanctions on North Korean shipping firms on Thursday.",
            "Russian Defence Minister Sergei Shoigu visited Pyongyang in July.",
            "North Korea reportedly launched a military spy satellite.",
            "The two countries signed an agreement on economic cooperation.",
        ];
        LocalDate?[] published = [new LocalDate(2023, 9, 15), new LocalDate(2023, 9, 16), new LocalDate(2023, 9, 22), null];
        var result = new List<ArticleEvents>();
        for (int i = 0; i < count; i++)
        {
            var picked = Enumerable.Range(0, random.Next(1, 5)).Select(_ => sentences[random.Next(sentences.Length)]).Distinct();
            result.Add(Read($"g{i:D2}", string.Join(" ", picked), published[random.Next(published.Length)]));
        }
        return result;
    }

    /// <summary>Every merge tree over the shards: every order of the leaves and every grouping (up to three shards).</summary>
    private static IEnumerable<(EventTimeline Merged, string How)> AllMerges(List<EventTimeline> shards)
    {
        if (shards.Count == 2)
        {
            yield return (EventTimeline.Merge(shards[0], shards[1]), "0+1");
            yield return (EventTimeline.Merge(shards[1], shards[0]), "1+0");
            yield break;
        }
        foreach (var p in Permutations([0, 1, 2]))
        {
            var (a, b, c) = (shards[p[0]], shards[p[1]], shards[p[2]]);
            yield return (EventTimeline.Merge(EventTimeline.Merge(a, b), c), $"({p[0]}+{p[1]})+{p[2]}");
            yield return (EventTimeline.Merge(a, EventTimeline.Merge(b, c)), $"{p[0]}+({p[1]}+{p[2]})");
        }
    }

    private static IEnumerable<int[]> Permutations(int[] items) =>
        items.Length <= 1 ? [items] : items.SelectMany(x => Permutations([.. items.Where(y => y != x)]).Select(rest => (int[])[x, .. rest]));

    /// <summary>Every partition of {0 … n-1} into non-empty blocks (restricted growth strings).</summary>
    private static IEnumerable<List<List<int>>> Partitions(int n)
    {
        var block = new int[n];
        IEnumerable<List<List<int>>> From(int i, int blocks)
        {
            if (i == n)
            {
                yield return [.. Enumerable.Range(0, blocks).Select(b => Enumerable.Range(0, n).Where(k => block[k] == b).ToList())];
                yield break;
            }
            for (int b = 0; b <= blocks; b++)
            {
                block[i] = b;
                foreach (var p in From(i + 1, Math.Max(blocks, b + 1))) yield return p;
            }
        }
        return From(0, 0);
    }

    private static string Show(List<List<int>> blocks, IReadOnlyList<ArticleEvents> articles) =>
        string.Join(" | ", blocks.Select(b => string.Join(",", b.Select(i => articles[i].Id[..3]))));

    // ---- Helpers -------------------------------------------------------------------------------------------

    /// <summary>The timeline as text: documents, then each event's id, type, status, date, participants, place and mention keys.</summary>
    internal static string Canonical(EventTimeline t)
    {
        var sb = new StringBuilder();
        foreach (var d in t.Documents) sb.Append("doc ").Append(d.Id).Append(' ').Append(d.Published?.ToString("uuuu-MM-dd", null)).Append(' ').Append(d.PublishedFrom).Append('\n');
        foreach (var e in t.Events)
        {
            sb.Append(e.Id).Append(' ').Append(e.Type).Append(' ').Append(e.Status).Append(' ')
              .Append(e.Date is null ? "undated" : $"{e.Date}/{e.Date.Precision}").Append(' ').Append(e.DateSource)
              .Append(" conflicts[").Append(string.Join(",", e.ConflictingDates)).Append(']')
              .Append(" with[").Append(string.Join("; ", e.Participants.Select(p => $"{p.Kind}:{p.Name}:{p.Role}"))).Append(']')
              .Append(" at[").Append(e.Location).Append(']')
              .Append(" mentions[").Append(string.Join(" ", e.Mentions.Select(m => m.Key.Replace('\u001f', '/')))).Append("]\n");
        }
        return sb.ToString();
    }

    /// <summary>
    /// Events of one date and rank are in the ordinal order of their first mention's key (document, U+001F, position,
    /// U+001F, type), also when an id is a prefix of another or holds a control character, which sorts differently
    /// from the id alone ("a\u0001" before "a", since its key's next character is below the separator).
    /// </summary>
    [Theory]
    [InlineData("a", "ab", "abc", "b", "a-b", "A")]
    [InlineData("a", "ab", "a\u0001", "b")]
    [InlineData("doc-2", "doc-10", "doc-1", "doc-1\t")]
    public void Ties_are_in_the_ordinal_order_of_keys(params string[] ids)
    {
        var day = Day(2023, 9, 13);
        var mentions = new List<Observation>();
        foreach (var id in ids)
        {
            foreach (int at in new[] { 7, 130 })
            {
                // "Other" events never merge: one event per mention, all on one day.
                mentions.Add(OtherMention(id, at, day));
            }
        }
        var timeline = EventTimeline.Build(ids.Select(id => new TimelineDocument(id, null, PublicationDateSource.None)), mentions);
        var keys = timeline.Events.Select(e => e.Mentions[0].Key).ToList();
        keys.Should().HaveCount(mentions.Count);
        keys.Should().Equal(mentions.Select(m => m.Key).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// An event id is "e" and the first 12 hex digits of the SHA-256 of its mention's key in UTF-8 (what the docs promise,
    /// and what earlier timelines hold), for any document id: accents, a lone surrogate, a control character.
    /// </summary>
    [Theory]
    [InlineData("doc-1", 7)]
    [InlineData("Pyöngyang\u00e9 news", 1234567)]
    [InlineData("half\ud800", 0)]
    [InlineData("a\u0001b", 42)]
    public void An_event_id_is_the_hash_of_its_mentions_key(string id, int at)
    {
        var mention = OtherMention(id, at, date: null);
        var timeline = EventTimeline.Build([new TimelineDocument(id, null, PublicationDateSource.None)], [mention]);

        var digest = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(mention.Key));
        timeline.Events.Should().ContainSingle().Which.Id.Should().Be("e" + Convert.ToHexStringLower(digest)[..12]);
    }

    /// <summary>Mentions given out of text order, some twice: each key once, the same timeline as in order and once each.</summary>
    [Fact]
    public void Mentions_out_of_order_and_repeated_give_the_timeline_of_each_once()
    {
        var day = Day(2023, 9, 13);
        var mentions = new[] { 300, 7, 130, 7, 300, 55 }.Select(at => OtherMention("doc", at, day) with { Text = $"Something happened at {at}." }).ToList();
        var documents = new[] { new TimelineDocument("doc", null, PublicationDateSource.None) };

        var shuffled = EventTimeline.Build(documents, mentions);
        var once = EventTimeline.Build(documents, mentions.DistinctBy(m => m.Trigger.Start).OrderBy(m => m.Trigger.Start));

        shuffled.Events.Select(e => e.Mentions[0].Trigger.Start).Should().Equal(7, 55, 130, 300);
        Canonical(shuffled).Should().Be(Canonical(once));
    }

    /// <summary>
    /// Building from articles takes each article's mentions as its document's: the same timeline as from the documents
    /// and mentions, also when two articles share an id or a mention names another document than its article.
    /// </summary>
    [Fact]
    public void Articles_give_the_timeline_of_their_documents_and_mentions()
    {
        var a = Read("a", "North Korean leader Kim Jong-un held a summit with Russian President Vladimir Putin at the Vostochny space center on Wednesday.", Friday);
        var b = Read("b", "Russian President Vladimir Putin held a summit with North Korean leader Kim Jong-un at the Vostochny Cosmodrome.", published: null);
        var aAgain = Read("a", "Kim Jong-un met Putin in Vladivostok on Tuesday and the two leaders held talks.", Friday);
        // A mention that names another document than the article it came with.
        var stray = b with { Id = "c", Observations = [.. b.Observations.Take(1)] };

        foreach (var articles in new[] { new[] { b, a, aAgain }, [aAgain, b, a], [a, stray, b] })
        {
            var fromArticles = EventTimeline.From(articles, parallelism: 2);
            var fromSets = EventTimeline.Build(
                articles.Select(x => new TimelineDocument(x.Id, x.Publication.Date, x.Publication.Source)),
                articles.SelectMany(x => x.Observations),
                parallelism: 2);
            Canonical(fromArticles).Should().Be(Canonical(fromSets), string.Join(", ", articles.Select(x => x.Id)));
        }
    }

    /// <summary>An "Other" mention in <paramref name="document"/> with its trigger at <paramref name="at"/>, dated by its text when a date is given.</summary>
    private static Observation OtherMention(string document, int at, EventDate? date) => new()
    {
        Document = document,
        Span = new TextSpan(at, at + 40),
        Text = "Something happened.",
        Trigger = new TextSpan(at, at + 5),
        Type = EventType.Other,
        Status = EventStatus.Occurred,
        Date = date,
        DateSource = date is null ? DateSource.None : DateSource.Text,
    };

    private static void AssertOrdered(EventTimeline timeline)
    {
        static int Group(TimelineEvent e) => e.Status == EventStatus.Planned ? 1 : e.Date is null ? 2 : 0;
        var groups = timeline.Events.Select(Group).ToList();
        groups.Should().BeInAscendingOrder("dated events come first, then planned, then undated: " + Describe(timeline));
        var dated = timeline.Events.Where(e => Group(e) == 0).Select(e => e.Date!.Start).ToList();
        dated.Should().BeInAscendingOrder("dated events are ordered by the start of their interval: " + Describe(timeline));
    }

    private static TimelineEvent SingleEventWith(EventTimeline timeline, ArticleEvents article, EventType type)
    {
        var events = timeline.Events.Where(e => e.Type == type && e.Mentions.Any(m => m.Document == article.Id)).ToList();
        events.Should().ContainSingle($"one {type} event has the mentions of {article.Id}: {Describe(timeline)}");
        return events[0];
    }

    private static TimelineEvent EventWith(EventTimeline timeline, ArticleEvents article, EventType type)
    {
        var events = timeline.Events.Where(e => e.Type == type && e.Mentions.Any(m => m.Document == article.Id)).ToList();
        events.Should().NotBeEmpty($"a {type} event has a mention of {article.Id}: {Describe(timeline)}");
        return events[0];
    }

    private static IEnumerable<string> PersonKeys(TimelineEvent e) => e.Participants.Where(p => p.Kind == ParticipantKind.Person).Select(p => p.Key);

    private static EventDate Day(int year, int month, int day) => new(new LocalDate(year, month, day), new LocalDate(year, month, day), DatePrecision.Day);

    private static string Describe(EventTimeline t) => "\n" + Canonical(t);
}
