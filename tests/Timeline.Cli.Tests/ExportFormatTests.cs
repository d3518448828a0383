namespace Timeline.Cli.Tests;

/// <summary>Every output format through both verbs: extract writes it directly, export converts a saved timeline to the same bytes.</summary>
public class ExportFormatTests
{
    [Theory]
    [InlineData("ics", "BEGIN:VCALENDAR\r\n")]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("timelinejs", "{")]
    [InlineData("plover", "{\"id\":")]
    [InlineData("table", "")]
    [InlineData("json", "{\n  \"documents\"")]
    public void Extract_and_export_write_the_same_bytes_in_every_format(string format, string start)
    {
        using var dir = new TempDirectory();
        var samples = dir.CopySamples();
        var saved = dir.SaveSampleTimeline();

        var direct = CliRun.Of(["extract", samples, "--format", format, "--title", "Seed & more"]);
        var converted = CliRun.Of(["export", saved, "--format", format, "--title", "Seed & more"]);

        direct.ExitCode.Should().Be(0, direct.Stderr);
        direct.Stdout.Should().StartWith(start);
        converted.ExitCode.Should().Be(0, converted.Stderr);
        converted.StdoutBytes.Should().Equal(direct.StdoutBytes);
        converted.Stderr.Should().Be(direct.Stderr);
    }

    [Theory]
    [InlineData("span", "DTSTART;VALUE=DATE:20190601")]
    [InlineData("first-day", "(approximate: 2019-06)")]
    public void The_calendar_follows_the_approximate_date_policy_and_counts_what_it_leaves_out(string policy, string expected)
    {
        using var dir = new TempDirectory();
        var corpus = dir.File("c.jsonl", """
            {"id": "a", "dct": "2019-06-20", "text": "Kim Jong Un and Vladimir Putin held a summit in Vladivostok on Monday."}
            {"id": "b", "dct": "2019-06-20", "text": "Russian and North Korean officials held talks in Moscow earlier this month."}
            {"id": "c", "text": "The two leaders signed an agreement."}
            """);

        var run = CliRun.Of(["extract", corpus, "--format", "ics", "--approximate", policy]);
        var skip = CliRun.Of(["extract", corpus, "--format", "ics", "--approximate", "skip"]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("DTSTART;VALUE=DATE:20190617").And.Contain(expected);
        run.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex(@"^timeline: 2 events in the calendar; not in it: \d+ undated$");
        skip.Stdout.Should().NotContain("20190601");
        skip.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex(@"^timeline: 1 event in the calendar; not in it: \d+ undated, 1 approximate \(--approximate skip\)$");
    }
}
