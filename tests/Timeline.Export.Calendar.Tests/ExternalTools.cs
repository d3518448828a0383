using System.Diagnostics;

namespace Timeline.Export.Calendar.Tests;

/// <summary>Finds and runs the real calendar programs the tests check the output with.</summary>
internal static class ExternalTools
{
    /// <summary>Debian's interpreter: Debian's python packages (python3-icalendar) load there, not in other pythons on PATH.</summary>
    public const string DebianPython = "/usr/bin/python3";

    private static readonly Lazy<string?> CalcurseMissing = new(() =>
        Which("calcurse") is null ? "calcurse is not installed (apt-get install calcurse)" : null);

    private static readonly Lazy<string?> IcalendarMissing = new(() =>
    {
        if (!File.Exists(DebianPython)) return $"{DebianPython} is absent (apt-get install python3 python3-icalendar)";
        var run = Run(DebianPython, ["-c", "import icalendar"]);
        return run.ExitCode == 0 ? null : "the python icalendar module is not installed (apt-get install python3-icalendar)";
    });

    /// <summary>Why calcurse cannot be used, or null when it can.</summary>
    public static string? WhyNoCalcurse => CalcurseMissing.Value;

    /// <summary>Why Debian's python with icalendar cannot be used, or null when it can.</summary>
    public static string? WhyNoIcalendar => IcalendarMissing.Value;

    /// <summary>The full path of <paramref name="program"/> on PATH, or null.</summary>
    public static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    /// <summary>Runs a program with closed standard input and returns its exit code and outputs.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string program, IEnumerable<string> args, int timeoutSeconds = 60)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in {timeoutSeconds} s");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A fact that is skipped, saying why, when calcurse is not installed.</summary>
public sealed class CalcurseFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when calcurse is missing.</summary>
    public CalcurseFactAttribute()
    {
        if (ExternalTools.WhyNoCalcurse is { } why) Skip = why;
    }
}

/// <summary>A fact that is skipped, saying why, when Debian's python with the icalendar module is not installed.</summary>
public sealed class IcalendarFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when python3-icalendar is missing.</summary>
    public IcalendarFactAttribute()
    {
        if (ExternalTools.WhyNoIcalendar is { } why) Skip = why;
    }
}
