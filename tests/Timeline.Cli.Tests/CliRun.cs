using System.Text;
using System.Text.Json;

namespace Timeline.Cli.Tests;

/// <summary>One in-process run of the <c>timeline</c> command with captured streams.</summary>
internal sealed record CliRun(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

    /// <summary>The output lines (each must be one JSON document).</summary>
    public IReadOnlyList<JsonElement> Lines =>
        Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    public IReadOnlyList<string> ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

    /// <summary>The output as one JSON document (what <c>extract --format json</c> writes).</summary>
    public JsonElement Json => JsonDocument.Parse(StdoutBytes).RootElement.Clone();

    /// <summary>Runs the command; <paramref name="terminal"/> pretends standard output is a terminal.</summary>
    public static CliRun Of(string[] args, string stdin = "", bool terminal = false, TimeSpan? progressInterval = null)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        using var output = new MemoryStream();
        using var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(input, output, error, terminal) { ProgressInterval = progressInterval ?? TimeSpan.FromSeconds(5) };
        int code = TimelineCli.Run(args, console);
        return new CliRun(code, output.ToArray(), error.ToString());
    }
}

/// <summary>A fresh directory under the system temp folder, deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "timeline-cli-tests-" + Guid.NewGuid().ToString("N"));

    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Copies the bundled sample articles (copied beside the test assembly) into <paramref name="folder"/>.</summary>
    public string CopySamples(string folder = "samples")
    {
        var target = System.IO.Path.Combine(Path, folder);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "Samples"), "*.txt"))
            System.IO.File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        return target;
    }

    /// <summary>
    /// Saves the timeline of the sample articles (copied into <c>samples</c> unless they already are) as
    /// <c>extract --format json</c> writes it, in <paramref name="name"/>; returns its path.
    /// </summary>
    public string SaveSampleTimeline(string name = "timeline.json")
    {
        var samples = System.IO.Path.Combine(Path, "samples");
        if (!Directory.Exists(samples)) CopySamples();
        var saved = System.IO.Path.Combine(Path, name);
        var run = CliRun.Of(["extract", samples, "--format", "json", "-o", saved]);
        run.ExitCode.Should().Be(0, run.Stderr);
        return saved;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
