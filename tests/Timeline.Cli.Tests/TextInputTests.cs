namespace Timeline.Cli.Tests;

public class TextInputTests
{
    [Fact]
    public void A_directory_of_sample_articles_gives_file_name_ids_and_the_dates_found_in_the_text()
    {
        using var dir = new TempDirectory();
        var samples = dir.CopySamples();

        var run = CliRun.Of(["timexes", samples]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stderr.Should().BeEmpty();
        var lines = run.Lines;
        lines.Select(l => l.GetProperty("id").GetString()).Should().Equal(
            "000_22f5d0fa3ba24bd2", "001_16fb0133d3555c87", "002_aafdaf513455526c", "003_0678412f65cfb154", "004_63df4701a077cafa");
        lines[0].GetProperty("dct").GetString().Should().Be("2019-06-08");
        lines[0].GetProperty("dctSource").GetString().Should().Be("dateline");
        lines[2].GetProperty("dct").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        lines[2].GetProperty("dctSource").GetString().Should().Be("none");
        lines.Should().AllSatisfy(l => l.GetProperty("timexes").GetArrayLength().Should().BePositive());
    }

    [Fact]
    public void Directories_are_read_recursively_in_ordinal_path_order_and_published_applies_to_text_files()
    {
        using var dir = new TempDirectory();
        dir.File("b/z.txt", "It happened on Friday.");
        dir.File("B.txt", "Nothing here.");
        dir.File("a.jsonl", "{\"id\": \"from-jsonl\", \"dct\": \"2020-01-01\", \"text\": \"x\"}\n");
        dir.File("notes.md", "ignored");

        var run = CliRun.Of(["timexes", "--published", "2019-06-08", dir.Path]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Lines.Select(l => l.GetProperty("id").GetString()).Should().Equal("B", "from-jsonl", "z");
        run.Lines.Select(l => l.GetProperty("dct").GetString()).Should().Equal("2019-06-08", "2020-01-01", "2019-06-08");
        run.Lines[2].GetProperty("timexes")[0].GetProperty("value").GetString().Should().Be("2019-06-07");
    }

    [Fact]
    public void Files_and_directories_can_be_mixed_and_keep_argument_order()
    {
        using var dir = new TempDirectory();
        var samples = dir.CopySamples();
        var jsonl = dir.File("one.jsonl", "{\"id\": 7, \"text\": \"x\"}\n");

        var run = CliRun.Of(["timexes", jsonl, Path.Combine(samples, "004_63df4701a077cafa.txt"), "-"], "{\"id\": 8, \"text\": \"y\"}");

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Lines.Select(l => l.GetProperty("id").ToString()).Should().Equal("7", "004_63df4701a077cafa", "8");
        run.Lines[1].GetProperty("dct").GetString().Should().Be("2023-04-25");
    }
}
