using System.CommandLine;
using Timeline.Events;
using Timeline.Export.Calendar;
using Timeline.Export.Html;
using Timeline.Export.Json;
using Timeline.Export.Plover;
using Timeline.Export.TimelineJs;
using Timeline.Timelines;

namespace Timeline.Cli.Output;

/// <summary>How a timeline is written: the format and what the formats that need them take.</summary>
/// <param name="Format">One of <see cref="TimelineFormats.All"/>.</param>
/// <param name="Terminal">Whether the output is a terminal (the table then has colours and the terminal's width).</param>
/// <param name="Title">The title of a calendar, page or TimelineJS story.</param>
/// <param name="Approximate">What a calendar does with events known only to the week, month, quarter or year.</param>
internal sealed record FormatSettings(string Format, bool Terminal, string Title, ApproximateDates Approximate = ApproximateDates.Span)
{
    /// <summary>The event types to write (<c>--types</c>); null: every type.</summary>
    public IReadOnlyList<EventType>? Types { get; init; }

    /// <summary>How many threads may serialize JSON events at once (the bytes do not depend on it).</summary>
    public int Jobs { get; init; } = 1;

    /// <summary>JSON on one line instead of indented (<c>--compact</c>); only <see cref="TimelineFormats.Json"/> takes it.</summary>
    public bool Compact { get; init; }

    /// <summary>Why these settings cannot be used together, or null.</summary>
    public string? Problem => Compact && Format != TimelineFormats.Json ? $"--compact applies to --format json only, not {Format}." : null;
}

/// <summary>
/// The options that choose how <c>extract</c> and <c>export</c> write a timeline (<c>--format</c>, <c>--title</c>,
/// <c>--approximate</c>, <c>--types</c>, <c>--compact</c>), made once per verb, and the settings they ask for.
/// </summary>
internal sealed class FormatOptions
{
    private readonly Option<string?> _format = TimelineFormats.CreateFormatOption();
    private readonly Option<string> _title = TimelineFormats.CreateTitleOption();
    private readonly Option<string> _approximate = TimelineFormats.CreateApproximateOption();
    private readonly Option<IReadOnlyList<EventType>?> _types = TimelineFormats.CreateTypesOption();
    private readonly Option<bool> _compact = TimelineFormats.CreateCompactOption();

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(_format);
        command.Add(_title);
        command.Add(_approximate);
        command.Add(_types);
        command.Add(_compact);
    }

    /// <summary>
    /// The settings the command line asks for (<c>table</c> by default on a terminal, <c>json</c> otherwise), or null
    /// after an error on standard error when they cannot be used together.
    /// </summary>
    public FormatSettings? Settings(ParseResult parse, CliConsole console, bool terminal, int jobs)
    {
        var settings = new FormatSettings(parse.GetValue(_format) ?? (terminal ? TimelineFormats.Table : TimelineFormats.Json), terminal,
            parse.GetValue(_title)!, TimelineFormats.ApproximatePolicy(parse.GetValue(_approximate)))
        {
            Types = parse.GetValue(_types),
            Compact = parse.GetValue(_compact),
            Jobs = jobs,
        };
        if (settings.Problem is not { } problem) return settings;
        Messages.Error(console, problem);
        return null;
    }
}

/// <summary>
/// The output formats of <c>extract</c> and <c>export</c>, each a thin call into its exporter project, and the
/// <c>--format</c> / <c>--title</c> options that choose them, defined once so the two verbs agree.
/// </summary>
internal static class TimelineFormats
{
    /// <summary>The format names.</summary>
    public const string Table = "table", Json = "json", Ics = "ics", TimelineJs = "timelinejs", Plover = "plover", Html = "html";

    /// <summary>Every format, in the order help lists them.</summary>
    public static readonly string[] All = [Table, Json, Ics, TimelineJs, Plover, Html];

    /// <summary>The <c>--format</c> option: <c>table</c> is the default on a terminal, <c>json</c> otherwise.</summary>
    public static Option<string?> CreateFormatOption()
    {
        var option = new Option<string?>("--format", "-f")
        {
            Description = "table (for people; the default when standard output is a terminal), json (the lossless form; the default otherwise), "
                + "ics (iCalendar, for calendar programs), timelinejs (Knight Lab TimelineJS), plover (PLOVER JSON Lines, one event a line), "
                + "html (one self-contained page that draws the timeline).",
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

    /// <summary>The <c>--approximate</c> option of calendars.</summary>
    public static Option<string> CreateApproximateOption()
    {
        var option = new Option<string>("--approximate")
        {
            Description = "ics: an event known only to its week, month, quarter or year spans the whole period (span), "
                + "is put on its first day marked approximate (first-day), or is left out (skip).",
            HelpName = "span|first-day|skip",
            DefaultValueFactory = _ => "span",
        };
        option.AcceptOnlyFromAmong("span", "first-day", "skip");
        return option;
    }

    /// <summary>The <c>--compact</c> option of the JSON format.</summary>
    public static Option<bool> CreateCompactOption() => new("--compact")
    {
        Description = "json: write the timeline on one line instead of indented (the same JSON, about 40 % smaller: for corpora and for "
            + "tools that read one document per line).",
    };

    /// <summary>The <c>--types</c> option: which event types to write (comma-separated or repeated; default all).</summary>
    public static Option<IReadOnlyList<EventType>?> CreateTypesOption() => new("--types")
    {
        Description = "Write only events of these types, e.g. --types summit,visit,meeting,talks (the timeline is built from every "
            + "mention first, so merges and dates are the same). Types: " + string.Join(", ", TypeNames) + ". Default: all.",
        HelpName = "TYPE,...",
        CustomParser = result =>
        {
            var types = new List<EventType>();
            foreach (var token in result.Tokens)
            {
                foreach (var name in token.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (TimelineJsonNames.TryParse(name, out EventType type)) types.Add(type);
                    else result.AddError($"--types: '{name}' is not an event type ({string.Join(", ", TypeNames)}).");
                }
            }
            return types;
        },
    };

    private static IEnumerable<string> TypeNames => Enum.GetValues<EventType>().Select(TimelineJsonNames.Name);

    /// <summary>The policy an <c>--approximate</c> value names.</summary>
    public static ApproximateDates ApproximatePolicy(string? value) => value switch
    {
        "first-day" => ApproximateDates.FirstDay,
        "skip" => ApproximateDates.Skip,
        _ => ApproximateDates.Span,
    };

    /// <summary>Writes <paramref name="timeline"/> to <paramref name="output"/>; returns a note for standard error (what was left out), or null.</summary>
    public static string? Write(Stream output, EventTimeline timeline, FormatSettings settings)
    {
        if (settings.Types is { } types) timeline = timeline.OfTypes(types);
        switch (settings.Format)
        {
            case Json:
                TimelineJsonWriter.Write(output, timeline, indented: !settings.Compact, settings.Jobs);
                return null;
            case Table:
                TimelineTable.Write(output, timeline, settings.Terminal);
                return null;
            case Html:
                HtmlWriter.Write(output, timeline, new HtmlOptions { Title = settings.Title });
                return null;
            case TimelineJs:
                var story = TimelineJsWriter.Write(output, timeline, new TimelineJsOptions { Title = settings.Title });
                return story.Undated > 0 ? $"{story.Events} {Events(story.Events)} in the TimelineJS story; not in it: {story.Undated} undated" : null;
            case Plover:
                var plover = PloverWriter.Write(output, timeline);
                return Left(plover.Undated, "undated") + Left(plover.Uncategorized, "of type other (no PLOVER category)") is { Length: > 0 } skipped
                    ? $"{plover.Events} PLOVER {Events(plover.Events)}; left out: {skipped.TrimEnd(',', ' ')}"
                    : null;
            case Ics:
                var calendar = CalendarWriter.Write(output, timeline, new CalendarOptions { Name = settings.Title, Approximate = settings.Approximate });
                return Left(calendar.SkippedUndated, "undated") + Left(calendar.SkippedApproximate, "approximate (--approximate skip)") is { Length: > 0 } left
                    ? $"{calendar.Written} {Events(calendar.Written)} in the calendar; not in it: {left.TrimEnd(',', ' ')}"
                    : null;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Format, "unknown format");
        }
    }

    private static string Events(int count) => count == 1 ? "event" : "events";

    private static string Left(int count, string what) => count > 0 ? $"{count} {what}, " : "";
}
