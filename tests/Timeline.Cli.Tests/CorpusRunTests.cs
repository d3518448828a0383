namespace Timeline.Cli.Tests;

/// <summary>Whole-corpus behaviour: HTML pages, parallel jobs, progress, and bad files among good ones.</summary>
public class CorpusRunTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><title>Kim and Putin hold talks</title><style>p { color: red }</style>
        <script>var date = "January 1, 2001";</script></head>
        <body>
        <nav><a href="/">Home</a> | <a href="/world">World, March 3, 2002</a></nav>
        <article>
        <h1>Kim and Putin hold talks</h1>
        <p>Seoul, Sep 14, 2023 &mdash; North Korean leader Kim Jong Un and Russian President Vladimir Putin
           held&nbsp;talks on Wednesday at a cosmodrome in Russia's Far East.</p>
        <p>Kim <b>arrived</b> on Tuesday<br>by armoured train.</p>
        </article>
        <form><button>Subscribe</button></form>
        </body></html>
        """;

    [Fact]
    public void An_html_page_is_read_as_its_text_without_scripts_styles_or_navigation()
    {
        var text = Inputs.HtmlText.ToText(Page);

        text.Should().StartWith("Kim and Putin hold talks\n");
        text.Should().Contain("Seoul, Sep 14, 2023 — North Korean leader Kim Jong Un and Russian President Vladimir Putin held talks on Wednesday");
        text.Should().Contain("Kim arrived on Tuesday\nby armoured train.");
        text.Should().NotContain("2001").And.NotContain("2002").And.NotContain("color").And.NotContain("Subscribe");
    }

    [Fact]
    public void Html_pages_in_a_directory_are_articles()
    {
        using var dir = new TempDirectory();
        dir.File("pages/talks.html", Page);
        dir.File("pages/notes.css", "p { color: red }");

        var run = CliRun.Of(["timexes", Path.Combine(dir.Path, "pages")]);

        run.ExitCode.Should().Be(0, run.Stderr);
        var line = run.Lines.Should().ContainSingle().Subject;
        line.GetProperty("id").GetString().Should().Be("talks");
        line.GetProperty("dct").GetString().Should().Be("2023-09-14");
        var values = line.GetProperty("timexes").EnumerateArray().Select(t => t.GetProperty("value").GetString()).ToList();
        values.Should().Contain(["2023-09-13", "2023-09-12"]);
    }

    [Fact]
    public void The_output_does_not_depend_on_the_number_of_jobs()
    {
        using var dir = new TempDirectory();
        var samples = dir.CopySamples();

        var one = CliRun.Of(["extract", samples, "--format", "json", "--jobs", "1"]);
        var two = CliRun.Of(["extract", samples, "--format", "json", "-j", "2"]);
        var many = CliRun.Of(["timexes", samples, "-j", "7"]);
        var single = CliRun.Of(["timexes", samples, "-j", "1"]);

        one.ExitCode.Should().Be(0, one.Stderr);
        two.StdoutBytes.Should().Equal(one.StdoutBytes);
        many.StdoutBytes.Should().Equal(single.StdoutBytes);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("many")]
    public void A_bad_number_of_jobs_is_a_usage_error(string jobs)
    {
        var run = CliRun.Of(["timexes", "--jobs", jobs], stdin: "");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("--jobs");
    }

    [Fact]
    public void Progress_lines_go_to_standard_error_and_never_into_the_output()
    {
        using var dir = new TempDirectory();
        var samples = dir.CopySamples();
        var quiet = CliRun.Of(["timexes", samples, "--progress", "none"]);

        var run = CliRun.Of(["timexes", samples, "--progress", "lines"], progressInterval: TimeSpan.Zero);

        run.ExitCode.Should().Be(0);
        run.StdoutBytes.Should().Equal(quiet.StdoutBytes);
        quiet.Stderr.Should().BeEmpty();
        run.ErrorLines.Should().HaveCountGreaterThan(1);
        run.ErrorLines.Should().AllSatisfy(l => l.Should().MatchRegex(@"^timeline: (done: )?\d+ documents, \d+\.\d MB \(\d+%\), \d+\.\d MB/s, \d+ s$"));
        run.ErrorLines[^1].Should().StartWith("timeline: done: 5 documents").And.Contain("(100%)");
    }

    [Fact]
    public void A_short_run_prints_no_progress_by_default()
    {
        using var dir = new TempDirectory();

        var run = CliRun.Of(["extract", dir.CopySamples(), "--format", "json"]);

        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void A_directory_with_bad_files_among_good_ones_gives_the_complete_output_of_the_good_ones()
    {
        using var dir = new TempDirectory();
        var samples = dir.CopySamples();
        var good = CliRun.Of(["extract", samples, "--format", "json"]);
        var corpus = dir.File("samples/zz-corpus.jsonl", "{\"id\": \"z1\", \"text\": \"\"}\nthis is not json\n{\"id\": \"z2\", \"dct\": \"2019-02-30\", \"text\": \"Talks.\"}\n");
        var dangling = Path.Combine(samples, "gone.txt");
        File.CreateSymbolicLink(dangling, Path.Combine(dir.Path, "nowhere.txt"));

        var run = CliRun.Of(["extract", samples, "--format", "json"]);

        run.ExitCode.Should().Be(1);
        run.ErrorLines.Should().HaveCount(3);
        run.ErrorLines.Should().Contain(l => l.StartsWith($"{dangling}: cannot read", StringComparison.Ordinal));
        run.ErrorLines.Should().Contain(l => l.StartsWith($"{corpus}:2: ", StringComparison.Ordinal));
        run.ErrorLines.Should().Contain(l => l.StartsWith($"{corpus}:3: ", StringComparison.Ordinal) && l.Contains("dct"));
        // The empty article z1 is a document with no events: the timeline is that of the good files.
        var events = run.Json.GetProperty("events");
        events.GetRawText().Should().Be(good.Json.GetProperty("events").GetRawText());
        run.Json.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Should().Contain("z1");
    }
}
