using System.Diagnostics;
using System.Text;

namespace Timeline.Packaging.Tests;

/// <summary>The outcome of one external command.</summary>
public sealed record ProcessRun(string Command, int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Everything the command printed, for assertion messages.</summary>
    public string Transcript => $"$ {Command}\nexit {ExitCode}\n{Stdout}\n{Stderr}";
}

/// <summary>Runs external commands with a time limit and captured output.</summary>
internal static class Processes
{
    /// <summary>Runs <paramref name="file"/> with <paramref name="arguments"/> in <paramref name="directory"/>; kills it after <paramref name="timeout"/>.</summary>
    public static ProcessRun Run(string file, IReadOnlyList<string> arguments, string directory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // Let the consumer build see its own settings, not the ones MSBuild passed down to this test host.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        var command = $"{file} {string.Join(' ', arguments)}";
        return new ProcessRun(command, process.HasExited ? process.ExitCode : -1, stdout.Result, stderr.Result);
    }
}

/// <summary>The checkout the tests run in.</summary>
internal static class Repository
{
    /// <summary>The configuration the tests were built in, which the builds they start use too.</summary>
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    /// <summary>The folder holding Timeline.sln, above the test assembly.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no Timeline.sln above {AppContext.BaseDirectory}");
    }
}
