using System.CommandLine;
using Timeline.Cli.Output;
using Timeline.Cli.Processing;
using Timeline.Export.Json;
using Timeline.Timelines;

namespace Timeline.Cli.Commands;

/// <summary>
/// <c>timeline export TIMELINE.json...</c>: reads timelines saved by <c>extract --format json</c>, merges them (the
/// same result in any order: merging is associative and commutative), and writes the result in any format.
/// This is the merge step of a sharded corpus run (docs/scaling.md).
/// </summary>
internal static class ExportCommand
{
    public const string Name = "export";

    public static readonly string[] Examples =
    [
        "timeline export timeline.json --format ics -o timeline.ics",
        "timeline export shard-*.json --format json -o merged.json   # merge the timelines of corpus shards",
        "timeline export timeline.json --format html --title 'North Korea and Russia' -o timeline.html",
    ];

    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("TIMELINE")
        {
            Description = "Timelines saved by 'timeline extract --format json' (or by this verb); '-' is standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var formats = new FormatOptions();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to FILE instead of standard output; it appears whole, or not at all.",
            HelpName = "FILE",
        };
        var verbose = new Option<bool>("--verbose") { Description = "Print stack traces with errors." };

        var command = new Command(Name, "Read saved timelines (JSON), merge them, and write the result as a table, JSON, "
            + "or another format. A file that cannot be read is reported and left out; the others are still merged.");
        command.Add(inputs);
        formats.AddTo(command);
        command.Add(output);
        command.Add(verbose);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output);
            bool terminal = path is null && console.OutIsTerminal;
            var settings = formats.Settings(parse, console, terminal, OrderedPipeline.DefaultJobs);
            if (settings is null) return ExitCodes.Usage;

            int failures = 0;
            var read = new List<EventTimeline>();
            foreach (var name in parse.GetValue(inputs) ?? [])
            {
                var saved = SavedTimeline.Read(console, name);
                if (saved.Error is not null)
                {
                    failures++;
                    console.Error.WriteLine($"{name}: {saved.Error}");
                    continue;
                }
                read.Add(saved.Timeline!);
            }
            var timeline = SavedTimeline.MergeAll(read);

            return OutputTarget.Write(console, path, parse.GetValue(verbose), stream =>
            {
                var note = TimelineFormats.Write(stream, timeline, settings);
                if (note is not null) console.Error.WriteLine($"{Messages.Program}: {note}");
                return failures > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
            });
        });
        return command;
    }
}

/// <summary>Reads a timeline saved as JSON from a file or standard input, never throwing on bad input; merges timelines.</summary>
internal static class SavedTimeline
{
    /// <summary>
    /// The merge of <paramref name="timelines"/> in one pass: every document and mention goes into one
    /// <see cref="EventTimeline.Build(IEnumerable{TimelineDocument}, IEnumerable{Timeline.Events.Observation}, int)"/>, instead of rebuilding the events once per timeline. The same result as
    /// folding <see cref="EventTimeline.Merge"/>, which is associative and commutative.
    /// </summary>
    public static EventTimeline MergeAll(IReadOnlyList<EventTimeline> timelines) => timelines.Count switch
    {
        0 => EventTimeline.Empty,
        1 => timelines[0],
        _ => EventTimeline.Build(timelines.SelectMany(t => t.Documents), timelines.SelectMany(t => t.Observations), OrderedPipeline.DefaultJobs),
    };

    /// <summary>The timeline in <paramref name="name"/> (a path, or <c>-</c> for standard input), or why it cannot be read.</summary>
    public static TimelineReadResult Read(CliConsole console, string name)
    {
        try
        {
            if (name == "-") return TimelineJsonReader.Read(console.In);
            using var stream = File.OpenRead(name);
            return TimelineJsonReader.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new TimelineReadResult(null, $"cannot read: {e.Message}");
        }
    }
}
