using System.Text;

namespace Timeline.Export.Calendar.Tests;

/// <summary>
/// A minimal reading of raw iCalendar text for assertions on what is actually written: physical lines, unfolded
/// content lines, and each VEVENT's content lines. Parsing proper is left to Ical.Net and the external programs.
/// </summary>
internal static class Ics
{
    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>The physical lines (split at CRLF; the text must end with CRLF).</summary>
    public static string[] PhysicalLines(string text) => text[..^2].Split("\r\n");

    /// <summary>The content lines, with folded continuation lines joined back.</summary>
    public static List<string> ContentLines(string text) => text.Replace("\r\n ", "").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>The content lines of each VEVENT, in order.</summary>
    public static List<List<string>> Events(string text)
    {
        var events = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in ContentLines(text))
        {
            if (line == "BEGIN:VEVENT") current = [];
            else if (line == "END:VEVENT") { events.Add(current!); current = null; }
            else current?.Add(line);
        }
        return events;
    }

    /// <summary>The value of the first content line named <paramref name="name"/> (with or without parameters).</summary>
    public static string? Value(IEnumerable<string> lines, string name) =>
        lines.Where(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..]).FirstOrDefault();

    /// <summary>The whole first content line named <paramref name="name"/>.</summary>
    public static string? Line(IEnumerable<string> lines, string name) =>
        lines.FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal));
}
