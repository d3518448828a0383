using System.Text;

namespace Timeline.Export.Calendar;

/// <summary>
/// Makes model text fit for an iCalendar TEXT value. Escaping, folding and CRLF are Ical.Net's job; this only turns
/// line breaks into spaces and drops the control characters RFC 5545 does not allow in TEXT (all but HTAB).
/// </summary>
internal static class CalendarText
{
    /// <summary><paramref name="text"/> on one line, with runs of line breaks and control characters as one space, trimmed.</summary>
    public static string OneLine(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (c != '\t' && char.IsControl(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace && c != ' ' && sb[^1] != ' ') sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString().Trim();
    }
}
