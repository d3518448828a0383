using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using Timeline.Events;
using Timeline.Timelines;

namespace Timeline.Export.Html;

/// <summary>The words the page shows for an event: its date at its precision, its type and status, its chart label.</summary>
internal static class EventText
{
    /// <summary>
    /// The date as the <c>extract</c> table writes it: <c>2019-04-25</c>, <c>2019-W23</c>, <c>2019-04</c>,
    /// <c>2019-Q3</c>, <c>2019</c>; a span as <c>2019-04-25 – 2019-04-27</c>; <c>undated</c> for none.
    /// </summary>
    public static string Date(EventDate? date)
    {
        if (date is null) return "undated";
        string first = Date(date.Start, date.Precision), last = Date(date.End, date.Precision);
        return first == last ? first : first + " – " + last;
    }

    /// <summary>The CSS class and lower-case name of a type (<c>summit</c>).</summary>
    public static string Name(EventType type) => type.ToString().ToLowerInvariant();

    /// <summary>The lower-case name of a status (<c>planned</c>).</summary>
    public static string Name(EventStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The lower-case name of a date source (<c>text</c>, <c>merge</c> …).</summary>
    public static string Name(DateSource source) => source.ToString().ToLowerInvariant();

    /// <summary>The lane heading of a type (<c>Summit</c>).</summary>
    public static string Lane(EventType type) => type.ToString();

    /// <summary>
    /// The chart label: the title without the type its lane already names ("Kim Jong-un, Vladimir Putin" for
    /// "Summit: Kim Jong-un, Vladimir Putin"); the place, or the title, when the title names no one.
    /// </summary>
    public static string Label(TimelineEvent e)
    {
        string prefix = e.Type + ": ";
        if (e.Title.StartsWith(prefix, StringComparison.Ordinal) && e.Title.Length > prefix.Length) return e.Title[prefix.Length..];
        return string.IsNullOrWhiteSpace(e.Location) ? e.Title : e.Location;
    }

    /// <summary>A participant as the page lists it: <c>Vladimir Putin (President)</c>, <c>Russia</c>.</summary>
    public static string Participant(Participant p) => string.IsNullOrWhiteSpace(p.Role) ? p.Name : p.Name + " (" + p.Role + ")";

    private static string Date(LocalDate day, DatePrecision precision) => precision switch
    {
        DatePrecision.Week => Invariant($"{WeekYearRules.Iso.GetWeekYear(day):D4}-W{WeekYearRules.Iso.GetWeekOfWeekYear(day):D2}"),
        DatePrecision.Month => Invariant($"{day.Year:D4}-{day.Month:D2}"),
        DatePrecision.Quarter => Invariant($"{day.Year:D4}-Q{(day.Month - 1) / 3 + 1}"),
        DatePrecision.Year => Invariant($"{day.Year:D4}"),
        _ => Invariant($"{day.Year:D4}-{day.Month:D2}-{day.Day:D2}"),
    };

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
