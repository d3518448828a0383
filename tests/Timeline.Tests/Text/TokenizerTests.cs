using Timeline.Text;

namespace Timeline.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Texts(string text) => [.. Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End])];

    [Fact]
    public void SplitsWordsNumbersAndSymbols()
    {
        Texts("On June 8, 2019, Kim met Putin.").Should().Equal("On", "June", "8", ",", "2019", ",", "Kim", "met", "Putin", ".");
    }

    [Fact]
    public void SpansAreExactCodeUnitRanges()
    {
        const string text = "  met on Friday";
        var tokens = Tokenizer.Tokenize(text);
        tokens.Select(t => (t.Start, t.End)).Should().Equal((2, 5), (6, 8), (9, 15));
        tokens.Should().AllSatisfy(t => t.Length.Should().Be(t.End - t.Start));
    }

    [Fact]
    public void EmptyAndBlankTextsHaveNoTokens()
    {
        Tokenizer.Tokenize("").Should().BeEmpty();
        Tokenizer.Tokenize(" \n\t ").Should().BeEmpty();
    }

    [Fact]
    public void GapsTellWhatSeparatesTokens()
    {
        const string text = "mid-2020 was\nhard\n\nNew  para";
        var tokens = Tokenizer.Tokenize(text);
        tokens.Select(t => (text[t.Start..t.End], t.Gap)).Should().Equal(
            ("mid", TokenGap.Paragraph), // the first token
            ("-", TokenGap.None),
            ("2020", TokenGap.None),
            ("was", TokenGap.Space),
            ("hard", TokenGap.Line),
            ("New", TokenGap.Paragraph),
            ("para", TokenGap.Space));
    }

    [Fact]
    public void WindowsLineBreaksCountOnce()
    {
        var tokens = Tokenizer.Tokenize("one\r\ntwo\r\n\r\nthree");
        tokens.Select(t => t.Gap).Should().Equal(TokenGap.Paragraph, TokenGap.Line, TokenGap.Paragraph);
    }

    [Theory]
    [InlineData("Friday's talks", new[] { "Friday", "'", "s", "talks" })]
    [InlineData("Friday’s talks", new[] { "Friday", "’", "s", "talks" })]
    [InlineData("Kim's visit", new[] { "Kim", "'", "s", "visit" })]
    [InlineData("YEAR'S END", new[] { "YEAR", "'", "S", "END" })]
    public void PossessiveIsSplitOff(string text, string[] expected) => Texts(text).Should().Equal(expected);

    [Theory]
    [InlineData("didn't", new[] { "didn't" })]
    [InlineData("o'clock", new[] { "o'clock" })]
    [InlineData("O'Brien's", new[] { "O'Brien", "'", "s" })]
    [InlineData("it's", new[] { "it", "'", "s" })]
    [InlineData("the '90s", new[] { "the", "'", "90", "s" })]
    [InlineData("Kims' talks", new[] { "Kims", "'", "talks" })]
    public void InnerApostrophesStayInTheWord(string text, string[] expected) => Texts(text).Should().Equal(expected);

    [Fact]
    public void NumbersCarryTheirValue()
    {
        const string text = "2019 07 3,900 13:53";
        var tokens = Tokenizer.Tokenize(text);
        tokens.Where(t => t.Kind == TokenKind.Number).Select(t => (t.NumberIn(text), t.Digits)).Should().Equal((2019, 4), (7, 2), (3, 1), (900, 3), (13, 2), (53, 2));
        tokens.Single(t => t.Kind == TokenKind.Symbol && t.Start == 9).Length.Should().Be(1);
    }

    [Fact]
    public void HugeNumbersSaturateInsteadOfOverflowing()
    {
        const string digits = "123456789012345678901234567890";
        var token = Tokenizer.Tokenize(digits).Single();
        token.Kind.Should().Be(TokenKind.Number);
        token.NumberIn(digits).Should().Be(long.MaxValue);
    }

    [Fact]
    public void DigitsAndLettersSplit()
    {
        Texts("4th 1990s 10am").Should().Equal("4", "th", "1990", "s", "10", "am");
        Tokenizer.Tokenize("4th").Select(t => t.Kind).Should().Equal(TokenKind.Number, TokenKind.Word);
    }

    [Fact]
    public void EachSymbolIsOneToken()
    {
        Texts("(ANI):--").Should().Equal("(", "ANI", ")", ":", "-", "-");
        Texts("June 18–19").Should().Equal("June", "18", "–", "19");
    }

    [Fact]
    public void SurrogatePairsAreNeverSplit()
    {
        const string text = "talks 😀 ended";
        var tokens = Tokenizer.Tokenize(text);
        tokens.Should().HaveCount(3);
        text[tokens[1].Start..tokens[1].End].Should().Be("😀");
    }

    [Fact]
    public void NonAsciiLettersAndNoBreakSpaces()
    {
        Texts("Pyongyang\u00A0café Jong-un").Should().Equal("Pyongyang", "café", "Jong", "-", "un");
        Texts("٣ days").Should().Equal("٣", "days"); // not an ASCII digit: a symbol, never a number
        Tokenizer.Tokenize("٣").Single().Kind.Should().NotBe(TokenKind.Number);
    }

    [Fact]
    public void ReturnsAnArrayOfExactlyTheTokens()
    {
        Tokenizer.Tokenize("a b").Should().HaveCount(2);
        Tokenizer.Tokenize("").Should().BeEmpty();
    }
}
