using Timeline.Text;

namespace Timeline.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text)
    {
        var tokens = English.English.Language.Lexicon.Analyze(text);
        return [.. SentenceSplitter.Split(tokens, English.English.Language.Abbreviations).Select(s => text[s.Span.Start..s.Span.End])];
    }

    [Fact]
    public void SplitsAtFullStopsBeforeCapitals()
    {
        Split("Kim met Putin on Friday. They discussed trade. Talks ended!")
            .Should().Equal("Kim met Putin on Friday.", "They discussed trade.", "Talks ended!");
    }

    [Fact]
    public void KeepsAbbreviationsTogether()
    {
        Split("Mr. Kim met Dr. Lee on Sept. 5 in the U.S. capital.").Should().ContainSingle();
        Split("The talks began Jan. 5 and ended Feb. 2.").Should().ContainSingle();
    }

    [Fact]
    public void SingleLetterInitialsDoNotEndSentences()
    {
        Split("Kim Jong U. Lee said so.").Should().ContainSingle();
    }

    [Fact]
    public void NumbersWithPointsDoNotEndSentences()
    {
        Split("Growth was 3.5 percent in 2019. Exports rose.").Should().Equal("Growth was 3.5 percent in 2019.", "Exports rose.");
    }

    [Fact]
    public void LowerCaseAfterAStopContinuesTheSentence()
    {
        Split("It was approx. ten days later.").Should().ContainSingle();
    }

    [Fact]
    public void SplitsBeforeDigitsAndQuotes()
    {
        Split("He left. 2019 was hard. \"No,\" she said.").Should().Equal("He left.", "2019 was hard.", "\"No,\" she said.");
    }

    [Fact]
    public void ClosingQuotesStayWithTheirSentence()
    {
        Split("\"We will meet.\" Kim said.").Should().Equal("\"We will meet.\"", "Kim said.");
    }

    [Fact]
    public void EveryLineBreakEndsASentence()
    {
        Split("April 25, 2023\n1 min read\n\nNorth Korea vowed on Tuesday")
            .Should().Equal("April 25, 2023", "1 min read", "North Korea vowed on Tuesday");
    }

    [Fact]
    public void EmptyTextHasNoSentences()
    {
        Split("").Should().BeEmpty();
        Split("   ").Should().BeEmpty();
    }

    [Fact]
    public void SentencesCoverTheTokensInOrderWithoutGaps()
    {
        const string text = "Mr. Kim left. He came back on Friday.\nThen he said: \"Enough!\" And left again.";
        var tokens = English.English.Language.Lexicon.Analyze(text);
        var sentences = SentenceSplitter.Split(tokens, English.English.Language.Abbreviations);
        sentences[0].Start.Should().Be(0);
        sentences[^1].End.Should().Be(tokens.Count);
        for (int i = 1; i < sentences.Count; i++) sentences[i].Start.Should().Be(sentences[i - 1].End);
    }

    [Fact]
    public void ARunOnLineIsCutAtCommasThenHard()
    {
        // No full stop anywhere: a scraped page or a 3 MB line must not become one unbounded sentence.
        var withCommas = string.Concat(Enumerable.Repeat("Kim met Putin on Friday, ", 400));
        var tokens = English.English.Language.Lexicon.Analyze(withCommas);
        var sentences = SentenceSplitter.Split(tokens, English.English.Language.Abbreviations);
        sentences.Should().HaveCountGreaterThan(1);
        sentences.Should().OnlyContain(x => x.End - x.Start <= SentenceSplitter.LongSentence + 7, "a long sentence ends at its next comma");
        tokens.Tokens[sentences[0].End - 1].Start.Should().Be(withCommas.IndexOf(',', tokens.Tokens[SentenceSplitter.LongSentence - 1].Start));

        var noPunctuation = string.Concat(Enumerable.Repeat("the ", 2500));
        var words = English.English.Language.Lexicon.Analyze(noPunctuation);
        SentenceSplitter.Split(words, English.English.Language.Abbreviations).Select(x => x.End - x.Start)
            .Should().Equal(SentenceSplitter.MaxSentence, SentenceSplitter.MaxSentence, 500);
    }
}
