using System.Text;
using FsCheck.Xunit;
using Timeline.Events;

namespace Timeline.Properties.Tests;

/// <summary>
/// The event extractor on any text and reference date: it never throws or hangs, each mention's evidence is the sentence
/// its span points at, its trigger lies inside it, its dates lie in the calendar, and the same input gives the same mentions.
/// </summary>
[Properties(Arbitrary = [typeof(Generators)], MaxTest = 200)]
public sealed class ExtractorProperties
{
    /// <summary>A name's key is its lower case with hyphens and runs of spaces as one space (made in one pass over a buffer).</summary>
    [Property]
    public void NameKeysAreTheNamesWordsInLowerCase(AnyText text) =>
        Participant.NameKey(text.Value).Should().Be(string.Join(' ', text.Value.Replace('-', ' ').Replace('‐', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant());

    [Property]
    public void MentionsPointIntoTheirArticle(AnyText text, Reference reference)
    {
        var article = Engine.Bounded(() => Engine.Extractor.Extract(new Article("doc", text.Value, reference.Date)));
        article.Id.Should().Be("doc");
        article.Publication.Should().Be(Engine.Tagger.Tag(text.Value, reference.Date).Publication);
        foreach (var o in article.Observations)
        {
            o.Document.Should().Be("doc");
            o.Span.Start.Should().BeGreaterThanOrEqualTo(0);
            o.Span.End.Should().BeGreaterThan(o.Span.Start).And.BeLessThanOrEqualTo(text.Value.Length);
            o.Text.Should().Be(text.Value[o.Span.Start..o.Span.End]);
            o.Trigger.Start.Should().BeGreaterThanOrEqualTo(o.Span.Start);
            o.Trigger.End.Should().BeGreaterThan(o.Trigger.Start).And.BeLessThanOrEqualTo(o.Span.End);
            if (o.RelatedTo is { } to) to.End.Should().BeLessThanOrEqualTo(text.Value.Length);
            if (o.Timex is not null) o.Text.Should().Contain(o.Timex);
            (o.Date is null).Should().Be(o.DateSource == DateSource.None);
            if (o.Date is { } d)
            {
                d.Start.Should().BeLessThanOrEqualTo(d.End);
                d.Start.Year.Should().BeGreaterThanOrEqualTo(1);
                d.End.Year.Should().BeLessThanOrEqualTo(9999);
            }
            foreach (var p in o.Participants) p.Name.Should().NotBeNullOrWhiteSpace();
        }
    }

    [Property]
    public void TheSameInputGivesTheSameMentions(AnyText text, Reference reference)
    {
        var once = Engine.Bounded(() => Engine.Extractor.Extract(new Article("doc", text.Value, reference.Date)));
        var again = Engine.Bounded(() => English.English.CreateExtractor().Extract(new Article("doc", text.Value, reference.Date)));
        Describe(again).Should().Be(Describe(once));
    }

    /// <summary>Everything a mention holds, as text (its participant list compares by reference otherwise).</summary>
    internal static string Describe(ArticleEvents article)
    {
        var sb = new StringBuilder($"{article.Id} {article.Publication}\n");
        foreach (var o in article.Observations)
        {
            sb.Append(o with { Participants = [] }).Append(" [").AppendJoin("; ", o.Participants).Append("]\n");
        }
        return sb.ToString();
    }

}
