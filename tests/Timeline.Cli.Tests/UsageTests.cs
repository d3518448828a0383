namespace Timeline.Cli.Tests;

public class UsageTests
{
    [Theory]
    [InlineData("timexes", "--published", "2019-13-01")]
    [InlineData("timexes", "--date-order", "ymd")]
    [InlineData("timexes", "--no-such-option")]
    [InlineData("timexes", "/no/such/file.jsonl")]
    [InlineData("no-such-verb")]
    [InlineData]
    public void Usage_errors_exit_2_with_one_clear_line_and_no_output(params string[] args)
    {
        var run = CliRun.Of(args, "{\"id\": 1, \"text\": \"x\"}\n");

        run.ExitCode.Should().Be(2);
        run.StdoutBytes.Should().BeEmpty();
        run.ErrorLines.Should().NotBeEmpty();
        run.ErrorLines[0].Should().StartWith("timeline: error: ");
        run.Stderr.Should().NotContain("   at ", "no stack trace without --verbose");
    }

    [Fact]
    public void Help_shows_the_options_and_examples()
    {
        var run = CliRun.Of(["timexes", "--help"]);

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("--published").And.Contain("--date-order").And.Contain("--output")
            .And.Contain("Examples:").And.Contain("timeline timexes samples");
    }
}
