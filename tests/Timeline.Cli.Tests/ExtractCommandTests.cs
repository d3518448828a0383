using System.Text.Json;

namespace Timeline.Cli.Tests;

public class ExtractCommandTests
{
    private static readonly string[] Precisions = ["day", "week", "month", "quarter", "year"];

    private const string GoodLine = "{\"id\": \"good-1\", \"dct\": \"2019-06-08\", \"text\": \"Officials from North Korea and Russia met on Friday in Pyongyang.\"}";

    [Fact]
    public void Json_is_byte_identical_on_every_run_and_in_any_input_order()
    {
        using var dir = new TempDirectory();
        var samples = dir.CopySamples();
        var files = Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal).ToArray();

        var first = CliRun.Of(["extract", samples, "--format", "json"]);
        var second = CliRun.Of(["extract", samples, "--format", "json"]);
        var reversed = CliRun.Of(["extract", .. files.Reverse(), "--format", "json"]);

        first.ExitCode.Should().Be(0, first.Stderr);
        first.StdoutBytes.Should().NotBeEmpty();
        second.StdoutBytes.Should().Equal(first.StdoutBytes);
        reversed.StdoutBytes.Should().Equal(first.StdoutBytes);
    }

    [Fact]
    public void Json_is_valid_with_whole_day_dates_in_order_and_known_precisions()
    {
        using var dir = new TempDirectory();
        var run = CliRun.Of(["extract", dir.CopySamples(), "--format", "json"]);

        run.StdoutBytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        run.Stdout.Should().EndWith("}\n").And.NotContain("\r");
        var events = run.Json.GetProperty("events").EnumerateArray().ToList();
        events.Should().NotBeEmpty();
        var dates = events.Select(e => e.GetProperty("date")).Where(d => d.ValueKind != JsonValueKind.Null).ToList();
        dates.Should().NotBeEmpty();
        foreach (var date in dates)
        {
            string start = date.GetProperty("start").GetString()!, end = date.GetProperty("end").GetString()!;
            start.Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}$");
            end.Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}$");
            string.CompareOrdinal(start, end).Should().BeLessThanOrEqualTo(0, $"{start} is not after {end}");
            Precisions.Should().Contain(date.GetProperty("precision").GetString());
        }
    }

    [Fact]
    public void Format_defaults_to_json_when_not_on_a_terminal_and_to_a_table_on_one()
    {
        var notTerminal = CliRun.Of(["extract"], GoodLine);
        var terminal = CliRun.Of(["extract"], GoodLine, terminal: true);
        var terminalToFile = new TempDirectory();
        using (terminalToFile)
        {
            var target = Path.Combine(terminalToFile.Path, "t.json");
            CliRun.Of(["extract", "-o", target], GoodLine, terminal: true).ExitCode.Should().Be(0);
            JsonDocument.Parse(File.ReadAllBytes(target)).RootElement.GetProperty("documents").GetArrayLength().Should().Be(1);
        }

        notTerminal.Json.GetProperty("documents")[0].GetProperty("id").GetString().Should().Be("good-1");
        terminal.ExitCode.Should().Be(0, terminal.Stderr);
        terminal.Stdout.Should().Contain("2019-06-07").And.Contain("meeting").And.Contain("good-1").And.Contain("\u001b[");
    }

    [Fact]
    public void A_table_when_not_on_a_terminal_is_plain_text_by_date_then_planned_then_undated()
    {
        using var dir = new TempDirectory();
        var run = CliRun.Of(["extract", dir.CopySamples(), "--format", "table"]);
        var table = run.Stdout;

        run.ExitCode.Should().Be(0, run.Stderr);
        table.Should().NotContain("\u001b", "redirected output carries no escape codes");
        table.Should().NotContain("\r");
        foreach (var column in new[] { "Date", "Type", "Status", "Event", "Place", "Sources" }) table.Should().Contain(column);
        table.Should().Contain("2019-04-25").And.Contain("2019-W23").And.Contain("2023-07").And.Contain("—")
            .And.Contain("000_22f5d0fa3ba24bd2").And.Contain("Vladivostok");
        int dated = table.IndexOf("Events (", StringComparison.Ordinal);
        int planned = table.IndexOf("Planned (", StringComparison.Ordinal);
        int undated = table.IndexOf("Undated (", StringComparison.Ordinal);
        dated.Should().BeGreaterThanOrEqualTo(0);
        planned.Should().BeGreaterThan(dated);
        undated.Should().BeGreaterThan(planned);
        table.IndexOf("2019-04-25", StringComparison.Ordinal).Should().BeLessThan(table.IndexOf("2023-09-13", StringComparison.Ordinal));
        table.IndexOf("2023-09-13", StringComparison.Ordinal).Should().BeLessThan(planned);
        table.Should().EndWith("events from 5 documents.\n");
    }

    [Fact]
    public void A_bad_jsonl_among_good_files_gives_the_complete_output_for_the_good_ones_and_exit_1()
    {
        using var dir = new TempDirectory();
        var mixed = dir.CopySamples("mixed");
        dir.File("mixed/corpus/bad.jsonl", GoodLine + "\nnot json\n{\"id\": \"no-text\"}\n");
        var clean = dir.CopySamples("clean");
        dir.File("clean/corpus/good.jsonl", GoodLine + "\n");

        var run = CliRun.Of(["extract", mixed, "--format", "json"]);
        var expected = CliRun.Of(["extract", clean, "--format", "json"]);

        run.ExitCode.Should().Be(1);
        var bad = Path.Combine(mixed, "corpus", "bad.jsonl");
        run.ErrorLines.Should().HaveCount(2);
        run.ErrorLines[0].Should().StartWith($"{bad}:2: not valid JSON");
        run.ErrorLines[1].Should().Be($"{bad}:3: missing \"text\" (a string).");
        expected.ExitCode.Should().Be(0, expected.Stderr);
        run.StdoutBytes.Should().Equal(expected.StdoutBytes, "the good documents give exactly the timeline they give alone");
        run.Json.GetProperty("documents").GetArrayLength().Should().Be(6);
    }

    [Fact]
    public void An_unreadable_file_is_reported_and_the_others_are_still_processed()
    {
        using var dir = new TempDirectory();
        var samples = dir.CopySamples();
        var broken = Path.Combine(samples, "zzz_broken.txt");
        File.CreateSymbolicLink(broken, Path.Combine(dir.Path, "missing-target.txt"));

        var run = CliRun.Of(["extract", samples, "--format", "json"]);

        run.ExitCode.Should().Be(1);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"{broken}: cannot read:");
        run.Json.GetProperty("documents").GetArrayLength().Should().Be(5);
    }

    [Fact]
    public void Output_file_is_written_whole_with_nothing_on_stdout_and_no_temporary_file_left()
    {
        using var dir = new TempDirectory();
        var samples = dir.CopySamples();
        var target = Path.Combine(dir.Path, "timeline.json");
        File.WriteAllText(target, "old content\n");

        var toFile = CliRun.Of(["extract", samples, "-o", target]);
        var toStdout = CliRun.Of(["extract", samples, "--format", "json"]);

        toFile.ExitCode.Should().Be(0, toFile.Stderr);
        toFile.StdoutBytes.Should().BeEmpty();
        File.ReadAllBytes(target).Should().Equal(toStdout.StdoutBytes);
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Should().Equal("timeline.json");
    }

    [Fact]
    public void A_failed_run_leaves_the_output_file_untouched()
    {
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "timeline.json");
        File.WriteAllText(target, "old content\n");

        var run = CliRun.Of(["extract", Path.Combine(dir.Path, "missing"), "-o", target]);

        run.ExitCode.Should().Be(2);
        File.ReadAllText(target).Should().Be("old content\n");
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Should().Equal("timeline.json");
    }

    [Fact]
    public void Input_option_reads_json_lines_whatever_the_extension_and_published_dates_the_rest()
    {
        using var dir = new TempDirectory();
        var corpus = dir.File("corpus.txt",
            GoodLine + "\n{\"id\": 17, \"text\": \"Putin visited Pyongyang on Monday.\"}\n{\"text\": \"Kim met Putin on Tuesday.\"}\n");

        var run = CliRun.Of(["extract", "--input", corpus, "--published", "2023-09-22", "--format", "json"]);

        run.ExitCode.Should().Be(0, run.Stderr);
        var documents = run.Json.GetProperty("documents").EnumerateArray()
            .Select(d => (d.GetProperty("id").GetString(), d.GetProperty("published").GetString(), d.GetProperty("publishedFrom").GetString()));
        documents.Should().Equal(("17", "2023-09-22", "caller"), ("corpus:3", "2023-09-22", "caller"), ("good-1", "2019-06-08", "caller"));
    }

    [Fact]
    public void A_repeated_document_id_is_reported_and_only_the_first_is_kept()
    {
        var run = CliRun.Of(["extract", "--format", "json"], GoodLine + "\n" + GoodLine.Replace("2019-06-08", "2020-01-01", StringComparison.Ordinal) + "\n");

        run.ExitCode.Should().Be(1);
        run.ErrorLines.Should().ContainSingle().Which.Should().Be("<stdin>:2: document id \"good-1\" was already read from <stdin>:1; this one is skipped.");
        run.Json.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("published").GetString()).Should().Equal("2019-06-08");
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--published", "2023-13-01")]
    [InlineData("--input")]
    public void Usage_errors_exit_2_with_nothing_on_stdout(params string[] args)
    {
        var run = CliRun.Of(["extract", .. args], GoodLine);

        run.ExitCode.Should().Be(2);
        run.StdoutBytes.Should().BeEmpty();
        run.ErrorLines[0].Should().StartWith("timeline: error: ");
    }

    [Fact]
    public void Help_lists_the_verb_with_examples()
    {
        var root = CliRun.Of(["--help"]);
        var verb = CliRun.Of(["extract", "--help"]);

        root.Stdout.Should().Contain("extract").And.Contain("timexes");
        verb.ExitCode.Should().Be(0);
        verb.Stdout.Should().Contain("--format").And.Contain("--input").And.Contain("--published").And.Contain("Examples:");
    }
}
