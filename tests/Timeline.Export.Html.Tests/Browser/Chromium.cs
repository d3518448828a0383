using System.Diagnostics;

namespace Timeline.Export.Html.Tests.Browser;

/// <summary>What one headless Chromium run printed.</summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="Output">Standard output (the DOM, with <c>--dump-dom</c>).</param>
/// <param name="Log">Standard error: Chromium's log, with the page's console messages.</param>
internal sealed record ChromiumRun(int ExitCode, string Output, string Log)
{
    /// <summary>
    /// The page's console messages (log lines like <c>[…:INFO:CONSOLE:12] "Uncaught ReferenceError: …", source: …</c>).
    /// The page runs no script, so any message at all is an error: a blocked load, a parse error.
    /// </summary>
    public IReadOnlyList<string> ConsoleMessages =>
        Log.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal)).ToList();
}

/// <summary>
/// Runs Debian's headless <c>chromium</c> on a page file: a fresh profile in a temporary folder, no sandbox (tests may
/// run as root), no GPU, no background networking, every host name unresolvable (so even a bug could not reach the
/// network), console messages logged to standard error, and a time limit after which the whole process tree is killed.
/// </summary>
internal static class Chromium
{
    /// <summary>How long one run may take.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private static readonly Lazy<string?> Found = new(Locate);

    /// <summary>The browser's path, or null when it is not installed.</summary>
    public static string? Path => Found.Value;

    /// <summary>Renders <paramref name="html"/> with the extra <paramref name="arguments"/> (<c>--screenshot=…</c>, <c>--dump-dom</c>) in <paramref name="folder"/>.</summary>
    public static ChromiumRun Run(string html, string folder, params string[] arguments)
    {
        var browser = Path ?? throw new InvalidOperationException("chromium is not installed");
        var page = System.IO.Path.Combine(folder, "page.html");
        File.WriteAllText(page, html);
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var a in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-extensions",
            "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0",
            "--user-data-dir=" + System.IO.Path.Combine(folder, "profile"),
        }.Concat(arguments).Append(new Uri(page).AbsoluteUri))
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var log = process.StandardError.ReadToEndAsync();
        // Bounded waits only: a helper process that outlived the browser could hold the pipes open for ever.
        if (!process.WaitForExit(Timeout) || !Task.WaitAll([output, log], TimeSpan.FromSeconds(10)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
            throw new TimeoutException($"chromium did not finish within {Timeout.TotalSeconds} s; its log so far:\n{Tail(log)}");
        }
        return new ChromiumRun(process.ExitCode, output.Result, log.Result);
    }

    /// <summary>A new empty folder for one run; <see cref="Delete"/> it afterwards.</summary>
    public static string NewFolder()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "timeline-html-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Deletes a run's folder (Chromium may still hold a lock file for a moment; a leftover temp folder is harmless).</summary>
    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string Tail(Task<string> log) => log.IsCompletedSuccessfully ? log.Result[^Math.Min(2000, log.Result.Length)..] : "";

    // TIMELINE_CHROMIUM names the browser; otherwise Debian's `chromium` (or `chromium-browser`) on the PATH.
    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("TIMELINE_CHROMIUM");
        if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new[] { "chromium", "chromium-browser" }
            .SelectMany(name => folders.Select(f => System.IO.Path.Combine(f, name)))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that needs headless Chromium: skipped, saying why, where it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when no browser is found.</summary>
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
        {
            var configured = Environment.GetEnvironmentVariable("TIMELINE_CHROMIUM");
            Skip = string.IsNullOrEmpty(configured)
                ? "chromium is not installed (apt-get install chromium, or set TIMELINE_CHROMIUM to a Chromium binary): the page is not rendered in a real browser"
                : $"TIMELINE_CHROMIUM names {configured}, which does not exist: the page is not rendered in a real browser";
        }
    }
}
