using NodaTime;
using Timeline.Temporal;
using Timeline.Tests.Corpus;

namespace Timeline.Tests.Pipeline;

/// <summary>The tagger is a pure function of its input and safe to share between threads.</summary>
public sealed class TaggerPurityTests
{
    private static readonly LocalDate?[] References = [null, new LocalDate(2019, 6, 8), new LocalDate(2023, 9, 22)];

    [Fact]
    public void SameInputTwiceGivesEqualResults()
    {
        var tagger = CorpusTests.Tagger;
        foreach (var text in Samples.All())
        {
            foreach (var reference in References)
            {
                var a = tagger.Tag(text, reference);
                var b = tagger.Tag(text, reference);
                a.Expressions.Should().Equal(b.Expressions);
                a.Publication.Should().Be(b.Publication);
                a.Diagnostics.Should().Equal(b.Diagnostics);
            }
        }
    }

    [Fact]
    public void TwoTaggersAgree()
    {
        var other = English.English.CreateTagger();
        foreach (var text in Samples.All())
            other.Tag(text).Expressions.Should().Equal(CorpusTests.Tagger.Tag(text).Expressions);
    }

    [Fact]
    public void ParallelTaggingMatchesSequential()
    {
        var tagger = CorpusTests.Tagger;
        var inputs = Samples.All().SelectMany(t => References.Select(r => (Text: t, Reference: r))).ToArray();
        var sequential = inputs.Select(i => tagger.Tag(i.Text, i.Reference)).ToArray();

        const int rounds = 16;
        var parallel = new TaggingResult[rounds * inputs.Length];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) },
            k => parallel[k] = tagger.Tag(inputs[k % inputs.Length].Text, inputs[k % inputs.Length].Reference));

        for (int k = 0; k < parallel.Length; k++)
        {
            var expected = sequential[k % inputs.Length];
            parallel[k].Expressions.Should().Equal(expected.Expressions);
            parallel[k].Publication.Should().Be(expected.Publication);
        }
    }

    [Fact]
    public void ResultsDoNotDependOnTheDayTheTestsRun()
    {
        // Nothing reads the clock: an article with no date and no reference leaves relative expressions unresolved.
        var result = CorpusTests.Tagger.Tag("Officials met on Friday and will meet again next week.");
        result.Publication.Date.Should().BeNull();
        result.Expressions.Should().NotBeEmpty().And.OnlyContain(e => e.Anchoring == Anchoring.Unresolved);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("June 31, 2019 and 2019-02-30 and 99/99/9999")]
    [InlineData("Q9 of the 99th century, the 0th anniversary, 9999999999 years ago")]
    [InlineData("\u0000\uFFFF\uD800 June")]
    [InlineData("from to between and - / : , . 's")]
    public void NeverThrowsOnOddText(string text)
    {
        var act = () => CorpusTests.Tagger.Tag(text, new LocalDate(2019, 6, 8));
        act.Should().NotThrow();
        act = () => CorpusTests.Tagger.Tag(text);
        act.Should().NotThrow();
    }

    [Fact]
    public void SpansPointAtTheirText()
    {
        foreach (var text in Samples.All())
        {
            foreach (var e in CorpusTests.Tagger.Tag(text).Expressions)
                text[e.Span.Start..e.Span.End].Should().Be(e.Text);
        }
    }

    [Fact]
    public void ExpressionsAreInTextOrderAndDoNotOverlap()
    {
        foreach (var text in Samples.All())
        {
            var expressions = CorpusTests.Tagger.Tag(text).Expressions;
            for (int i = 1; i < expressions.Count; i++)
                expressions[i].Span.Start.Should().BeGreaterThanOrEqualTo(expressions[i - 1].Span.End);
        }
    }
}
