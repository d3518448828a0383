using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Timeline.Cli.Commands;

/// <summary>The standard help, followed by an "Examples:" section for commands that have examples.</summary>
internal sealed class HelpWithExamples(HelpAction standard, IReadOnlyDictionary<Command, string[]> examples) : SynchronousCommandLineAction
{
    /// <summary>Replaces the help action of <paramref name="root"/>'s help option.</summary>
    public static void Install(RootCommand root, IReadOnlyDictionary<Command, string[]> examples)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction standard } help)
            {
                help.Action = new HelpWithExamples(standard, examples);
                return;
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        int code = standard.Invoke(parseResult);
        if (examples.TryGetValue(parseResult.CommandResult.Command, out var lines))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var line in lines) output.WriteLine($"  {line}");
            output.WriteLine();
        }
        return code;
    }
}
