using Timeline.Cli.Output;

namespace Timeline.Cli.Tests;

public class OutputFileTests
{
    [Fact]
    public void Output_option_writes_the_file_and_nothing_to_stdout_and_leaves_no_temporary_file()
    {
        using var dir = new TempDirectory();
        var samples = dir.CopySamples();
        var target = Path.Combine(dir.Path, "out.jsonl");
        File.WriteAllText(target, "old content\n");

        var toFile = CliRun.Of(["timexes", samples, "-o", target]);
        var toStdout = CliRun.Of(["timexes", samples]);

        toFile.ExitCode.Should().Be(0, toFile.Stderr);
        toFile.StdoutBytes.Should().BeEmpty();
        File.ReadAllBytes(target).Should().Equal(toStdout.StdoutBytes);
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Should().Equal("out.jsonl");
    }

    [Fact]
    public void A_failed_run_leaves_an_existing_output_file_untouched()
    {
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "out.jsonl");
        File.WriteAllText(target, "old content\n");

        var run = CliRun.Of(["timexes", Path.Combine(dir.Path, "missing.jsonl"), "--output", target]);

        run.ExitCode.Should().Be(2);
        File.ReadAllText(target).Should().Be("old content\n");
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Should().Equal("out.jsonl");
    }

    [Fact]
    public void Input_errors_still_write_the_good_lines_to_the_file()
    {
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "out.jsonl");

        var run = CliRun.Of(["timexes", "-o", target], "{\"id\": 1, \"text\": \"x\"}\nnope\n");

        run.ExitCode.Should().Be(1);
        File.ReadAllLines(target).Should().ContainSingle().Which.Should().StartWith("{\"id\":1,");
    }

    [Fact]
    public void An_atomic_file_replaces_the_target_only_on_commit()
    {
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "t.txt");
        File.WriteAllText(target, "before");

        using (var abandoned = AtomicFile.Create(target))
        {
            abandoned.Stream.Write("half a fi"u8);
            File.ReadAllText(target).Should().Be("before");
        }
        File.ReadAllText(target).Should().Be("before");
        Directory.GetFiles(dir.Path).Should().ContainSingle();

        using (var committed = AtomicFile.Create(target))
        {
            committed.Stream.Write("after"u8);
            committed.Commit();
        }
        File.ReadAllText(target).Should().Be("after");
        Directory.GetFiles(dir.Path).Should().ContainSingle();
    }
}
