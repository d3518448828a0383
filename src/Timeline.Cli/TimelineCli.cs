using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;
using Timeline.Cli.Commands;

namespace Timeline.Cli;

/// <summary>
/// The <c>timeline</c> command line: builds the verbs (one file each under <c>Commands/</c>), parses, and runs.
/// Tests call <see cref="Run"/> with memory streams.
/// </summary>
internal static class TimelineCli
{
    /// <summary>Parses <paramref name="args"/>, runs the verb, and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Timeline: reads English news articles and produces a timeline of their dated events (extract), "
            + "converts and merges saved timelines (export), "
            + "or lists their dates resolved against each article's publication date (timexes).");
        var extract = ExtractCommand.Create(console);
        var timexes = TimexesCommand.Create(console);
        var export = ExportCommand.Create(console);
        root.Add(extract);
        root.Add(export);
        root.Add(timexes);
        HelpWithExamples.Install(root, new Dictionary<Command, string[]>
        {
            [root] = [ExtractCommand.Examples[0], ExtractCommand.Examples[1], TimexesCommand.Examples[0]],
            [extract] = ExtractCommand.Examples,
            [timexes] = TimexesCommand.Examples,
            [export] = ExportCommand.Examples,
        });

        var parse = root.Parse(args);
        bool verbose = args.Contains("--verbose");
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors) Messages.Error(console, OneLine(error.Message));
            console.Error.WriteLine($"Run '{Messages.Program} {CommandPath(parse)} --help' for usage.".Replace("  ", " ", StringComparison.Ordinal));
            return ExitCodes.Usage;
        }

        var stdout = new StreamWriter(console.Out, new UTF8Encoding(false), bufferSize: 4096, leaveOpen: true) { AutoFlush = true, NewLine = "\n" };
        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e)
        {
            Messages.Error(console, $"{e.GetType().Name}: {e.Message}{(verbose ? "" : " (run with --verbose for details)")}", verbose ? e : null);
            return ExitCodes.Usage;
        }
        finally
        {
            stdout.Dispose();
        }
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            if (result.Command is not RootCommand) names.Add(result.Command.Name);
        }
        names.Reverse();
        return string.Join(' ', names);
    }
}
