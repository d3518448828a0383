using Timeline.Events;
using static Timeline.Tests.Events.Reading;

namespace Timeline.Tests.Events;

/// <summary>Occurred, planned or uncertain: the cues of issue 3, at the reference date Friday 2023-09-15.</summary>
public sealed class StatusTests
{
    [Theory]
    [InlineData("North Korean leader Kim Jong-un visited Moscow on Tuesday.", "visited")]
    [InlineData("Officials from North Korea and Russia met in Pyongyang last week.", "met")]
    [InlineData("North Korea launched two short-range ballistic missiles on Wednesday.", "launched")]
    [InlineData("The two countries signed an agreement on economic cooperation in July.", "signed")]
    [InlineData("Russian President Vladimir Putin visited Pyongyang, the Kremlin said.", "visited")]
    public void PastEventsOccurred(string text, string trigger) =>
        Expect(text, trigger, EventStatus.Occurred);

    [Theory]
    [InlineData("Russian President Vladimir Putin will visit Pyongyang next month.", "visit")]
    [InlineData("Russian President Vladimir Putin will visit Pyongyang.", "visit")]
    [InlineData("Russian President Vladimir Putin plans to visit Pyongyang.", "visit")]
    [InlineData("Russian President Vladimir Putin is expected to visit Pyongyang later this year.", "visit")]
    [InlineData("North Korean leader Kim Jong-un is planning to visit Russia this month or next month.", "visit")]
    [InlineData("The leaders of the two countries will hold a bilateral summit this year.", "summit")]
    public void FutureCuesMakeAnEventPlanned(string text, string trigger) =>
        Expect(text, trigger, EventStatus.Planned);

    [Theory]
    [InlineData("North Korean leader Kim Jong-un invited Russian President Vladimir Putin to visit Pyongyang.", "visit")]
    [InlineData("Russian President Vladimir Putin has accepted an invitation from Kim Jong Un to visit North Korea.", "visit")]
    [InlineData("Kim Jong-un asked Russian President Vladimir Putin to visit Pyongyang at a convenient time.", "visit")]
    [InlineData("Russian President Vladimir Putin accepted the invitation and will travel to Pyongyang at a convenient time.", "travel")]
    public void AVisitOneIsInvitedToIsPlanned(string text, string trigger) =>
        Expect(text, trigger, EventStatus.Planned, EventType.Visit);

    [Fact]
    public void AnInvitationWithNoVisitNamedIsAPlannedVisit()
    {
        const string text = "North Korean leader Kim Jong-un extended an invitation to Russian President Vladimir Putin at a reception on Wednesday.";
        var article = Read(text, Friday);
        article.Observations.Should().Contain(o => o.Type == EventType.Invitation && o.Status == EventStatus.Occurred, Describe(article.Observations, text));
        article.Observations.Should().Contain(o => o.Type == EventType.Visit && o.Status == EventStatus.Planned, Describe(article.Observations, text));
    }

    [Theory]
    [InlineData("Foreign ministers of the two countries meet in Moscow on September 20.", "meet")]
    [InlineData("The two sides hold talks on fisheries in Beijing on October 3.", "talks")]
    [InlineData("The summit takes place in Vladivostok next week.", "summit")]
    public void AnEventDatedAfterPublicationIsPlanned(string text, string trigger) =>
        Expect(text, trigger, EventStatus.Planned);

    [Theory]
    [InlineData("North Korea reportedly launched a military spy satellite on Wednesday.", "launched")]
    [InlineData("North Korean officials allegedly visited Moscow in August.", "visited")]
    [InlineData("North Korean leader Kim Jong-un may visit Moscow.", "visit")]
    [InlineData("North Korea may launch a satellite this month.", "launch")]
    [InlineData("North Korea denied reports that it launched a missile on Monday.", "launched")]
    [InlineData("The Kremlin denied that Kim Jong-un visited Moscow in August.", "visited")]
    [InlineData("There is speculation that Kim Jong-un visited Moscow in August.", "visited")]
    public void ReportsSpeculationAndDenialsAreUncertain(string text, string trigger) =>
        Expect(text, trigger, EventStatus.Uncertain);

    [Fact]
    public void ACueInOneSentenceDoesNotReachTheNext()
    {
        const string text = "Russian President Vladimir Putin will visit Pyongyang. North Korea launched two ballistic missiles on Wednesday.";
        Mention(text, "launched", Friday).Status.Should().Be(EventStatus.Occurred);
    }

    private static void Expect(string text, string trigger, EventStatus status, EventType? type = null)
    {
        var article = Read(text, Friday);
        var mentions = At(article, text, trigger).Where(o => type is null || o.Type == type).ToList();
        mentions.Should().NotBeEmpty($"'{trigger}' triggers a mention in \"{text}\"; found {Describe(article.Observations, text)}");
        mentions.Select(o => o.Status).Should().AllBeEquivalentTo(status, $"'{trigger}' in \"{text}\" is {status}; found {Describe(article.Observations, text)}");
    }
}
