using NodaTime;
using Timeline.Events;
using Timeline.Temporal;
using Timeline.Timelines;

namespace Timeline.Export.Tests;

/// <summary>Builds small timelines by hand, one rule at a time. Shared by the exporters' test projects (linked).</summary>
internal static class TestEvents
{
    /// <summary>A mention in <paramref name="document"/> whose trigger stands at <paramref name="at"/>.</summary>
    public static Observation Mention(
        string document, int at, EventType type, EventDate? date = null, EventStatus status = EventStatus.Occurred,
        string? text = null, IReadOnlyList<Participant>? participants = null, string? location = null) => new()
    {
        Document = document,
        Span = new TextSpan(at, at + 40),
        Text = text ?? $"A {type.ToString().ToLowerInvariant()} sentence at {at}.",
        Trigger = new TextSpan(at + 2, at + 8),
        Type = type,
        Status = status,
        Date = date,
        DateSource = date is null ? DateSource.None : DateSource.Text,
        Participants = participants ?? [],
        Location = location,
    };

    /// <summary>The timeline of <paramref name="mentions"/>, their documents without publication dates.</summary>
    public static EventTimeline TimelineOf(params Observation[] mentions) => EventTimeline.Build(
        mentions.Select(m => m.Document).Distinct().Select(d => new TimelineDocument(d, null, PublicationDateSource.None)),
        mentions);

    public static EventDate Day(int year, int month, int day) => Days(year, month, day, 1);

    public static EventDate Days(int year, int month, int day, int count)
    {
        var start = new LocalDate(year, month, day);
        return new EventDate(start, start.PlusDays(count - 1), DatePrecision.Day);
    }

    public static EventDate Week(int year, int month, int monday) =>
        new(new LocalDate(year, month, monday), new LocalDate(year, month, monday).PlusDays(6), DatePrecision.Week);

    public static EventDate Month(int year, int month) => Months(year, month, month);

    public static EventDate Months(int year, int first, int last) =>
        new(new LocalDate(year, first, 1), new LocalDate(year, last, 1).PlusMonths(1).PlusDays(-1), DatePrecision.Month);

    public static EventDate Quarter(int year, int quarter)
    {
        var start = new LocalDate(year, (3 * quarter) - 2, 1);
        return new EventDate(start, start.PlusMonths(3).PlusDays(-1), DatePrecision.Quarter);
    }

    public static EventDate Years(int first, int last) => new(new LocalDate(first, 1, 1), new LocalDate(last, 12, 31), DatePrecision.Year);
}
