using System.Text.Json.Nodes;

namespace Timeline.Cli.Tests;

public class ExportCommandTests
{
    [Fact]
    public void Types_keeps_only_the_events_of_those_types_and_changes_nothing_else()
    {
        using var dir = new TempDirectory();
        var samples = dir.CopySamples();
        var all = CliRun.Of(["extract", samples, "--format", "json"]).Json.GetProperty("events").EnumerateArray().ToList();

        var run = CliRun.Of(["extract", samples, "--format", "json", "--types", "summit, visit", "--types", "aid"]);

        run.ExitCode.Should().Be(0, run.Stderr);
        var kept = run.Json.GetProperty("events").EnumerateArray().Select(e => e.GetRawText()).ToList();
        var expected = all.Where(e => e.GetProperty("type").GetString() is "summit" or "visit" or "aid").Select(e => e.GetRawText()).ToList();
        expected.Should().NotBeEmpty().And.HaveCountLessThan(all.Count);
        kept.Should().Equal(expected, "the same events as in the whole timeline (ids, dates, merges), in the same order");
    }

    [Fact]
    public void Export_takes_types_too_and_an_unknown_type_is_a_usage_error()
    {
        using var dir = new TempDirectory();
        var saved = dir.SaveSampleTimeline();

        var summits = CliRun.Of(["export", saved, "--format", "json", "--types", "summit"]);
        var wrong = CliRun.Of(["export", saved, "--types", "summit,parade"]);

        summits.ExitCode.Should().Be(0, summits.Stderr);
        summits.Json.GetProperty("events").EnumerateArray().Should().NotBeEmpty().And.OnlyContain(e => e.GetProperty("type").GetString() == "summit");
        wrong.ExitCode.Should().Be(2);
        wrong.Stderr.Should().Contain("'parade' is not an event type");
        wrong.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Compact_writes_the_same_timeline_on_one_line_and_export_reads_it_back_to_the_indented_bytes()
    {
        using var dir = new TempDirectory();
        var samples = dir.CopySamples();
        var indented = CliRun.Of(["extract", samples, "--format", "json"]);
        var compact = CliRun.Of(["extract", samples, "--format", "json", "--compact"]);
        var saved = dir.File("compact.json", compact.Stdout);

        var exported = CliRun.Of(["export", saved, "--format", "json"]);
        var exportedCompact = CliRun.Of(["export", saved, "--compact"]);

        compact.ExitCode.Should().Be(0, compact.Stderr);
        compact.Stdout.Should().EndWith("}\n").And.Subject.TrimEnd('\n').Should().NotContain("\n", "the whole timeline is one line");
        compact.StdoutBytes.Length.Should().BeLessThan(indented.StdoutBytes.Length * 3 / 4);
        JsonNode.DeepEquals(JsonNode.Parse(compact.StdoutBytes), JsonNode.Parse(indented.StdoutBytes)).Should().BeTrue("only the layout differs");
        exported.StdoutBytes.Should().Equal(indented.StdoutBytes);
        exportedCompact.StdoutBytes.Should().Equal(compact.StdoutBytes, "json is the default format off a terminal");
    }

    [Theory]
    [InlineData("extract", "ics")]
    [InlineData("export", "html")]
    [InlineData("extract", "table")]
    public void Compact_with_another_format_is_a_usage_error(string verb, string format)
    {
        using var dir = new TempDirectory();
        var samples = dir.CopySamples();
        var saved = dir.SaveSampleTimeline();

        var run = CliRun.Of([verb, verb == "extract" ? samples : saved, "--format", format, "--compact"]);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain($"--compact applies to --format json only, not {format}");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Exporting_a_saved_timeline_as_json_gives_the_same_bytes()
    {
        using var dir = new TempDirectory();
        var saved = dir.SaveSampleTimeline();

        var run = CliRun.Of(["export", saved, "--format", "json"]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.StdoutBytes.Should().Equal(File.ReadAllBytes(saved));
    }

    [Fact]
    public void Merging_the_timelines_of_shards_gives_the_timeline_of_the_whole_corpus()
    {
        using var dir = new TempDirectory();
        var samples = Directory.GetFiles(dir.CopySamples(), "*.txt").Order(StringComparer.Ordinal).ToArray();
        var whole = CliRun.Of(["extract", .. samples, "--format", "json"]);
        var first = Path.Combine(dir.Path, "shard-1.json");
        var second = Path.Combine(dir.Path, "shard-2.json");
        CliRun.Of(["extract", .. samples[..2], "--format", "json", "-o", first]).ExitCode.Should().Be(0);
        CliRun.Of(["extract", .. samples[2..], "--format", "json", "-o", second]).ExitCode.Should().Be(0);

        var merged = CliRun.Of(["export", second, first, "--format", "json"]);

        merged.ExitCode.Should().Be(0, merged.Stderr);
        merged.StdoutBytes.Should().Equal(whole.StdoutBytes);
    }

    [Fact]
    public void Extract_merges_new_articles_into_a_saved_timeline()
    {
        using var dir = new TempDirectory();
        var samples = Directory.GetFiles(dir.CopySamples(), "*.txt").Order(StringComparer.Ordinal).ToArray();
        var whole = CliRun.Of(["extract", .. samples, "--format", "json"]);
        var saved = Path.Combine(dir.Path, "timeline.json");
        CliRun.Of(["extract", .. samples[..3], "--format", "json", "-o", saved]).ExitCode.Should().Be(0);

        // Writing the result over the saved timeline is safe: it is read whole before the output replaces it.
        var run = CliRun.Of(["extract", .. samples[3..], "--merge", saved, "--format", "json", "-o", saved]);

        run.ExitCode.Should().Be(0, run.Stderr);
        File.ReadAllBytes(saved).Should().Equal(whole.StdoutBytes);
    }

    [Fact]
    public void A_bad_timeline_among_good_ones_is_reported_and_the_good_ones_are_still_merged()
    {
        using var dir = new TempDirectory();
        var saved = dir.SaveSampleTimeline("good.json");
        var broken = dir.File("broken.json", "{\"documents\": [], \"events\": [");
        var wrong = dir.File("wrong.json", "{\"documents\": 3}");
        var missing = Path.Combine(dir.Path, "missing.json");

        var run = CliRun.Of(["export", broken, saved, wrong, missing, "--format", "json"]);

        run.ExitCode.Should().Be(1);
        run.StdoutBytes.Should().Equal(File.ReadAllBytes(saved));
        run.ErrorLines.Should().HaveCount(3);
        run.ErrorLines[0].Should().StartWith($"{broken}: not valid JSON");
        run.ErrorLines[1].Should().StartWith($"{wrong}: ").And.Contain("documents");
        run.ErrorLines[2].Should().StartWith($"{missing}: cannot read");
    }

    [Fact]
    public void A_saved_timeline_that_cannot_be_read_stops_extract_merge_before_anything_is_written()
    {
        using var dir = new TempDirectory();
        var output = Path.Combine(dir.Path, "out.json");
        var broken = dir.File("broken.json", "not json");

        var run = CliRun.Of(["extract", dir.CopySamples(), "--merge", broken, "--format", "json", "-o", output]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"timeline: error: {broken}: not valid JSON");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_one_clear_error()
    {
        using var dir = new TempDirectory();
        var saved = dir.SaveSampleTimeline();
        var output = Path.Combine(dir.Path, "no-such-dir", "out.json");

        var run = CliRun.Of(["export", saved, "-o", output]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"timeline: error: cannot write '{output}'");
    }

    [Fact]
    public void Export_needs_a_timeline()
    {
        var run = CliRun.Of(["export"]);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("TIMELINE");
    }
}
