using Timeline.Events;
using Timeline.Temporal;

namespace Timeline.Export.Json.Tests;

public class TimelineJsonNamesTests
{
    [Fact]
    public void Event_types_have_the_names_of_the_extract_format()
    {
        Enum.GetValues<EventType>().Select(TimelineJsonNames.Name).Should().Equal(
            "summit", "visit", "meeting", "talks", "delegation", "statement", "agreement", "aid", "launch", "sanctions", "invitation", "other");
    }

    [Fact]
    public void Statuses_precisions_and_sources_have_the_names_of_the_extract_format()
    {
        Enum.GetValues<EventStatus>().Select(TimelineJsonNames.Name).Should().Equal("occurred", "planned", "uncertain");
        Enum.GetValues<DatePrecision>().Select(TimelineJsonNames.Name).Should().Equal("day", "week", "month", "quarter", "year");
        TimelineJsonNames.Name(DateSource.Text).Should().Be("text");
        TimelineJsonNames.Name(DateSource.Merge).Should().Be("merge");
        TimelineJsonNames.Name(DateSource.Relation).Should().Be("relation");
        TimelineJsonNames.Name(DateSource.Publication).Should().Be("publication");
        TimelineJsonNames.Name(DateSource.None).Should().Be("none");
        TimelineJsonNames.Name(PublicationDateSource.Dateline).Should().Be("dateline");
        TimelineJsonNames.Name(PublicationDateSource.Caller).Should().Be("caller");
        TimelineJsonNames.Name(PublicationDateSource.None).Should().Be("none");
        TimelineJsonNames.Name(PloverCategory.Consult).Should().Be("CONSULT");
    }

    [Fact]
    public void Every_name_reads_back_to_its_value()
    {
        RoundTrips<EventType>(TimelineJsonNames.Name, TimelineJsonNames.TryParse);
        RoundTrips<EventStatus>(TimelineJsonNames.Name, TimelineJsonNames.TryParse);
        RoundTrips<DatePrecision>(TimelineJsonNames.Name, TimelineJsonNames.TryParse);
        RoundTrips<DateSource>(TimelineJsonNames.Name, TimelineJsonNames.TryParse);
        RoundTrips<ParticipantKind>(TimelineJsonNames.Name, TimelineJsonNames.TryParse);
        RoundTrips<EventRelationKind>(TimelineJsonNames.Name, TimelineJsonNames.TryParse);
        RoundTrips<PublicationDateSource>(TimelineJsonNames.Name, TimelineJsonNames.TryParse);
        RoundTrips<PloverCategory>(TimelineJsonNames.Name, TimelineJsonNames.TryParse);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Summit")]
    [InlineData("summits")]
    public void Unknown_names_do_not_read(string? name)
    {
        TimelineJsonNames.TryParse(name, out EventType _).Should().BeFalse();
    }

    private delegate bool TryParse<T>(string? name, out T value);

    private static void RoundTrips<T>(Func<T, string> name, TryParse<T> parse) where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        values.Select(name).Should().OnlyHaveUniqueItems($"each {typeof(T).Name} needs its own name");
        foreach (var value in values)
        {
            parse(name(value), out var back).Should().BeTrue();
            back.Should().Be(value);
        }
    }
}
