using NodaTime;
using Timeline.Events;
using Timeline.Temporal;
using Timeline.Timelines;

namespace Timeline.Export.Calendar.Tests;

/// <summary>Small hand-built timelines: one mention per event unless a test merges them on purpose.</summary>
internal static class Hand
{
    public const string Doc = "doc-a";
    public static readonly LocalDate Published = new(2023, 9, 22);

    public static readonly Participant Kim = new("Kim Jong Un", ParticipantKind.Person, "leader");
    public static readonly Participant Putin = new("Vladimir Putin", ParticipantKind.Person, "President");
    public static readonly Participant Russia = new("Russia", ParticipantKind.Country);

    public static EventDate Day(int y, int m, int d) => new(new LocalDate(y, m, d), new LocalDate(y, m, d), DatePrecision.Day);

    public static EventDate Days(LocalDate first, LocalDate last) => new(first, last, DatePrecision.Day);

    public static EventDate Month(int y, int m) =>
        new(new LocalDate(y, m, 1), new LocalDate(y, m, 1).PlusMonths(1).PlusDays(-1), DatePrecision.Month);

    public static EventDate Year(int y) => new(new LocalDate(y, 1, 1), new LocalDate(y, 12, 31), DatePrecision.Year);

    public static EventDate Quarter(int y, int q) =>
        new(new LocalDate(y, 3 * q - 2, 1), new LocalDate(y, 3 * q - 2, 1).PlusMonths(3).PlusDays(-1), DatePrecision.Quarter);

    /// <summary>A mention at <paramref name="at"/> in <paramref name="document"/>; its sentence is <paramref name="text"/>.</summary>
    public static Observation Mention(
        EventType type, EventDate? date, int at = 0, string document = Doc, EventStatus status = EventStatus.Occurred,
        string text = "Something happened.", IReadOnlyList<Participant>? people = null, string? location = null) => new()
    {
        Document = document,
        Span = new TextSpan(at, at + text.Length),
        Text = text,
        Trigger = new TextSpan(at, at + 1),
        Type = type,
        Status = status,
        Date = date,
        DateSource = date is null ? DateSource.None : DateSource.Text,
        Participants = people ?? [],
        Location = location,
    };

    /// <summary>The timeline of <paramref name="mentions"/>, every document published on <see cref="Published"/>.</summary>
    public static EventTimeline Of(params Observation[] mentions) =>
        EventTimeline.Build(mentions.Select(m => m.Document).Distinct().Select(d => new TimelineDocument(d, Published, PublicationDateSource.Caller)), mentions);
}
