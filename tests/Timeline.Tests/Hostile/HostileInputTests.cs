using NodaTime;
using Timeline.Events;
using Timeline.Temporal;
using Timeline.Timelines;
using static Timeline.Tests.Hostile.HostileText;

namespace Timeline.Tests.Hostile;

/// <summary>
/// Each row of the table in docs/hostile-input.md: an input that is not news, or news pushed to an extreme, and the
/// outcome it has (no event; or an unresolved value with a diagnostic; or what exactly is read). No timing is asserted.
/// </summary>
public sealed class HostileInputTests
{
    // ---- Nothing to read -----------------------------------------------------------------------------------------

    [Fact]
    public void EmptyTextHasNoExpressionNoDiagnosticAndNoEvent()
    {
        foreach (var reference in new LocalDate?[] { null, Published })
        {
            var result = Tag("", reference);
            result.Expressions.Should().BeEmpty();
            result.Diagnostics.Should().BeEmpty();
            result.Publication.Should().Be(reference is null ? PublicationDate.None : new PublicationDate(Published, PublicationDateSource.Caller));
            Extract("", reference).Observations.Should().BeEmpty();
        }
    }

    [Fact]
    public void WhitespaceOnlyIsLikeEmptyText()
    {
        const string text = " \t\r\n\n \u00A0\u2003\u3000\n\n\t ";
        var result = Tag(text);
        result.Expressions.Should().BeEmpty();
        result.Diagnostics.Should().BeEmpty();
        result.Publication.Should().Be(PublicationDate.None);
        Extract(text, Published).Observations.Should().BeEmpty();
    }

    [Fact]
    public void NullTextIsTheOnlyInputThatThrows()
    {
        var tag = () => Tagger.Tag(null!);
        tag.Should().Throw<ArgumentNullException>();
        var extract = () => Extractor.Extract(new Article("hostile", null!));
        extract.Should().Throw<ArgumentNullException>();
    }

    // ---- Bytes that are not text -----------------------------------------------------------------------------------

    [Fact]
    public void BinaryDataGivesNoExpressionAndNoEvent()
    {
        var text = DecodeAsTheCliDoes(RandomBytes(4096, 88172645463325252UL));
        text.Should().Contain("\uFFFD", "most random bytes are not UTF-8");

        var result = Tag(text);
        result.Expressions.Should().BeEmpty(Describe(result));
        result.Diagnostics.Should().BeEmpty();
        result.Publication.Should().Be(PublicationDate.None);
        Extract(text, Published).Observations.Should().BeEmpty("runs of replacement and control characters are not sentences that report something");
    }

    [Fact]
    public void InvalidUtf8BecomesReplacementCharactersAndTheTextAroundThemIsRead()
    {
        byte[] bytes = [.. "Kim met Putin "u8, 0xC3, 0x28, .. " in Vladivostok "u8, 0xED, 0xA0, 0x80, .. "on June 8, 2019."u8, 0xC0, 0xAF, 0x80, 0xF8, 0x88, 0x80, 0x80, 0x80];
        var text = DecodeAsTheCliDoes(bytes);
        text.Should().StartWith("Kim met Putin \uFFFD(").And.Contain(" Vladivostok \uFFFD\uFFFD\uFFFDon ").And.EndWith("2019." + new string('\uFFFD', 8),
            "each byte of an invalid sequence that cannot start a valid one is a U+FFFD");

        var result = Tag(text);
        var date = result.Expressions.Should().ContainSingle(Describe(result)).Subject;
        date.Text.Should().Be("June 8, 2019");
        text[date.Span.Start..date.Span.End].Should().Be("June 8, 2019", "spans index the decoded text");
        date.Value.Should().Be("2019-06-08");
        result.Publication.Date.Should().Be(new LocalDate(2019, 6, 8), "a full date at the top is the article's own date");
        var meeting = Extract(text).Observations.Should().ContainSingle().Subject;
        meeting.Type.Should().Be(EventType.Meeting);
        meeting.Location.Should().Be("Vladivostok");
        meeting.Date!.Start.Should().Be(new LocalDate(2019, 6, 8));
    }

    [Fact]
    public void ControlCharactersBetweenWordsChangeNothing()
    {
        const string clean = "Kim met Putin in Vladivostok on June 8, 2019.";
        const string text = "Kim\u0001 met Putin in Vladivostok on June 8, 2019.\u0007\u001b[0m\u0000";

        var result = Tag(text, Published);
        result.Expressions.Select(e => (e.Text, e.Value)).Should().Equal(Tag(clean, Published).Expressions.Select(e => (e.Text, e.Value)));
        result.Diagnostics.Should().BeEmpty();
        Extract(text, Published).Observations.Select(o => (o.Type, o.Date)).Should().Equal(Extract(clean, Published).Observations.Select(o => (o.Type, o.Date)));
    }

    [Fact]
    public void AControlCharacterInsideADateSplitsIt()
    {
        var result = Tag("Kim met Putin in Vladivostok on June\u00008, 2019.", Published);
        result.Expressions.Select(e => (e.Text, e.Value)).Should().Equal([("2019", "2019")], "a control character is a symbol, not a space: 'June' and '8' do not touch");
    }

    [Fact]
    public void HtmlIsReadAsTextWithItsMarkup()
    {
        const string html = "<html><body><p class=\"dateline\">Updated: <time datetime=\"2019-06-08\">June 8, 2019</time></p>"
                            + "<p>Kim Jong-un met Vladimir Putin in Vladivostok on <b>Friday</b>.</p></body></html>";
        var result = Tag(html);
        result.Expressions.Select(e => (e.Text, e.Value)).Should().Equal(
            [("2019-06-08", "2019-06-08"), ("June 8, 2019", "2019-06-08"), ("Friday", "2019-06-07")], "dates in attributes are read like dates in text");
        result.Publication.Date.Should().Be(new LocalDate(2019, 6, 8));

        var meeting = Extract(html).Observations.Should().ContainSingle().Subject;
        meeting.Type.Should().Be(EventType.Meeting);
        meeting.Date.Should().Be(new EventDate(new LocalDate(2019, 6, 7), new LocalDate(2019, 6, 7), DatePrecision.Day));
        meeting.Participants.Select(p => p.Name).Should().Equal("Kim Jong-un", "Vladimir Putin");
        meeting.Location.Should().Be("Vladivostok");
    }

    // ---- Other languages -----------------------------------------------------------------------------------------

    [Fact]
    public void KoreanTextHasNoExpressionAndNoEvent()
    {
        const string text = "김정은 국무위원장은 2019년 4월 25일 블라디보스토크에서 푸틴 대통령과 정상회담을 가졌다.";
        Tag(text, Published).Expressions.Should().BeEmpty("digits glued to Hangul ('2019년') are not a free number");
        Extract(text, Published).Observations.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Ким Чен Ын встретился с Путиным 25 апреля 2019 года во Владивостоке.")]
    [InlineData("التقى كيم جونغ أون مع بوتين في 25 أبريل 2019 في فلاديفوستوك.")]
    public void RussianAndArabicTextGiveTheYearAloneAndNoEvent(string text)
    {
        var result = Tag(text, Published);
        result.Expressions.Select(e => (e.Text, e.Value, e.Anchoring)).Should().Equal([("2019", "2019", Anchoring.Self)], "a four-digit year reads in any script");
        result.Diagnostics.Should().BeEmpty();
        Extract(text, Published).Observations.Should().BeEmpty("no word of the sentence is English");
    }

    // ---- Dates that do not exist -----------------------------------------------------------------------------------

    [Theory]
    [InlineData("The summit took place on February 30, 2023.", "February 30, 2023", "2023-02-XX")]
    [InlineData("The summit took place on 31/02/2019.", "31/02/2019", "2019-02-XX")]
    [InlineData("The summit took place on 2019-02-30.", "2019-02-30", "2019-02-XX")]
    public void AnImpossibleDayIsUnresolvedWithADiagnosticAndDatesNoEvent(string text, string written, string value)
    {
        foreach (var reference in new LocalDate?[] { null, Published })
        {
            var result = Tag(text, reference);
            var e = result.Expressions.Should().ContainSingle(Describe(result)).Subject;
            (e.Text, e.Value, e.Anchoring, e.Interval).Should().Be((written, value, Anchoring.Unresolved, (DateInterval?)null));
            result.Diagnostics.Should().Equal(new Diagnostic(e.Span, $"'{written}' is not a valid date."));

            var summit = Extract(text, reference).Observations.Should().ContainSingle().Subject;
            summit.Type.Should().Be(EventType.Summit);
            summit.Date.Should().BeNull("the sentence names a day that does not exist, not the publication day");
        }
    }

    [Fact]
    public void YearZeroIsNotAYear()
    {
        var result = Tag("The treaty was signed in the year 0, on January 1, 0, or on 0000-01-01.", Published);
        result.Expressions.Select(e => (e.Text, e.Value)).Should().Equal([("January 1", "2023-01-01")],
            "years are 1000 to 2999 in the English rules: ', 0' is not one, so 'January 1' stands alone");
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void YearTenThousandIsNotAYear()
    {
        var result = Tag("The treaty expires in the year 10000, on January 1, 10000, or on 10000-01-01.", Published);
        result.Expressions.Select(e => (e.Text, e.Value)).Should().Equal([("January 1", "2024-01-01")],
            "', 10000' reads as a count ('On January 1, 10000 people marched'); 'January 1' of a future-tense sentence is the next one");
        result.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, 6, 1)]
    [InlineData(-9998, 1, 1)]
    public void AReferenceDateOutsideTheYears1To9999IsNotUsed(int year, int month, int day)
    {
        var reference = new LocalDate(year, month, day);
        var result = Tag("Kim met Putin on Friday.", reference);
        result.Publication.Should().Be(PublicationDate.None);
        result.Expressions.Select(e => (e.Text, e.Value, e.Anchoring)).Should().Equal([("Friday", "XXXX-WXX-5", Anchoring.Unresolved)]);
        result.Diagnostics.Should().Equal(new Diagnostic(new TextSpan(0, 0),
            $"The reference date {reference.ToString("uuuu-MM-dd", null)} is outside the years 1 to 9999; it is not used."));
        Extract("Kim met Putin on Friday.", reference).Observations.Should().ContainSingle().Which.Date.Should().BeNull();
    }

    [Fact]
    public void AtTheEndOfTheCalendarWhatLiesBeyondIsUnresolvedWithADiagnostic()
    {
        var last = new LocalDate(9999, 12, 31);
        var result = Tag("Kim met Putin on Friday and they will meet again next week, in the fourth quarter and next winter.", last);
        result.Expressions.Select(e => (e.Text, e.Value, e.Anchoring)).Should().Equal(
            ("Friday", "9999-12-31", Anchoring.PublicationDate),
            ("next week", "XXXX-WXX", Anchoring.Unresolved),
            ("the fourth quarter", "9999-Q4", Anchoring.PublicationDate),
            ("next winter", "XXXX-WI", Anchoring.Unresolved));
        var quarter = result.Expressions[2].Interval!;
        (quarter.Start, quarter.End).Should().Be((new LocalDate(9999, 10, 1), last));
        result.Diagnostics.Select(d => d.Message).Should().Equal(
            "'next week' falls outside the years 1 to 9999.", "'next winter' falls outside the years 1 to 9999.");
    }

    [Fact]
    public void AnEventOnTheEveOfOneOnTheFirstDayOfTheCalendarIsUndated()
    {
        var timeline = EventTimeline.From([Extract(
            "North Korean leader Kim Jong-un held a summit with Russian President Vladimir Putin on Monday. "
            + "North Korea launched two missiles on the eve of the summit.", new LocalDate(1, 1, 1))]);
        timeline.Events.Should().Contain(e => e.Type == EventType.Summit && e.Date != null && e.Date.Start == new LocalDate(1, 1, 1));
        timeline.Events.Should().ContainSingle(e => e.Type == EventType.Launch).Which.Date.Should().BeNull("the day before 0001-01-01 does not exist");
    }

    // ---- Absurd numbers -----------------------------------------------------------------------------------------

    [Fact]
    public void ElevenDigitYearsAgoIsAnUnspecifiedPast()
    {
        var result = Tag("It happened 99999999999 years ago.", Published);
        result.Expressions.Select(e => (e.Text, e.Value, e.Anchoring)).Should().Equal([("years ago", "PAST_REF", Anchoring.Unresolved)],
            "a number of more than nine digits is no amount; 'years ago' alone is some years ago");
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void NineDigitYearsAgoIsUnresolvedWithADiagnostic()
    {
        var result = Tag("It happened 999999999 years ago.", Published);
        var e = result.Expressions.Should().ContainSingle().Subject;
        (e.Text, e.Value, e.Anchoring).Should().Be(("999999999 years ago", "PAST_REF", Anchoring.Unresolved));
        result.Diagnostics.Should().Equal(new Diagnostic(e.Span, "'999999999 years ago' falls outside the years 1 to 9999."));

        var undated = Tag("It happened 999999999 years ago.");
        undated.Expressions.Select(x => x.Value).Should().Equal("XXXX");
        undated.Diagnostics.Should().BeEmpty("without a publication date nothing says where the count would land");
    }

    [Theory]
    [InlineData("They met again 10^20 days later.")]
    [InlineData("They met again 100000000000000000000 days later.")]
    public void PowersAndTwentyDigitCountsAreNoAmount(string text)
    {
        Tag(text, Published).Expressions.Should().BeEmpty("'20' after '^' is part of the power, and twenty digits are no amount");
        Extract(text, Published).Observations.Should().ContainSingle().Which.DateSource.Should().Be(DateSource.Publication);
    }

    // ---- Big inputs (see the doc for how long they take) ----------------------------------------------------------

    [Theory]
    [InlineData('7')]
    [InlineData(' ')]
    public void HundredKilobytesOfOneCharacterGiveNothing(char c)
    {
        var text = new string(c, 100_000);
        foreach (var reference in new LocalDate?[] { null, Published })
        {
            var result = Tag(text, reference);
            result.Expressions.Should().BeEmpty();
            result.Diagnostics.Should().BeEmpty();
            Extract(text, reference).Observations.Should().BeEmpty();
        }
    }

    [Fact]
    public void HundredKilobytesOfTheTheTheGiveNothing()
    {
        var (text, _) = Repeat("the ", 100_000);
        Tag(text).Expressions.Should().BeEmpty();
        Extract(text).Observations.Should().BeEmpty("no full stop, no verb: a fragment");
        Extract(text, Published).Observations.Should().BeEmpty();
    }

    [Fact]
    public void TwoHundredKilobytesOfDigitsAndPunctuationGiveNothing()
    {
        var text = RandomText(200_000, "0123456789.,:/-", 2463534242UL);
        var result = Tag(text, Published);
        result.Expressions.Should().BeEmpty("numbers glued to punctuation on both sides are parts of codes, not dates: " + Describe(result));
        result.Diagnostics.Should().BeEmpty();
        Extract(text, Published).Observations.Should().BeEmpty();
    }

    [Fact]
    public void AThreeMegabyteSingleLineArticleIsReadLikeEachOfItsCopies()
    {
        var unit = SamplesOnOneLine();
        var (text, copies) = Repeat(unit, 3_000_000);
        text.Should().NotContain("\n");
        copies.Should().BeGreaterThan(150);

        var once = Tag(unit, Published);
        var all = Tag(text, Published);
        all.Expressions.Should().HaveCount(copies * once.Expressions.Count);
        all.Expressions.Take(once.Expressions.Count).Select(e => (e.Span, e.Value)).Should().Equal(once.Expressions.Select(e => (e.Span, e.Value)));
        all.Diagnostics.Should().BeEmpty();
        var events = Extract(text, Published);
        events.Observations.Should().HaveCount(copies * Extract(unit, Published).Observations.Count);
        events.Observations.Should().OnlyContain(o => o.Span.Length <= unit.Length, "sentences stay sentences on a single line");
    }

    [Fact]
    public void AOneLineArticleThatTrailsOffStillReportsItsEvents()
    {
        var unit = SamplesOnOneLine();
        var cut = unit.LastIndexOf(" the ", unit.Length / 2, StringComparison.Ordinal);
        var text = unit[..cut] + " the ...";
        Extract(text, Published).Observations.Should().NotBeEmpty("a line of thousands of words that ends in '...' is not a teaser");
        Extract("North Korean leader Kim Jong-un held a summit with Russian President Vladimir Putin to discuss the ...", Published)
            .Observations.Should().BeEmpty("a short line that trails off is a teaser");
    }

    // ---- Odd characters and layout -----------------------------------------------------------------------------------

    [Fact]
    public void LoneSurrogatesAreSymbolsAndSpansStillIndexTheText()
    {
        const string text = "Kim met Putin \uD800 in Vladivostok on \uDC00 June 8, 2019 \uD83D\uDE00.";
        var result = Tag(text);
        var e = result.Expressions.Should().ContainSingle().Subject;
        text[e.Span.Start..e.Span.End].Should().Be("June 8, 2019");
        e.Value.Should().Be("2019-06-08");
        Extract(text).Observations.Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Fact]
    public void ADateAndATimeInDifferentParagraphsStayApart()
    {
        var result = Tag("Updated: October 22, 2019\n\n13:53 Kim met Putin in Vladivostok.");
        result.Expressions.Select(e => (e.Text, e.Value)).Should().Equal(("October 22, 2019", "2019-10-22"), ("13:53", "2019-10-22T13:53"));
        result.Publication.Should().Be(new PublicationDate(new LocalDate(2019, 10, 22), PublicationDateSource.Dateline, new TextSpan(9, 25)));
    }
}
