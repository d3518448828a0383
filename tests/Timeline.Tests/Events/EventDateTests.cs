using NodaTime;
using Timeline.Events;
using Timeline.Timelines;
using static Timeline.Tests.Events.Reading;

namespace Timeline.Tests.Events;

/// <summary>
/// Which date an event gets: the expression of its own clause, not the dateline, the report's date, a possessive
/// ("this year's drought") or a subordinate clause ("after he assumed power in 2011"); what an anniversary commemorates;
/// a related event's date; the publication date for foreground reports only.
/// </summary>
public sealed class EventDateTests
{
    private static readonly LocalDate SaturdayJune8 = new(2019, 6, 8);

    [Fact]
    public void TheClauseOwnWeekdayDatesTheEvent()
    {
        const string text = "Officials from North Korea and Russia met on Friday and discussed ways to bolster bilateral cooperation in trade.";
        var met = Mention(text, "met", SaturdayJune8);
        met.Date.Should().Be(Day(2019, 6, 7));
        met.DateSource.Should().Be(DateSource.Text);
        met.Timex.Should().Be("Friday");
    }

    [Theory]
    [InlineData("North Korea launched two short-range ballistic missiles on Wednesday.", "launched", "2023-09-13")]
    [InlineData("Kim Jong-un arrived in Vladivostok on Tuesday and met Russian officials on Wednesday.", "arrived", "2023-09-12")]
    [InlineData("Kim Jong-un arrived in Vladivostok on Tuesday and met Russian officials on Wednesday.", "met", "2023-09-13")]
    [InlineData("On Wednesday, North Korean leader Kim Jong-un toured the Vostochny space center.", "toured", "2023-09-13")]
    [InlineData("Russian Defence Minister Sergei Shoigu visited Pyongyang on July 26.", "visited", "2023-07-26")]
    [InlineData("The two countries signed a border agreement on September 12, 2019.", "signed", "2019-09-12")]
    public void EachEventTakesTheDayOfItsClause(string text, string trigger, string day)
    {
        var mention = Mention(text, trigger, Friday);
        mention.Date.Should().Be(Day(day), Describe(Read(text, Friday).Observations, text));
        mention.DateSource.Should().Be(DateSource.Text);
    }

    [Fact]
    public void EveryEventOfAClauseSharesItsDateAndNoneFallsBackToThePublicationDate()
    {
        const string text = "A Russian delegation arrived in Pyongyang on Monday.";
        var article = Read(text, Friday);
        article.Observations.Should().NotBeEmpty();
        article.Observations.Should().OnlyContain(o => o.Date == Day(2023, 9, 11) && o.DateSource == DateSource.Text, Describe(article.Observations, text));
    }

    [Theory]
    [InlineData("The visit follows last week's summit between Kim Jong-un and Vladimir Putin.", "visit", "summit")]
    [InlineData("The delegation's trip comes after Monday's talks in Moscow.", "trip", "talks")]
    public void APossessiveDateDatesItsOwnNounNotTheClause(string text, string other, string owner)
    {
        var article = Read(text, Friday);
        Mention(text, owner, Friday).Date.Should().NotBeNull(Describe(article.Observations, text));
        At(article, text, other).Should().NotBeEmpty(Describe(article.Observations, text))
            .And.OnlyContain(o => o.DateSource != DateSource.Text, Describe(article.Observations, text));
    }

    [Fact]
    public void EarlierThisWeekIsTheWeekWithWeekPrecision()
    {
        const string text = "Earlier this week, Russia sent 3,900 tons of wheat to North Korea as humanitarian aid.";
        var article = Read(text, Friday);
        var aid = article.Observations.FirstOrDefault(o => o.Type == EventType.Aid);
        aid.Should().NotBeNull(Describe(article.Observations, text));
        aid!.Date.Should().NotBeNull(Describe([aid], text));
        aid.Date!.Precision.Should().Be(DatePrecision.Week);
        aid.Date.Start.Should().Be(new LocalDate(2023, 9, 11), "the week starts on Monday");
        aid.Date.End.Should().BeGreaterThanOrEqualTo(aid.Date.Start).And.BeLessThanOrEqualTo(new LocalDate(2023, 9, 17), "the span stays within the week");
        aid.DateSource.Should().Be(DateSource.Text);
    }

    [Theory]
    [InlineData("North Korean leader Kim Jong-un had visited Vladivostok for a summit with Russian President Vladimir Putin in April.", "summit", "2019-06-08", "2019-04-01", "2019-04-30")]
    [InlineData("Russian Defence Minister Sergei Shoigu visited Pyongyang in July.", "visited", "2023-09-15", "2023-07-01", "2023-07-31")]
    [InlineData("Kim Jong-un met with United States President Donald Trump in Singapore in June 2018.", "met", "2023-09-15", "2018-06-01", "2018-06-30")]
    public void AMonthIsTheWholeMonthWithMonthPrecision(string text, string trigger, string published, string start, string end)
    {
        var mention = Mention(text, trigger, Date(published));
        mention.Date.Should().Be(new EventDate(Date(start), Date(end), DatePrecision.Month), Describe([mention], text));
    }

    [Theory]
    [InlineData("Pyongyang [North Korea], Jun 8 (ANI): Officials from North Korea and Russia met in Pyongyang and discussed trade.", "met", "Jun 8")]
    [InlineData("Seoul, Jun 8 North Korean officials met their Russian counterparts in Pyongyang, according to state media.", "met", "Jun 8")]
    [InlineData("North Korean leader Kim Jong-un visited a munitions factory, state media KCNA said on Friday.", "visited", "Friday")]
    [InlineData("The KCNA said on Friday that North Korean leader Kim Jong-un visited a munitions factory.", "visited", "Friday")]
    public void TheDatelineAndTheDateOfTheReportAreNotTheEventDate(string text, string trigger, string reportDate)
    {
        var mention = Mention(text, trigger, new LocalDate(2019, 6, 10));
        mention.Timex.Should().NotBe(reportDate, Describe([mention], text));
        mention.DateSource.Should().NotBe(DateSource.Text, Describe([mention], text));
    }

    [Fact]
    public void TheDatelineOfASampleDoesNotDateItsEvents()
    {
        var text = Samples.Read("000");
        var article = Read(text, published: null, id: "000");
        int dateline = text.IndexOf("Jun 8", StringComparison.Ordinal);
        article.Observations.Should().NotContain(o => o.Timex == "Jun 8", Describe(article.Observations));
        var met = article.Observations.Where(o => o.Trigger.Start < text.IndexOf("discussed", StringComparison.Ordinal) && o.Trigger.Start > dateline).ToList();
        met.Should().Contain(o => o.Date == Day(2019, 6, 7) && o.Timex == "Friday", "the officials met on Friday, the day before the dateline: " + Describe(met));
    }

    [Fact]
    public void APossessiveDateDoesNotDateTheEvent()
    {
        const string text = "Russia sent 3,900 tons of wheat to North Korea as humanitarian aid to help the country overcome food shortages aggravated by this year's drought.";
        var article = Read(text, Friday);
        var aid = article.Observations.Where(o => o.Type == EventType.Aid).ToList();
        aid.Should().NotBeEmpty(Describe(article.Observations, text));
        aid.Should().OnlyContain(o => o.Timex != "this year" && (o.Date == null || o.Date.Precision != DatePrecision.Year), Describe(aid, text));
    }

    [Theory]
    [InlineData("It was Kim's first trip to Russia after he assumed power in 2011.", "trip", "2019-06-08", 2011)]
    [InlineData("Kim Jong-un has visited China three times since he took power in 2011.", "visited", "2019-06-08", 2011)]
    [InlineData("Talks between the two countries hit a roadblock after the second summit in Vietnam ended abruptly in 2019.", "Talks", "2020-06-08", 2019)]
    [InlineData("Since assuming power as the Supreme Leader in 2011, Kim has intensified his diplomatic outreach by visiting China.", "visiting", "2019-06-08", 2011)]
    public void ADateInAnAfterOrSinceClauseDoesNotDateTheMainEvent(string text, string trigger, string published, int year)
    {
        var mention = Mention(text, trigger, Date(published));
        var wholeYear = new EventDate(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), DatePrecision.Year);
        (mention.Date is null || !mention.Date.Overlaps(wholeYear)).Should().BeTrue($"{year} dates the subordinate clause of \"{text}\", not '{trigger}': {Describe([mention], text)}");
    }

    [Fact]
    public void AnAnniversaryDatesWhatItCommemorates()
    {
        const string text = "North Korea vowed on Tuesday to strengthen its ties with Russia on the occasion of the fourth anniversary of the first summit between the leaders of the two nations.";
        var tuesday = new LocalDate(2023, 4, 25);
        var article = Read(text, tuesday);
        var vowed = At(article, text, "vowed").Single();
        vowed.Date.Should().Be(Day(2023, 4, 25));
        var summit = At(article, text, "summit").Single();
        summit.Type.Should().Be(EventType.Summit);
        summit.Date.Should().Be(Day(2019, 4, 25), "the fourth anniversary marked on 2023-04-25 commemorates 2019-04-25");
        summit.Status.Should().Be(EventStatus.Occurred);
    }

    [Fact]
    public void AnEventJustBeforeAnotherIsDatedThroughItOnceThatIsDated()
    {
        const string text = "Russian President Vladimir Putin and North Korean leader Kim Jong-un met at the Vostochny space center on Wednesday. "
                            + "North Korea launched two short-range ballistic missiles just before Putin and Kim's meeting.";
        var article = Read(text, Friday);
        var launch = At(article, text, "launched").Single(o => o.Type == EventType.Launch);
        launch.Relation.Should().Be(EventRelationKind.SameDay, Describe(article.Observations, text));
        launch.RelatedTo.Should().NotBeNull();
        launch.DateSource.Should().NotBe(DateSource.Text);

        var e = EventTimeline.From([article]).Events.Single(x => x.Mentions.Any(m => m.Key == launch.Key));
        e.Date.Should().Be(Day(2023, 9, 13), "the meeting it came just before is dated Wednesday");
        e.DateSource.Should().Be(DateSource.Relation);
    }

    [Fact]
    public void AnEventOnTheEveOfAnotherIsDatedTheDayBefore()
    {
        const string text = "North Korean leader Kim Jong-un held a summit with Russian President Vladimir Putin in Vladivostok on Wednesday. "
                            + "North Korea fired a ballistic missile on the eve of the summit.";
        var article = Read(text, Friday);
        var launch = At(article, text, "fired").Single(o => o.Type == EventType.Launch);
        launch.Relation.Should().Be(EventRelationKind.DayBefore, Describe(article.Observations, text));
        var e = EventTimeline.From([article]).Events.Single(x => x.Mentions.Any(m => m.Key == launch.Key));
        e.Date.Should().Be(Day(2023, 9, 12));
        e.DateSource.Should().Be(DateSource.Relation);
    }

    [Fact]
    public void AnEventRelatedToAnUndatedOneStaysUndated()
    {
        const string text = "North Korea launched two short-range ballistic missiles just before Putin and Kim's meeting.";
        var timeline = EventTimeline.From([Read(text, published: null)]);
        timeline.Events.Where(e => e.Type == EventType.Launch).Should().ContainSingle().Which.Date.Should().BeNull();
    }

    [Theory]
    [InlineData("North Korean leader Kim Jong-un visited a munitions factory, the KCNA said.", "visited")]
    [InlineData("Russia sent humanitarian aid to North Korea, the Russian embassy said.", "aid")]
    [InlineData("North Korea launched a military spy satellite, state media reported.", "launched")]
    public void AForegroundSimplePastReportIsDatedByThePublicationDate(string text, string trigger)
    {
        var mention = Mention(text, trigger, Friday);
        mention.Date.Should().Be(Day(2023, 9, 15), Describe([mention], text));
        mention.DateSource.Should().Be(DateSource.Publication);
        mention.Timex.Should().BeNull();
    }

    [Theory]
    [InlineData("North Korea has since launched multiple projectiles as a sign of its frustration.", "launched")]
    [InlineData("North Korea recently launched a military spy satellite.", "launched")]
    [InlineData("North Korea has launched dozens of ballistic missiles in recent months.", "launched")]
    [InlineData("Russian President Vladimir Putin will visit Pyongyang.", "visit")]
    public void BackgroundAndPlannedEventsGetNoPublicationDate(string text, string trigger)
    {
        var mention = Mention(text, trigger, Friday);
        mention.Date.Should().BeNull(Describe([mention], text));
        mention.DateSource.Should().Be(DateSource.None);
    }

    [Fact]
    public void WithoutAPublicationDateThereIsNoDefault()
    {
        var mention = Mention("North Korean leader Kim Jong-un visited a munitions factory, the KCNA said.", "visited", published: null);
        mention.Date.Should().BeNull();
        mention.DateSource.Should().Be(DateSource.None);
    }

    [Fact]
    public void EventDatesAreWholeDaysInOrder()
    {
        foreach (var (text, number) in Samples.All().Select((t, i) => (t, i)))
        {
            foreach (var o in Read(text, published: null, id: $"{number:D3}").Observations.Where(o => o.Date is not null))
                o.Date!.Start.Should().BeLessThanOrEqualTo(o.Date.End, Describe([o]));
        }
    }

    private static EventDate Day(int year, int month, int day) => new(new LocalDate(year, month, day), new LocalDate(year, month, day), DatePrecision.Day);

    private static EventDate Day(string iso) => Day(Date(iso).Year, Date(iso).Month, Date(iso).Day);

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
