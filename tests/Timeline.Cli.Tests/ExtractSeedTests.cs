using System.Text.Json;

namespace Timeline.Cli.Tests;

/// <summary>One run of <c>timeline extract --format json</c> over a copy of the five seed articles.</summary>
public sealed class SeedRun : IDisposable
{
    private readonly TempDirectory _directory = new();

    public SeedRun()
    {
        var samples = _directory.CopySamples();
        Texts = Directory.GetFiles(samples, "*.txt").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText);
        Run = CliRun.Of(["extract", samples, "--format", "json"]);
        Events = Run.ExitCode == 0 ? [.. Run.Json.GetProperty("events").EnumerateArray()] : [];
    }

    /// <summary>Each article's text by document id.</summary>
    internal Dictionary<string, string> Texts { get; }

    internal CliRun Run { get; }

    internal List<JsonElement> Events { get; }

    internal string IdOf(string number) => Texts.Keys.Single(k => k.StartsWith(number + "_", StringComparison.Ordinal));

    /// <summary>The events with a mention in <paramref name="e"/>'s article that overlaps its evidence, within its line, as the seed scorer matches them.</summary>
    internal List<JsonElement> Candidates(ExpectedEvent e)
    {
        var id = IdOf(e.Document);
        var text = Texts[id];
        int start = text.IndexOf(e.Evidence, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"the evidence of {e} must be in {id}");
        int end = start + e.Evidence.Length;
        int lineStart = text.LastIndexOf('\n', start) + 1;
        int lineEnd = text.IndexOf('\n', end) is var n and >= 0 ? n : text.Length;
        return Events.Where(ev => ev.GetProperty("mentions").EnumerateArray().Any(m =>
            m.GetProperty("document").GetString() == id
            && m.GetProperty("start").GetInt32() < end && m.GetProperty("end").GetInt32() > start
            && m.GetProperty("start").GetInt32() >= lineStart && m.GetProperty("end").GetInt32() <= lineEnd)).ToList();
    }

    internal static bool HasDate(JsonElement e, ExpectedDate? date)
    {
        var d = e.GetProperty("date");
        if (date is null) return d.ValueKind == JsonValueKind.Null;
        return d.ValueKind == JsonValueKind.Object && d.GetProperty("start").GetString() == date.Start
            && d.GetProperty("end").GetString() == date.End && d.GetProperty("precision").GetString() == date.Precision;
    }

    internal static string Describe(JsonElement e) =>
        $"{e.GetProperty("type")}/{e.GetProperty("status")}/{(e.GetProperty("date").ValueKind == JsonValueKind.Null ? "undated" : e.GetProperty("date").ToString())}";

    public void Dispose() => _directory.Dispose();
}

/// <summary>End to end on the seed articles: every expected event found with its type, status and date; no event from boilerplate; both cross-article merges.</summary>
public class ExtractSeedTests(SeedRun seed) : IClassFixture<SeedRun>
{
    public static TheoryData<int> EventNumbers => [.. Enumerable.Range(0, SeedEvents.Events.Length)];

    [Fact]
    public void The_run_succeeds_with_the_five_documents_and_nothing_on_stderr()
    {
        seed.Run.ExitCode.Should().Be(0, seed.Run.Stderr);
        seed.Run.Stderr.Should().BeEmpty();
        seed.Run.Json.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString())
            .Should().Equal(seed.Texts.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EventNumbers))]
    public void Every_expected_event_is_found_with_its_type_status_and_date(int number)
    {
        var expected = SeedEvents.Events[number];
        var candidates = seed.Candidates(expected);

        candidates.Should().NotBeEmpty($"{expected} must be found");
        candidates.Should().Contain(e => e.GetProperty("type").GetString() == expected.Type
                && e.GetProperty("status").GetString() == expected.Status && SeedRun.HasDate(e, expected.Date),
            $"{expected} must be found with that type, status and date; found {string.Join(", ", candidates.Select(SeedRun.Describe))}");
    }

    [Fact]
    public void No_mention_comes_from_boilerplate()
    {
        foreach (var (document, marker) in SeedEvents.Boilerplate)
        {
            var id = seed.IdOf(document);
            int cut = seed.Texts[id].IndexOf(marker, StringComparison.Ordinal);
            cut.Should().BeGreaterThan(0, $"'{marker}' is in {id}");
            var late = seed.Events.SelectMany(e => e.GetProperty("mentions").EnumerateArray())
                .Where(m => m.GetProperty("document").GetString() == id && m.GetProperty("start").GetInt32() >= cut)
                .Select(m => m.GetProperty("text").GetString());
            late.Should().BeEmpty($"nothing after '{marker}' in {id} is news");
        }
    }

    [Fact]
    public void The_same_summit_reported_by_two_articles_is_one_event_with_the_precise_date()
    {
        foreach (var (first, second, date) in SeedEvents.Merges)
        {
            var a = SeedEvents.Events[first];
            var b = SeedEvents.Events[second];
            var shared = seed.Candidates(a).Select(e => e.GetProperty("id").GetString())
                .Intersect(seed.Candidates(b).Select(e => e.GetProperty("id").GetString())).ToList();

            shared.Should().ContainSingle($"{a} and {b} are one event");
            var merged = seed.Events.Single(e => e.GetProperty("id").GetString() == shared[0]);
            SeedRun.HasDate(merged, date).Should().BeTrue($"the merged event is dated {date}, not {SeedRun.Describe(merged)}");
            merged.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("document").GetString()).Distinct()
                .Should().Contain([seed.IdOf(a.Document), seed.IdOf(b.Document)]);
        }
    }

    [Fact]
    public void An_undated_mention_merged_into_a_dated_event_says_merge()
    {
        var vostochny = SeedEvents.Events[12];
        var id = seed.IdOf(vostochny.Document);
        var mentions = seed.Candidates(vostochny).Single(e => e.GetProperty("type").GetString() == "summit")
            .GetProperty("mentions").EnumerateArray().Where(m => m.GetProperty("document").GetString() == id).ToList();

        mentions.Should().Contain(m => m.GetProperty("date").ValueKind == JsonValueKind.Null && m.GetProperty("dateSource").GetString() == "merge");
    }
}
