using FsCheck.Xunit;
using Timeline.Export.Json;
using Timeline.Timelines;

namespace Timeline.Properties.Tests;

/// <summary>
/// The JSON of any generated timeline reads back to the same timeline: writing what was read gives the same bytes, in
/// both layouts, and the same mentions (lone surrogates excepted: JSON carries them as U+FFFD).
/// </summary>
[Properties(Arbitrary = [typeof(Generators)], MaxTest = 100)]
public sealed class JsonRoundTripProperties
{
    [Property]
    public void ExportImportExportIsByteIdentical(Corpus corpus, bool indented)
    {
        var timeline = EventTimeline.From(TimelineProperties.Read(corpus));
        var exported = TimelineJsonWriter.ToUtf8Bytes(timeline, indented);

        var imported = TimelineJsonReader.Read(exported);

        imported.Error.Should().BeNull();
        TimelineJsonWriter.ToUtf8Bytes(imported.Timeline!, indented).Should().Equal(exported);
    }

    [Fact]
    public void ALoneSurrogateIsWrittenAsTheReplacementCharacter()
    {
        var article = Engine.Extractor.Extract(new Events.Article("doc\uD800", "Kim met Putin in Vladivostok \uDC00 on June 8, 2019.", null));
        var exported = TimelineJsonWriter.ToUtf8Bytes(EventTimeline.From([article]), indented: false);
        var json = System.Text.Encoding.UTF8.GetString(exported);

        json.Should().Contain("\"id\":\"doc\uFFFD\"").And.Contain("Vladivostok \uFFFD on June 8, 2019.").And.NotContain("\\u");
        TimelineJsonWriter.ToUtf8Bytes(TimelineJsonReader.Read(exported).GetValueOrThrow(), indented: false).Should().Equal(exported);
    }

    [Property]
    public void ImportGivesBackEveryMention(Corpus corpus)
    {
        var timeline = EventTimeline.From(TimelineProperties.Read(corpus));
        if (timeline.Observations.Any(o => o.Text.Any(char.IsSurrogate) || o.Participants.Any(p => p.Name.Any(char.IsSurrogate)))) return;

        var imported = TimelineJsonReader.Read(TimelineJsonWriter.ToUtf8Bytes(timeline)).Timeline!;

        imported.Documents.Should().Equal(timeline.Documents);
        imported.Observations.Should().BeEquivalentTo(timeline.Observations, o => o.WithStrictOrdering());
    }
}
