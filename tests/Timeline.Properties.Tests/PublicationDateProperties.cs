using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Timeline.Temporal;

namespace Timeline.Properties.Tests;

/// <summary>
/// Publication date detection (tagging without a reference date): a date it finds is written near the top of the text and
/// resolves to that day there; a date on an "Updated:" first line is always found, whatever text follows.
/// </summary>
[Properties(Arbitrary = [typeof(Generators)], MaxTest = 300)]
public sealed class PublicationDateProperties
{
    [Property]
    public void ADetectedDateIsWrittenInTheArticlesHead(AnyText text)
    {
        var result = Engine.Bounded(() => Engine.Tagger.Tag(text.Value));
        var publication = result.Publication;
        if (publication.Source != PublicationDateSource.Dateline) return;

        publication.Date.Should().NotBeNull();
        publication.Date!.Value.Year.Should().BeInRange(1, 9999);
        publication.Span.Should().NotBeNull();
        var span = publication.Span!.Value;
        span.Start.Should().BeInRange(0, Math.Min(text.Value.Length, 1500), "the date stands in the head of the article");
        span.End.Should().BeLessThanOrEqualTo(text.Value.Length);
        var written = result.Expressions.Where(e => e.Span == span).ToList();
        written.Should().ContainSingle($"an expression stands where the date was found, {span}");
        written[0].Interval.Should().NotBeNull();
        written[0].Interval!.Start.Should().Be(publication.Date.Value, $"'{written[0].Text}' is the publication date");
    }

    /// <summary>Years the English rules read as years (four digits, 1000 to 2999).</summary>
    public static Arbitrary<LocalDate> WritableDates() =>
        Gen.Choose(1000, 2999).SelectMany(y => Gen.Choose(1, 12).SelectMany(m =>
            Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(y, m)).Select(d => new LocalDate(y, m, d)))).ToArbitrary();

    [Property(Arbitrary = [typeof(Generators), typeof(PublicationDateProperties)])]
    public void AnUpdatedLineAtTheTopGivesThePublicationDate(LocalDate date, AnyText body)
    {
        var header = "Updated: " + date.ToString("MMMM d, uuuu", CultureInfo.InvariantCulture);
        var result = Engine.Bounded(() => Engine.Tagger.Tag(header + "\n\n" + body.Value));
        result.Publication.Should().Be(new PublicationDate(date, PublicationDateSource.Dateline, new TextSpan(9, header.Length)));
    }
}
