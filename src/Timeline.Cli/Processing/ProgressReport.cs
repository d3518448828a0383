using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Timeline.Cli.Processing;

/// <summary>How a run reports its progress on standard error (standard output carries only the output).</summary>
internal enum ProgressMode
{
    /// <summary>A progress bar when standard error is a terminal, plain lines otherwise.</summary>
    Auto,

    /// <summary>A Spectre.Console progress bar (live, redrawn in place).</summary>
    Bar,

    /// <summary>A plain line every few seconds, once the run has lasted that long (for logs).</summary>
    Lines,

    /// <summary>Nothing.</summary>
    None,
}

/// <summary>Counts what a run has read, for a progress display.</summary>
internal interface IProgressSink
{
    /// <summary>One more document (or bad line) done, which took <paramref name="bytes"/> bytes of input.</summary>
    void Advance(long bytes);
}

/// <summary>
/// Runs a piece of work under a progress display on standard error: a Spectre.Console bar (by bytes of input when
/// the total is known) on an interactive terminal, or plain lines (<c>timeline: 1,200 documents, 35.2 MB (41%), 6.1 MB/s</c>)
/// every <see cref="CliConsole.ProgressInterval"/> otherwise, which short runs never print.
/// </summary>
internal static class ProgressReport
{
    /// <summary>Runs <paramref name="work"/>, reporting what it advances; <paramref name="totalBytes"/> is the input size when known.</summary>
    public static T Run<T>(CliConsole console, ProgressMode mode, long? totalBytes, Func<IProgressSink, T> work)
    {
        if (mode == ProgressMode.Auto) mode = console.ErrorIsTerminal ? ProgressMode.Bar : ProgressMode.Lines;
        switch (mode)
        {
            case ProgressMode.Bar:
                return RunWithBar(console, totalBytes, work);
            case ProgressMode.Lines:
                var lines = new LineSink(console, totalBytes);
                var result = work(lines);
                lines.Finish();
                return result;
            default:
                return work(NoSink.Instance);
        }
    }

    private static T RunWithBar<T>(CliConsole console, long? totalBytes, Func<IProgressSink, T> work)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Error),
            Interactive = InteractionSupport.Yes,
        });
        return terminal.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading", maxValue: Math.Max(1, totalBytes ?? 1));
                task.IsIndeterminate = totalBytes is null;
                var sink = new BarSink(task);
                var result = work(sink);
                task.StopTask();
                return result;
            });
    }

    private sealed class NoSink : IProgressSink
    {
        public static readonly NoSink Instance = new();

        public void Advance(long bytes)
        {
        }
    }

    private sealed class BarSink(ProgressTask task) : IProgressSink
    {
        private int _documents;

        public void Advance(long bytes)
        {
            task.Increment(bytes);
            task.Description = $"{++_documents:N0} documents";
        }
    }

    private sealed class LineSink(CliConsole console, long? totalBytes) : IProgressSink
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _next = console.ProgressInterval;
        private long _documents;
        private long _bytes;
        private bool _printed;

        public void Advance(long bytes)
        {
            _documents++;
            _bytes += bytes;
            if (_clock.Elapsed < _next) return;
            _next = _clock.Elapsed + console.ProgressInterval;
            Print("");
        }

        public void Finish()
        {
            if (_printed) Print("done: ");
        }

        private void Print(string prefix)
        {
            _printed = true;
            double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
            string share = totalBytes is > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({100.0 * _bytes / totalBytes.Value:F0}%)") : "";
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Messages.Program}: {prefix}{_documents:N0} documents, {_bytes / 1e6:F1} MB{share}, {_bytes / 1e6 / seconds:F1} MB/s, {seconds:F0} s"));
        }
    }
}
