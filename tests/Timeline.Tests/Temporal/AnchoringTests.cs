using NodaTime;
using Timeline.Temporal;
using Timeline.Tests.Corpus;

namespace Timeline.Tests.Temporal;

/// <summary>Anniversaries, ranges, and what stays unresolved without a reference date.</summary>
public sealed class AnchoringTests
{
    private static readonly LocalDate June8 = new(2019, 6, 8);

    private static TemporalExpression Find(string text, string span, LocalDate? reference)
    {
        var expressions = CorpusTests.Tagger.Tag(text, reference).Expressions;
        var found = expressions.FirstOrDefault(e => e.Text == span);
        found.Should().NotBeNull($"'{span}' is tagged in \"{text}\"; found {CorpusTests.Describe(expressions)}");
        return found!;
    }

    [Fact]
    public void AnAnniversaryMarkedOnADayCommemoratesTheDayThatManyYearsBefore()
    {
        var text = Samples.Read("004");
        var e = Find(text, "the fourth anniversary", reference: null);
        e.Value.Should().Be("2023-04-25");
        e.Interval.Ends().Should().Be((new LocalDate(2023, 4, 25), new LocalDate(2023, 4, 25)));
        e.Commemorates.Ends().Should().Be((new LocalDate(2019, 4, 25), new LocalDate(2019, 4, 25)));
        e.Anchoring.Should().Be(Anchoring.OtherExpression);
    }

    [Fact]
    public void AnAnniversaryOfAYearRangeFallsThatManyYearsAfterItsEnd()
    {
        const string text = "In July, Russia's defence minister visited Pyongyang for a parade honouring the armistice of the 1950-1953 Korean War on its 70th anniversary.";
        var e = Find(text, "70th anniversary", reference: null);
        e.Value.Should().Be("2023");
        e.Commemorates.Ends().Should().Be((new LocalDate(1953, 1, 1), new LocalDate(1953, 12, 31)));
        Find(text, "July", reference: null).Value.Should().Be("2023-07");
    }

    [Fact]
    public void AnAnniversaryWithNothingToAnchorItStaysUnresolved()
    {
        var e = Find("The two countries marked the fourth anniversary with a statement.", "the fourth anniversary", reference: null);
        e.Anchoring.Should().Be(Anchoring.Unresolved);
        e.Commemorates.Should().BeNull();
        e.Value.Should().Contain("X");
    }

    [Fact]
    public void OtherExpressionsCarryNoCommemoration()
    {
        Find("They met on June 8, 2019.", "June 8, 2019", June8).Commemorates.Should().BeNull();
    }

    [Fact]
    public void ADayRangeGivesTwoDatesAndTheWholeRange()
    {
        var expressions = CorpusTests.Tagger.Tag("The forum will be held June 18-19 in Vladivostok.", June8).Expressions;
        var whole = new DateInterval(new LocalDate(2019, 6, 18), new LocalDate(2019, 6, 19));
        var from = expressions.Single(e => e.Text == "June 18");
        var to = expressions.Single(e => e.Text == "19");
        from.Value.Should().Be("2019-06-18");
        to.Value.Should().Be("2019-06-19");
        from.Range.Ends().Should().Be(whole.Ends());
        to.Range.Ends().Should().Be(whole.Ends());
    }

    [Fact]
    public void AWeekdayRangeEndsAfterItStarts()
    {
        var expressions = CorpusTests.Tagger.Tag("The delegation will stay in Moscow from Thursday to Monday.", June8).Expressions;
        var from = expressions.Single(e => e.Text == "Thursday");
        var to = expressions.Single(e => e.Text == "Monday");
        from.Value.Should().Be("2019-06-13");
        to.Value.Should().Be("2019-06-17");
        from.Range.Ends().Should().Be((new LocalDate(2019, 6, 13), new LocalDate(2019, 6, 17)));
    }

    [Fact]
    public void AYearRangeCoversBothYears()
    {
        var e = Find("Sanctions tightened between 2019 and 2021.", "2019", June8);
        e.Range.Ends().Should().Be((new LocalDate(2019, 1, 1), new LocalDate(2021, 12, 31)));
    }

    [Fact]
    public void ASingleDateIsNoRange()
    {
        Find("They met on June 18.", "June 18", June8).Range.Should().BeNull();
    }

    [Theory]
    [InlineData("Officials met on Monday.", "Monday", "XXXX-WXX-1")]
    [InlineData("Exports fell this year.", "this year", "XXXX")]
    [InlineData("The talks were held in April.", "April", "XXXX-04")]
    [InlineData("Prices rose last month.", "last month", "XXXX-XX")]
    [InlineData("He arrived yesterday.", "yesterday", "XXXX-XX-XX")]
    [InlineData("They met on June 8.", "June 8", "XXXX-06-08")]
    public void WithoutAReferenceRelativeExpressionsStayUnresolved(string text, string span, string value)
    {
        var e = Find(text, span, reference: null);
        e.Value.Should().Be(value);
        e.Anchoring.Should().Be(Anchoring.Unresolved);
        e.Interval.Should().BeNull();
        e.IsResolved.Should().BeFalse();
    }

    [Theory]
    [InlineData("They met on June 8, 2019.", "June 8, 2019", "2019-06-08")]
    [InlineData("Trade collapsed in 2011.", "2011", "2011")]
    [InlineData("The talks lasted four years.", "four years", "P4Y")]
    [InlineData("Relations soured in the 1990s.", "the 1990s", "199")]
    public void WithoutAReferenceSelfAnchoredExpressionsResolve(string text, string span, string value)
    {
        var e = Find(text, span, reference: null);
        e.Value.Should().Be(value);
        e.Anchoring.Should().Be(Anchoring.Self);
    }

    [Fact]
    public void ResolvedExpressionsCarryTheirInterval()
    {
        Find("Officials met on Friday.", "Friday", June8).Interval.Ends().Should().Be((new LocalDate(2019, 6, 7), new LocalDate(2019, 6, 7)));
        Find("Exports fell last month.", "last month", June8).Interval.Ends().Should().Be((new LocalDate(2019, 5, 1), new LocalDate(2019, 5, 31)));
        Find("Aid arrived earlier this week.", "earlier this week", June8).Value.Should().Be("2019-W23");
        Find("Trade grew in the third quarter of 2023.", "the third quarter of 2023", June8).Interval.Ends().Should().Be((new LocalDate(2023, 7, 1), new LocalDate(2023, 9, 30)));
    }

    [Fact]
    public void TwoDaysLaterCountsFromTheLastDateMentioned()
    {
        var e = Find("Kim arrived in Vladivostok on April 24, 2019. Two days later, he left.", "Two days later", June8);
        e.Value.Should().Be("2019-04-26");
        e.Anchoring.Should().Be(Anchoring.OtherExpression);
    }

    [Fact]
    public void TypesFollowTimeML()
    {
        Find("They met on Friday.", "Friday", June8).Type.Should().Be(TimexType.Date);
        Find("The talks lasted four hours.", "four hours", June8).Type.Should().Be(TimexType.Duration);
        Find("The statement came at 10 a.m.", "10 a.m.", June8).Type.Should().Be(TimexType.Time);
        Find("The summit is held every year.", "every year", June8).Type.Should().Be(TimexType.Set);
        Find("Kim spoke this morning.", "this morning", June8).Type.Should().Be(TimexType.Time);
    }
}

/// <summary>FluentAssertions sees a <see cref="DateInterval"/> as a collection of days; compare its ends instead.</summary>
internal static class DateIntervalAssertions
{
    public static (LocalDate Start, LocalDate End)? Ends(this DateInterval? interval) => interval is null ? null : (interval.Start, interval.End);
}
