using NodaTime;
using Timeline.Temporal;
using Timeline.Tests.Corpus;

namespace Timeline.Tests.Articles;

/// <summary>Finding an article's own date when the caller gives none; a caller's date always wins.</summary>
public sealed class PublicationDateTests
{
    [Theory]
    [InlineData("000", "2019-06-08")] // "date 2019-06-08 Pyongyang [North Korea], Jun 8 (ANI):"
    [InlineData("001", "2023-09-22")] // "Updated: September 22, 2023 13:53 IST"
    [InlineData("004", "2023-04-25")] // a bare "April 25, 2023" line at the top
    public void FindsTheDatelineOfASample(string sample, string expected)
    {
        var publication = CorpusTests.Tagger.Tag(Samples.Read(sample)).Publication;
        publication.Date.Should().Be(Date(expected));
        publication.Source.Should().Be(PublicationDateSource.Dateline);
        publication.Span.Should().NotBeNull();
    }

    [Theory]
    [InlineData("2023-09-13T11:04:00+09:00\nKim met Putin on Wednesday.")] // page metadata: an ISO 8601 timestamp
    [InlineData("Posted : 2023.09.13 17:45\nKim met Putin on Wednesday.")] // year first with dots, as Korean sites write it
    [InlineData("Wed 13 Sep 2023 06.32 BST\nKim met Putin on Wednesday.")]
    [InlineData("By Josh Smith\nSEOUL | Wed Sep 13, 2023 2:33am EDT\nKim met Putin on Wednesday.")]
    public void FindsTheDatelinesOfOtherSites(string text)
    {
        var result = CorpusTests.Tagger.Tag(text);
        result.Publication.Date.Should().Be(new LocalDate(2023, 9, 13));
        result.Publication.Source.Should().Be(PublicationDateSource.Dateline);
        result.Expressions.Single(e => e.Text == "Wednesday").Value.Should().Be("2023-09-13");
    }

    [Theory]
    [InlineData("002")]
    [InlineData("003")]
    public void FindsNoDateWhereThereIsNone(string sample)
    {
        var result = CorpusTests.Tagger.Tag(Samples.Read(sample));
        result.Publication.Date.Should().BeNull();
        result.Publication.Source.Should().Be(PublicationDateSource.None);
        result.Publication.Span.Should().BeNull();
    }

    [Fact]
    public void TheDatelineSpanIsTheDateInTheText()
    {
        var text = Samples.Read("001");
        var span = CorpusTests.Tagger.Tag(text).Publication.Span!.Value;
        text[span.Start..span.End].Should().StartWith("September 22, 2023");
    }

    [Fact]
    public void RelativeExpressionsResolveAgainstTheDetectedDate()
    {
        var expressions = CorpusTests.Tagger.Tag(Samples.Read("000")).Expressions;
        expressions.First(e => e.Text == "Friday").Value.Should().Be("2019-06-07");
        expressions.First(e => e.Text == "Friday").Anchoring.Should().Be(Anchoring.PublicationDate);
    }

    [Fact]
    public void ACallerGivenDateWins()
    {
        var result = CorpusTests.Tagger.Tag(Samples.Read("000"), new LocalDate(2019, 6, 14));
        result.Publication.Date.Should().Be(new LocalDate(2019, 6, 14));
        result.Publication.Source.Should().Be(PublicationDateSource.Caller);
        result.Publication.Span.Should().BeNull();
        result.Expressions.First(e => e.Text == "Friday").Value.Should().Be("2019-06-14");
    }

    [Fact]
    public void ACallerGivenDateWinsOverNoDate()
    {
        var result = CorpusTests.Tagger.Tag(Samples.Read("002"), new LocalDate(2023, 9, 11));
        result.Publication.Should().Be(new PublicationDate(new LocalDate(2023, 9, 11), PublicationDateSource.Caller));
        result.Expressions.First(e => e.Text == "Monday").Value.Should().Be("2023-09-11");
    }

    [Fact]
    public void DetectionCanBeTurnedOff()
    {
        var tagger = English.English.CreateTagger(new TaggerOptions { DetectPublicationDate = false });
        tagger.Tag(Samples.Read("000")).Publication.Should().Be(PublicationDate.None);
    }

    [Fact]
    public void AYearlessDatelineTakesTheYearTheTextImplies()
    {
        const string text = "Seoul, Sep 14 (Yonhap) -- North Korea said on Wednesday it had launched two missiles. " +
                            "In 2023 it has fired more missiles than in any year before.";
        var result = CorpusTests.Tagger.Tag(text);
        result.Publication.Date.Should().Be(new LocalDate(2023, 9, 14));
        result.Publication.Source.Should().Be(PublicationDateSource.Dateline);
        text[result.Publication.Span!.Value.Start..result.Publication.Span.Value.End].Should().Be("Sep 14");
        result.Expressions.First(e => e.Text == "Wednesday").Value.Should().Be("2023-09-13");
    }

    [Fact]
    public void AYearlessDatelineWithoutAnyYearStaysUnknown()
    {
        var result = CorpusTests.Tagger.Tag("Seoul, Sep 14 (Yonhap) -- North Korea said on Wednesday it had launched two missiles.");
        result.Publication.Date.Should().BeNull();
    }

    [Fact]
    public void ADateDeepInTheArticleIsNotTheDateline()
    {
        var text = string.Concat(Enumerable.Repeat("North Korea and Russia discussed trade and economic cooperation at length.\n", 40))
                   + "The first summit was held on April 25, 2019.";
        CorpusTests.Tagger.Tag(text).Publication.Date.Should().BeNull();
    }

    private static LocalDate Date(string s) => NodaTime.Text.LocalDatePattern.Iso.Parse(s).Value;
}
