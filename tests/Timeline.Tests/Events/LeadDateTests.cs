using FluentAssertions;
using NodaTime;
using Timeline.Events;
using Xunit;

namespace Timeline.Tests.Events;

/// <summary>Undated foreground sentences take the article's lead date (the first day its body names), else the publication day.</summary>
public class LeadDateTests
{
    private static readonly EventExtractor Extractor = English.English.CreateExtractor();
    private static readonly LocalDate Published = new(2010, 6, 8);

    private static Observation Only(ArticleEvents a, string trigger) =>
        a.Observations.Single(o => o.Text[(o.Trigger.Start - o.Span.Start)..(o.Trigger.End - o.Span.Start)] == trigger);

    [Fact]
    public void AnUndatedReportTakesTheLeadDate()
    {
        var a = Extractor.Extract(new Article("lead", "Apple unveiled the iPhone 4 on Monday in San Francisco.\nJobs praised the new antenna design.", Published));
        var praised = Only(a, "praised");
        praised.Date.Should().Be(new EventDate(new LocalDate(2010, 6, 7), new LocalDate(2010, 6, 7), DatePrecision.Day));
        praised.DateSource.Should().Be(DateSource.Discourse);
    }

    [Fact]
    public void WithoutALeadDateTheReportTakesThePublicationDay()
    {
        var a = Extractor.Extract(new Article("pub", "Apple unveiled the iPhone 4 in San Francisco.\nJobs praised the new antenna design.", Published));
        var praised = Only(a, "praised");
        praised.Date.Should().Be(new EventDate(Published, Published, DatePrecision.Day));
        praised.DateSource.Should().Be(DateSource.Publication);
    }

    [Fact]
    public void ABackgroundSentenceStaysUndated()
    {
        var a = Extractor.Extract(new Article("bg", "Apple unveiled the iPhone 4 on Monday.\nApple has since sold millions of phones.", Published));
        Only(a, "sold").Date.Should().BeNull("'since' puts the sentence in the background");
    }

    [Fact]
    public void ALeadDateAfterPublicationIsNotALead()
    {
        var a = Extractor.Extract(new Article("future", "The phone goes on sale on June 24.\nJobs praised the new antenna design.", Published));
        Only(a, "praised").DateSource.Should().Be(DateSource.Publication, "a future date is no lead for what has happened");
    }
}
