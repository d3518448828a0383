using FsCheck.Xunit;
using NodaTime;
using Timeline.Temporal;

namespace Timeline.Properties.Tests;

/// <summary>
/// The temporal tagger on any text and any reference date (years 1 to 9999, or none): it never throws or hangs, every
/// span lies in the text and holds the expression's text, every interval lies in the calendar with start ≤ end, and
/// the same input gives the same output.
/// </summary>
[Properties(Arbitrary = [typeof(Generators)], MaxTest = 300)]
public sealed class TaggerProperties
{
    private static readonly LocalDate First = new(1, 1, 1);
    private static readonly LocalDate Last = new(9999, 12, 31);

    [Property]
    public void SpansLieInTheTextInOrderAndHoldTheExpression(AnyText text, Reference reference)
    {
        var result = Engine.Bounded(() => Engine.Tagger.Tag(text.Value, reference.Date));
        int previousEnd = 0;
        foreach (var e in result.Expressions)
        {
            e.Span.Start.Should().BeGreaterThanOrEqualTo(previousEnd, "expressions are in text order and do not overlap");
            e.Span.End.Should().BeGreaterThan(e.Span.Start).And.BeLessThanOrEqualTo(text.Value.Length);
            text.Value[e.Span.Start..e.Span.End].Should().Be(e.Text);
            previousEnd = e.Span.End;
        }
        foreach (var d in result.Diagnostics)
        {
            d.Span.Start.Should().BeGreaterThanOrEqualTo(0);
            d.Span.End.Should().BeGreaterThanOrEqualTo(d.Span.Start).And.BeLessThanOrEqualTo(text.Value.Length);
            d.Message.Should().NotBeNullOrWhiteSpace();
        }
    }

    [Property]
    public void ResolvedDaysLieInTheCalendarAndUnresolvedValuesHaveNone(AnyText text, Reference reference)
    {
        var result = Engine.Bounded(() => Engine.Tagger.Tag(text.Value, reference.Date));
        foreach (var e in result.Expressions)
        {
            foreach (var interval in new[] { e.Interval, e.Range, e.Commemorates })
            {
                if (interval is null) continue;
                interval.Start.Should().BeLessThanOrEqualTo(interval.End, e.Text);
                interval.Start.Should().BeGreaterThanOrEqualTo(First, e.Text);
                interval.End.Should().BeLessThanOrEqualTo(Last, e.Text);
            }
            if (e.Anchoring == Anchoring.Unresolved)
            {
                e.Interval.Should().BeNull($"'{e.Text}' ({e.Value}) is unresolved");
            }
            else if (e.Type is TimexType.Date or TimexType.Time)
            {
                e.Value.Should().NotContain("X", $"'{e.Text}' is resolved");
                e.Interval.Should().NotBeNull($"'{e.Text}' ({e.Value}) is resolved");
            }
            if (reference.Date is null && result.Publication.Date is null)
                e.Anchoring.Should().NotBe(Anchoring.PublicationDate, $"'{e.Text}' has no publication date to be anchored to");
        }
    }

    [Property]
    public void TheSameInputGivesTheSameResult(AnyText text, Reference reference)
    {
        var once = Engine.Bounded(() => Engine.Tagger.Tag(text.Value, reference.Date));
        var again = Engine.Bounded(() => English.English.CreateTagger().Tag(text.Value, reference.Date));
        again.Expressions.Should().Equal(once.Expressions);
        again.Diagnostics.Should().Equal(once.Diagnostics);
        again.Publication.Should().Be(once.Publication);
    }

    [Property]
    public void ACallersReferenceDateIsThePublicationDate(AnyText text, Reference reference)
    {
        var publication = Engine.Bounded(() => Engine.Tagger.Tag(text.Value, reference.Date)).Publication;
        if (reference.Date is { } given)
        {
            publication.Should().Be(new PublicationDate(given, PublicationDateSource.Caller));
        }
        else
        {
            publication.Source.Should().NotBe(PublicationDateSource.Caller);
            (publication.Date is null).Should().Be(publication.Source == PublicationDateSource.None);
        }
    }
}
