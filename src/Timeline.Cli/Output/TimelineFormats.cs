using System.CommandLine;
using Timeline.Export.Json;
using Timeline.Timelines;

namespace Timeline.Cli.Output;

/// <summary>How a timeline is written: the format and what the formats that need them take.</summary>
/// <param name="Format">One of <see cref="TimelineFormats.All"/>.</param>
/// <param name="Terminal">Whether the output is a terminal (the table then has colours and the terminal's width).</param>
/// <param name="Title">The title of a calendar, page or TimelineJS story.</param>
internal sealed record FormatSettings(string Format, bool Terminal, string Title);

/// <summary>
/// The output formats of <c>extract</c> and <c>export</c>, each a thin call into its exporter project, and the
/// <c>--format</c> / <c>--title</c> options that choose them, defined once so the two verbs agree.
/// </summary>
internal static class TimelineFormats
{
    /// <summary>The format names.</summary>
    public const string Table = "table", Json = "json";

    /// <summary>Every format, in the order help lists them.</summary>
    public static readonly string[] All = [Table, Json];

    /// <summary>The <c>--format</c> option: <c>table</c> is the default on a terminal, <c>json</c> otherwise.</summary>
    public static Option<string?> CreateFormatOption()
    {
        var option = new Option<string?>("--format", "-f")
        {
            Description = "table (for people; the default when standard output is a terminal), json (the lossless form; the default otherwise).",
            HelpName = string.Join('|', All),
        };
        option.AcceptOnlyFromAmong(All);
        return option;
    }

    /// <summary>The <c>--title</c> option.</summary>
    public static Option<string> CreateTitleOption() => new("--title")
    {
        Description = "The title of the calendar, page or TimelineJS story.",
        HelpName = "TEXT",
        DefaultValueFactory = _ => "Timeline",
    };

    /// <summary>Writes <paramref name="timeline"/> to <paramref name="output"/>; returns a note for standard error (what was left out), or null.</summary>
    public static string? Write(Stream output, EventTimeline timeline, FormatSettings settings)
    {
        switch (settings.Format)
        {
            case Json:
                TimelineJsonWriter.Write(output, timeline);
                return null;
            case Table:
                TimelineTable.Write(output, timeline, settings.Terminal);
                return null;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Format, "unknown format");
        }
    }
}
