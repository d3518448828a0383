using NodaTime;
using Timeline.Events;
using Timeline.Temporal;
using Timeline.Timelines;

namespace Timeline.Export.Html.Tests;

/// <summary>Hand-made mentions and timelines, independent of what the extractor finds. Each mention gets its own document unless one is given, so none merge.</summary>
internal static class HandMade
{
    public static EventDate Day(int y, int m, int d) => new(new LocalDate(y, m, d), new LocalDate(y, m, d), DatePrecision.Day);

    public static EventDate Days(LocalDate first, LocalDate last) => new(first, last, DatePrecision.Day);

    /// <summary>The ISO week (Monday to Sunday) that holds the day.</summary>
    public static EventDate Week(int y, int m, int d)
    {
        var day = new LocalDate(y, m, d);
        var monday = day.PlusDays(-((int)day.DayOfWeek - 1));
        return new(monday, monday.PlusDays(6), DatePrecision.Week);
    }

    public static EventDate Month(int y, int m) => new(new LocalDate(y, m, 1), new LocalDate(y, m, 1).PlusMonths(1).PlusDays(-1), DatePrecision.Month);

    public static EventDate Quarter(int y, int q) => new(new LocalDate(y, 3 * q - 2, 1), new LocalDate(y, 3 * q - 2, 1).PlusMonths(3).PlusDays(-1), DatePrecision.Quarter);

    public static EventDate Year(int y) => new(new LocalDate(y, 1, 1), new LocalDate(y, 12, 31), DatePrecision.Year);

    public static Participant Person(string name, string? role = null) => new(name, ParticipantKind.Person, role);

    public static Participant Country(string name) => new(name, ParticipantKind.Country);

    public static Observation Mention(
        string document, EventType type, EventStatus status, EventDate? date, string text,
        IReadOnlyList<Participant>? participants = null, string? location = null, string? timex = null)
    {
        int trigger = Math.Max(0, text.IndexOf(' ', StringComparison.Ordinal));
        return new Observation
        {
            Document = document,
            Span = new TextSpan(100, 100 + text.Length),
            Text = text,
            Trigger = new TextSpan(100, 100 + (trigger == 0 ? text.Length : trigger)),
            Type = type,
            Status = status,
            Date = date,
            DateSource = date is null ? DateSource.None : DateSource.Text,
            Timex = date is null ? null : timex,
            Participants = participants ?? [],
            Location = location,
        };
    }

    /// <summary>A timeline of the mentions, with one undated document per document id they name.</summary>
    public static EventTimeline Build(params Observation[] mentions) =>
        EventTimeline.Build(
            mentions.Select(m => m.Document).Distinct().Select(d => new TimelineDocument(d, null, PublicationDateSource.None)),
            mentions);

    /// <summary>
    /// One event of each date precision and status, a day range, two events on one day, an undated one, and text with
    /// quotes, ampersands and non-ASCII letters: the page's every feature, whatever the extractor does.
    /// </summary>
    public static EventTimeline Small() => Build(
        Mention("a", EventType.Summit, EventStatus.Occurred, Day(2019, 4, 25),
            "Kim met Putin in Vladivostok on April 25 for a summit.", [Person("Kim Jong Un", "leader"), Person("Vladimir Putin", "President")], "Vladivostok", "April 25"),
        Mention("b", EventType.Aid, EventStatus.Uncertain, Week(2019, 6, 5),
            "Russia reportedly sent 3,900 tons of wheat \"this week\" & more.", [Country("Russia")], timex: "this week"),
        Mention("c", EventType.Visit, EventStatus.Planned, Month(2019, 9),
            "Putin will visit Pyongyang in September, officials said.", [Person("Vladimir Putin", "President")], "Pyongyang", "September"),
        Mention("d", EventType.Agreement, EventStatus.Occurred, Year(2020),
            "The two sides signed an accord in 2020.", [Country("North Korea"), Country("Russia")], timex: "2020"),
        Mention("e", EventType.Statement, EventStatus.Occurred, Quarter(2019, 3),
            "Moscow’s envoy said in the third quarter that ties were “strong”.", [Country("Russia")], timex: "the third quarter"),
        Mention("f", EventType.Talks, EventStatus.Occurred, Days(new LocalDate(2019, 11, 4), new LocalDate(2019, 11, 8)),
            "Talks ran from November 4 to 8 in Hanoi.", [Person("Choe Son Hui")], "Hanoi", "from November 4 to 8"),
        Mention("g", EventType.Launch, EventStatus.Occurred, Day(2019, 4, 25),
            "North Korea launched a missile the same day.", [Country("North Korea")], timex: "the same day"),
        Mention("h", EventType.Sanctions, EventStatus.Occurred, null,
            "Sanctions remain <in place>.", [Country("United States")]));
}
