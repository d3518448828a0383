using Timeline.Events;
using static Timeline.Tests.Events.Reading;

namespace Timeline.Tests.Events;

/// <summary>Page furniture yields no events: related-story lists, paywalls, disclaimers, teasers, headlines; the news before them still does.</summary>
public sealed class BoilerplateTests
{
    private const string News = "North Korean leader Kim Jong-un visited Vladivostok on Tuesday and held a summit with Russian President Vladimir Putin on Wednesday.";

    /// <summary>Event-rich text that would yield events if it were news.</summary>
    private const string Bait = "Russia sent humanitarian aid to North Korea on Monday. North Korea launched two ballistic missiles on Tuesday.";

    [Theory]
    [InlineData("Related Stories")]
    [InlineData("Politics Realted Stories")]
    [InlineData("Previous Story")]
    [InlineData("Next Story")]
    [InlineData("ALSO READ: Kim Jong-un visited Moscow on Monday.")]
    [InlineData("Also Read: Russia and North Korea signed an agreement on Monday.")]
    [InlineData("You’ve reached your limit of {{free_limit}} free articles this month.")]
    [InlineData("You've reached your limit of free articles this month.")]
    [InlineData("Subscribe now for unlimited access.")]
    public void NothingAfterAnEndOfArticleMarker(string marker)
    {
        var text = $"{News}\n\n{marker}\n\n{Bait}\nThe United States imposed new sanctions on North Korea on Thursday.\n";
        var article = Read(text, Reading.Friday);
        int cut = text.IndexOf(marker, StringComparison.Ordinal);
        article.Observations.Where(o => o.Span.End > cut).Should().BeEmpty($"nothing from \"{marker}\" on is news; found {Describe(article.Observations, text)}");
        article.Observations.Should().Contain(o => o.Type == EventType.Summit, "the news before the marker still yields its events");
    }

    [Theory]
    [InlineData("Disclaimer: This post has been auto-published from an agency feed; Kim Jong-un met Vladimir Putin on Monday.")]
    [InlineData("Disclaimer: No journalist was involved when North Korea launched a missile on Monday.")]
    [InlineData("Seoul, Sep 22 North Korean leader Kim Jong-un held a politburo meeting with top officials to discuss the ...")]
    [InlineData("Russia sent humanitarian aid to North Korea on Monday and launched…")]
    [InlineData("NKorea politburo discusses Kim-Putin summit, calls for follow-up measures")]
    [InlineData("N.Korea pledges elevated ties with Russia")]
    [InlineData("Russia invites Taliban to top economic forum in June")]
    [InlineData("(Only the headline and picture of this report may have been reworked by the staff; the rest was launched from a syndicated feed.)")]
    public void AFurnitureLineYieldsNothingButTheNewsAroundItDoes(string line)
    {
        var text = $"{News}\n\n{line}\n\nThe United States imposed new sanctions on North Korea on Thursday.\n";
        var article = Read(text, Reading.Friday);
        int start = text.IndexOf(line, StringComparison.Ordinal), end = start + line.Length;
        article.Observations.Where(o => o.Span.Start < end && o.Span.End > start).Should().BeEmpty($"\"{line}\" is not news; found {Describe(article.Observations, text)}");
        article.Observations.Should().Contain(o => o.Type == EventType.Summit, "the news before it still yields its events");
        article.Observations.Should().Contain(o => o.Type == EventType.Sanctions, "the news after a single furniture line still yields its events");
    }

    [Fact]
    public void ALongNewsParagraphWithoutAFinalFullStopIsStillNews()
    {
        const string text = "North Korean leader Kim Jong-un held a summit with Russian President Vladimir Putin at the Vostochny space center on Wednesday "
                            + "amid concerns that the North could agree to supply ammunition for the war in Ukraine in exchange for food aid and weapons technology";
        Read(text, Reading.Friday).Observations.Should().Contain(o => o.Type == EventType.Summit);
    }

    public static TheoryData<string, string> SampleMarkers() => new()
    {
        { "001", "Disclaimer:" },
        { "001", "Related Stories" },
        { "001", "Politics Realted Stories" },
        { "002", "Disclaimer:" },
        { "002", "You’ve reached your limit" },
        { "003", "(Only the headline" },
        { "003", "You’ve reached your limit" },
        { "004", "ALSO READ" },
        { "004", "Previous Story" },
        { "004", "Next Story" },
        { "004", "Latest from" },
        { "004", "Don't Miss" },
    };

    [Theory]
    [MemberData(nameof(SampleMarkers))]
    public void NoSampleObservationStartsAtOrAfterAMarker(string sample, string marker)
    {
        var text = Samples.Read(sample);
        var article = Read(text, published: null, id: sample);
        int at = text.IndexOf(marker, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"sample {sample} contains '{marker}'");
        article.Observations.Where(o => o.Span.Start >= at || o.Trigger.Start >= at).Should()
            .BeEmpty($"nothing from '{marker}' on in sample {sample} is news; found {Describe(article.Observations.Where(o => o.Span.Start >= at), text)}");
    }

    [Theory]
    [InlineData("001", "NKorea politburo discusses Kim-Putin summit, calls for follow-up measures")]
    [InlineData("001", "Seoul, Sep 22 North Korean leader Kim Jong-un held a politburo meeting with top officials to discuss the ...")]
    [InlineData("001", "By IANS | Updated: September 22, 2023 13:53 IST")]
    [InlineData("004", "N.Korea pledges elevated ties with Russia")]
    [InlineData("004", "The North Korea has been strengthening its close ties with Russia despite international condemnation over Moscow’s war with Ukraine….reports Asian Lite News")]
    public void SampleHeadlinesAndTeasersYieldNothing(string sample, string line)
    {
        var text = Samples.Read(sample);
        var article = Read(text, published: null, id: sample);
        int start = text.IndexOf(line + "\n", StringComparison.Ordinal), end = start + line.Length;
        start.Should().BeGreaterThanOrEqualTo(0, $"sample {sample} has the line \"{line}\"");
        article.Observations.Where(o => o.Span.Start < end && o.Span.End > start).Should()
            .BeEmpty($"\"{line}\" is not news; found {Describe(article.Observations.Where(o => o.Span.Start < end && o.Span.End > start), text)}");
    }

    [Theory]
    [InlineData("001", "The rare summit between the two leaders took place at the Vostochny space center", EventType.Summit)]
    [InlineData("002", "A group of North Korean officials left for Russia", EventType.Delegation)]
    [InlineData("003", "North Korea launched two short-range ballistic missiles", EventType.Launch)]
    [InlineData("004", "North Korea vowed on Tuesday", EventType.Statement)]
    public void TheSamplesNewsStillYieldsEvents(string sample, string sentenceStart, EventType type)
    {
        var text = Samples.Read(sample);
        var article = Read(text, published: null, id: sample);
        int at = text.IndexOf(sentenceStart, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0);
        article.Observations.Should().Contain(o => o.Span.Start == at && o.Type == type, Describe(article.Observations.Where(o => o.Span.Start == at), text));
    }
}
