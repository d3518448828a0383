using Timeline.Events;
using Timeline.Timelines;
using static Timeline.Tests.Events.Reading;

namespace Timeline.Tests.Events;

/// <summary>One made-up news sentence per event type (reference date Friday 2023-09-15), and the PLOVER mapping of each type.</summary>
public sealed class EventTypeTests
{
    [Theory]
    [InlineData("North Korean leader Kim Jong-un held a summit with Russian President Vladimir Putin on Wednesday.", "summit", EventType.Summit)]
    [InlineData("Russian Defence Minister Sergei Shoigu visited Pyongyang on Tuesday.", "visited", EventType.Visit)]
    [InlineData("Kim Jong-un travelled to Vladivostok by armoured train on Tuesday.", "travelled", EventType.Visit)]
    [InlineData("Officials from North Korea and Russia met in Pyongyang on Thursday.", "met", EventType.Meeting)]
    [InlineData("The two countries held talks on trade and economic cooperation in Moscow on Thursday.", "talks", EventType.Talks)]
    [InlineData("Negotiations on a fisheries quota resumed in Moscow on Monday.", "Negotiations", EventType.Talks)]
    [InlineData("A North Korean delegation left for Moscow on Monday.", "delegation", EventType.Delegation)]
    [InlineData("North Korea's foreign ministry issued a statement on Tuesday.", "statement", EventType.Statement)]
    [InlineData("North Korea pledged on Tuesday to strengthen its ties with Russia.", "pledged", EventType.Statement)]
    [InlineData("The two countries signed an agreement on economic cooperation on Wednesday.", "signed", EventType.Agreement)]
    [InlineData("Russia sent humanitarian aid to North Korea on Monday.", "aid", EventType.Aid)]
    [InlineData("North Korea launched two short-range ballistic missiles on Wednesday.", "launched", EventType.Launch)]
    [InlineData("The United States imposed new sanctions on North Korean shipping firms on Thursday.", "sanctions", EventType.Sanctions)]
    [InlineData("North Korean leader Kim Jong-un invited Russian President Vladimir Putin to Pyongyang on Wednesday.", "invited", EventType.Invitation)]
    [InlineData("A fire destroyed a textile factory in Wonsan on Tuesday.", "destroyed", EventType.Other)]
    public void EachTypeHasAnExample(string text, string trigger, EventType type)
    {
        var article = Read(text, Friday);
        At(article, text, trigger).Select(o => o.Type).Should().Contain(type, $"'{trigger}' in \"{text}\" reports a {type}; found {Describe(article.Observations, text)}");
    }

    [Theory]
    [InlineData("North Korean leader Kim Jong-un met with United States President Donald Trump in Singapore on Tuesday.", "met")]
    [InlineData("North Korean leader Kim Jong-un held a meeting with Russian President Vladimir Putin on Wednesday.", "meeting")]
    [InlineData("Russian President Vladimir Putin and North Korean leader Kim Jong-un met at the Vostochny space center on Wednesday.", "met")]
    [InlineData("Russian President Vladimir Putin and North Korean leader Kim Jong-un held a summit on Wednesday. North Korea launched two ballistic missiles just before Putin and Kim's meeting.", "meeting")]
    public void LeaderLevelMeetingsAreSummits(string text, string trigger)
    {
        var article = Read(text, Friday);
        var types = At(article, text, trigger).Select(o => o.Type).ToList();
        types.Should().Contain(EventType.Summit, $"a meeting of heads of state in \"{text}\" is a summit; found {Describe(article.Observations, text)}");
        types.Should().NotContain(EventType.Meeting);
    }

    [Theory]
    [InlineData("Officials from North Korea and Russia met in Pyongyang on Thursday.")]
    [InlineData("North Korea's Minister for External Economic Affairs Kim Yong-jae met Russian Natural Resources Minister Alexander Kozlov on Thursday.")]
    public void MeetingsOfOfficialsAreNotSummits(string text)
    {
        var article = Read(text, Friday);
        article.Observations.Should().Contain(o => o.Type == EventType.Meeting, Describe(article.Observations, text));
        article.Observations.Should().NotContain(o => o.Type == EventType.Summit, Describe(article.Observations, text));
    }

    [Theory]
    [InlineData(EventType.Summit, PloverCategory.Consult)]
    [InlineData(EventType.Visit, PloverCategory.Consult)]
    [InlineData(EventType.Meeting, PloverCategory.Consult)]
    [InlineData(EventType.Talks, PloverCategory.Consult)]
    [InlineData(EventType.Delegation, PloverCategory.Consult)]
    [InlineData(EventType.Invitation, PloverCategory.Consult)]
    [InlineData(EventType.Agreement, PloverCategory.Agree)]
    [InlineData(EventType.Aid, PloverCategory.Aid)]
    [InlineData(EventType.Sanctions, PloverCategory.Sanction)]
    [InlineData(EventType.Launch, PloverCategory.Mobilize)]
    [InlineData(EventType.Statement, PloverCategory.Support)]
    [InlineData(EventType.Other, PloverCategory.Other)]
    public void EachTypeMapsToItsPloverCategory(EventType type, PloverCategory category) =>
        Plover.Of(type).Should().Be(category);

    [Theory]
    [InlineData(PloverCategory.Consult, "CONSULT")]
    [InlineData(PloverCategory.Agree, "AGREE")]
    [InlineData(PloverCategory.Aid, "AID")]
    [InlineData(PloverCategory.Sanction, "SANCTION")]
    [InlineData(PloverCategory.Mobilize, "MOBILIZE")]
    [InlineData(PloverCategory.Support, "SUPPORT")]
    [InlineData(PloverCategory.Other, "OTHER")]
    public void PloverNamesAreUpperCase(PloverCategory category, string name) =>
        Plover.Name(category).Should().Be(name);

    [Fact]
    public void OnlyOtherMapsToOther() =>
        Enum.GetValues<EventType>().Where(t => Plover.Of(t) == PloverCategory.Other).Should().Equal(EventType.Other);

    [Fact]
    public void ATimelineEventCarriesThePloverCategoryOfItsType()
    {
        const string text = "North Korea launched two short-range ballistic missiles on Wednesday. The two countries signed an agreement on Thursday.";
        var timeline = EventTimeline.From([Read(text, Friday)]);
        timeline.Events.Should().NotBeEmpty();
        foreach (var e in timeline.Events) e.Plover.Should().Be(Plover.Of(e.Type));
        timeline.Events.Select(e => e.Plover).Should().Contain([PloverCategory.Mobilize, PloverCategory.Agree]);
    }
}
