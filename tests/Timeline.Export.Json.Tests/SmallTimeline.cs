using NodaTime;
using Timeline.Events;
using Timeline.Temporal;
using Timeline.Timelines;

namespace Timeline.Export.Json.Tests;

/// <summary>
/// A hand-made timeline that exercises every part of the JSON: a dated summit with an undated mention merged into
/// it, a launch dated through a relation, a planned visit with quotes and non-ASCII text, a week-precision
/// statement dated by its publication date, and a document without a date.
/// </summary>
internal static class SmallTimeline
{
    public const string DocA = "a-2019";
    public const string DocB = "b-undated";

    public static readonly Participant Kim = new("Kim Jong Un", ParticipantKind.Person, "leader");
    public static readonly Participant Putin = new("Vladimir Putin", ParticipantKind.Person, "President");
    public static readonly Participant NorthKorea = new("North Korea", ParticipantKind.Country);

    public static IReadOnlyList<TimelineDocument> Documents { get; } =
    [
        new(DocB, null, PublicationDateSource.None),
        new(DocA, new LocalDate(2019, 6, 8), PublicationDateSource.Dateline),
    ];

    public static Observation DatedSummit { get; } = new()
    {
        Document = DocA,
        Span = new TextSpan(0, 52),
        Text = "Kim met Putin in Vladivostok on April 25 for a summit.",
        Trigger = new TextSpan(47, 53),
        Type = EventType.Summit,
        Status = EventStatus.Occurred,
        Date = new EventDate(new LocalDate(2019, 4, 25), new LocalDate(2019, 4, 25), DatePrecision.Day),
        DateSource = DateSource.Text,
        Timex = "April 25",
        TimexValue = "2019-04-25",
        Participants = [Kim, Putin],
        Location = "Vladivostok",
    };

    public static Observation UndatedSummit { get; } = new()
    {
        Document = DocA,
        Span = new TextSpan(100, 140),
        Text = "The summit was Kim's first trip abroad.",
        Trigger = new TextSpan(104, 110),
        Type = EventType.Summit,
        Status = EventStatus.Occurred,
        Participants = [Kim],
    };

    public static Observation RelatedLaunch { get; } = new()
    {
        Document = DocA,
        Span = new TextSpan(200, 260),
        Text = "North Korea launched a missile just before the summit.",
        Trigger = new TextSpan(212, 220),
        Type = EventType.Launch,
        Status = EventStatus.Occurred,
        Participants = [NorthKorea],
        Relation = EventRelationKind.SameDay,
        RelatedTo = DatedSummit.Trigger,
    };

    public static Observation PlannedVisit { get; } = new()
    {
        Document = DocB,
        Span = new TextSpan(10, 80),
        Text = "Putin accepted Kim’s invitation to visit Pyongyang at \"a convenient time\" \\ later.",
        Trigger = new TextSpan(46, 51),
        Type = EventType.Visit,
        Status = EventStatus.Planned,
        Participants = [Putin],
        Location = "Pyongyang",
    };

    public static Observation WeekStatement { get; } = new()
    {
        Document = DocA,
        Span = new TextSpan(300, 340),
        Text = "Earlier this week, Russia said it sent wheat.",
        Trigger = new TextSpan(325, 329),
        Type = EventType.Statement,
        Status = EventStatus.Occurred,
        Date = new EventDate(new LocalDate(2019, 6, 3), new LocalDate(2019, 6, 7), DatePrecision.Week),
        DateSource = DateSource.Publication,
        Location = "Russia",
        LocationIsCountry = true,
    };

    public static IReadOnlyList<Observation> Observations { get; } = [DatedSummit, UndatedSummit, RelatedLaunch, PlannedVisit, WeekStatement];

    public static EventTimeline Build() => EventTimeline.Build(Documents, Observations);
}
