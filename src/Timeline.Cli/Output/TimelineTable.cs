using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;
using Timeline.Events;
using Timeline.Export.Json;
using Timeline.Timelines;
using Cell = Spectre.Console.Text;

namespace Timeline.Cli.Output;

/// <summary>
/// A timeline as tables for people: the dated events by date, then the planned ones, then the undated ones, each
/// with its date at its precision, type, status, title and other participants, place and source documents.
/// On a terminal it has colours; otherwise it is plain text, with no escape codes.
/// </summary>
internal static class TimelineTable
{
    /// <summary>How wide plain-text output may grow before cells wrap.</summary>
    public const int PlainWidth = 160;

    /// <summary>Writes <paramref name="timeline"/> to <paramref name="output"/> (UTF-8, <c>\n</c> line ends).</summary>
    /// <param name="output">Where to write; flushed, not closed.</param>
    /// <param name="timeline">The timeline.</param>
    /// <param name="terminal">Whether the output is a terminal: colours, and the terminal's width.</param>
    public static void Write(Stream output, EventTimeline timeline, bool terminal)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 1 << 14, leaveOpen: true) { NewLine = "\n" };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = terminal ? TerminalWidth() : PlainWidth;

        var sections = new (string Title, List<TimelineEvent> Events)[]
        {
            ("Events", timeline.Events.Where(e => e.Status != EventStatus.Planned && e.Date is not null).ToList()),
            ("Planned", timeline.Events.Where(e => e.Status == EventStatus.Planned).ToList()),
            ("Undated", timeline.Events.Where(e => e.Status != EventStatus.Planned && e.Date is null).ToList()),
        };
        bool first = true;
        foreach (var (title, events) in sections)
        {
            if (events.Count == 0) continue;
            if (!first) console.WriteLine();
            first = false;
            console.Write(Table($"{title} ({events.Count})", events));
        }
        if (first) console.WriteLine($"No events in {Count(timeline.Documents.Count, "document")}.");
        else console.WriteLine($"{Count(timeline.Events.Count, "event")} from {Count(timeline.Documents.Count, "document")}.");
        writer.Flush();
    }

    private static Table Table(string title, List<TimelineEvent> events)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(title, new Style(decoration: Decoration.Bold)) };
        foreach (var header in new[] { "Date", "Type", "Status", "Event", "Place", "Sources" })
            table.AddColumn(new TableColumn(new Cell(header, new Style(decoration: Decoration.Bold))));
        foreach (var e in events)
        {
            table.AddRow(
                DateCell(e),
                new Cell(TimelineJsonNames.Name(e.Type)),
                new Cell(TimelineJsonNames.Name(e.Status), StatusStyle(e.Status)),
                EventCell(e),
                new Cell(e.Location ?? ""),
                new Cell(string.Join('\n', e.Mentions.Select(m => m.Document).Distinct(StringComparer.Ordinal))));
        }
        return table;
    }

    private static IRenderable DateCell(TimelineEvent e)
    {
        var text = DateText.Format(e.Date);
        if (e.ConflictingDates.Count == 0) return new Cell(text);
        return new Rows(new Cell(text), new Cell("also " + string.Join(", ", e.ConflictingDates.Select(DateText.Format)), Dim));
    }

    private static IRenderable EventCell(TimelineEvent e)
    {
        // The title names up to three participants; the others follow on a second line.
        var others = e.Participants.Select(p => p.Name).Where(n => !e.Title.Contains(n, StringComparison.Ordinal)).ToList();
        if (others.Count == 0) return new Cell(e.Title);
        return new Rows(new Cell(e.Title), new Cell(string.Join(", ", others), Dim));
    }

    private static Style Dim { get; } = new(foreground: Color.Grey);

    private static Style StatusStyle(EventStatus status) => status switch
    {
        EventStatus.Planned => new Style(foreground: Color.Yellow),
        EventStatus.Uncertain => new Style(foreground: Color.Grey, decoration: Decoration.Italic),
        _ => Style.Plain,
    };

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 120;
        }
        catch (IOException)
        {
            return 120;
        }
    }
}
