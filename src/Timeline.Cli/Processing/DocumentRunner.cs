using Timeline.Cli.Inputs;
using Timeline.Cli.Output;

namespace Timeline.Cli.Processing;

/// <summary>What every document-processing verb shares: where to read, where to write, how much to say.</summary>
/// <param name="Inputs">The INPUT arguments (files, directories, <c>-</c>); empty for standard input.</param>
/// <param name="OutputPath">The file to write (atomically), or null for standard output.</param>
/// <param name="Verbose">Print stack traces with errors.</param>
/// <param name="Corpora">Files to read as JSON Lines whatever their extension (<c>--input</c>).</param>
internal sealed record RunSettings(IReadOnlyList<string> Inputs, string? OutputPath, bool Verbose, IReadOnlyList<string>? Corpora = null)
{
    /// <summary>How many documents are processed at once.</summary>
    public int Jobs { get; init; } = OrderedPipeline.DefaultJobs;

    /// <summary>How progress is shown on standard error.</summary>
    public ProgressMode Progress { get; init; } = ProgressMode.Auto;
}

/// <summary>
/// Runs a verb over its input documents: resolves the inputs, processes documents in parallel, hands each result to
/// the verb in input order, reports bad input lines as <c>FILE:LINE: message</c> on stderr, and returns the exit
/// code. Output to a file appears whole or not at all.
/// </summary>
internal static class DocumentRunner
{
    private readonly record struct Outcome<T>(InputItem Item, T? Result, string? Error);

    /// <summary>Runs <paramref name="process"/> (document → output line bytes) over the inputs of <paramref name="settings"/>, writing the lines in input order.</summary>
    public static int Run(CliConsole console, RunSettings settings, Func<InputDocument, ReadOnlyMemory<byte>> process) =>
        Run(console, settings, process, (_, line, output) =>
        {
            output.Write(line.Span);
            return null;
        }, finish: null);

    /// <summary>
    /// Runs <paramref name="process"/> over the input documents in parallel, then calls <paramref name="accept"/> with
    /// each result on the calling thread, in input order (it may write to the output stream, or keep the result; it
    /// returns a message to report the document as failed, or null), then <paramref name="finish"/> once after the
    /// last document, to write what was kept.
    /// </summary>
    public static int Run<T>(
        CliConsole console,
        RunSettings settings,
        Func<InputDocument, T> process,
        Func<InputDocument, T, Stream, string?> accept,
        Action<Stream>? finish)
    {
        var sources = InputSources.Resolve(settings.Inputs, settings.Corpora ?? [], out var inputError);
        if (sources is null)
        {
            Messages.Error(console, inputError!);
            return ExitCodes.Usage;
        }

        int failures = 0;
        return OutputTarget.Write(console, settings.OutputPath, settings.Verbose, output =>
        {
            ProgressReport.Run(console, settings.Progress, InputSources.TotalBytes(sources), progress =>
            {
                OrderedPipeline.Run(InputReader.Read(sources, console.In), Map, o =>
                {
                    Sink(o, output);
                    progress.Advance(o.Item.Bytes);
                }, settings.Jobs, item => item.Bytes);
                return 0;
            });
            finish?.Invoke(output);
            return failures > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
        });

        void Sink(Outcome<T> o, Stream output)
        {
            var error = o.Error ?? accept((InputDocument)o.Item, o.Result!, output);
            if (error is not null)
            {
                failures++;
                console.Error.WriteLine($"{o.Item.Location}: {error}");
            }
        }

        Outcome<T> Map(InputItem item)
        {
            // JSON Lines records are parsed here, on the worker, not on the reading thread.
            if (item is InputLine line) item = InputReader.Parse(line);
            if (item is InputError bad) return new Outcome<T>(item, default, bad.Message);
            try
            {
                return new Outcome<T>(item, process((InputDocument)item), null);
            }
            catch (Exception e)
            {
                // The engine promises never to throw on text; if it does, lose this document only.
                var detail = settings.Verbose ? Environment.NewLine + e : "";
                return new Outcome<T>(item, default, $"internal error: {e.GetType().Name}: {e.Message}{detail}");
            }
        }
    }
}
