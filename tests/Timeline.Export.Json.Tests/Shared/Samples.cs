using Timeline.Events;
using Timeline.Timelines;

namespace Timeline.Export.Tests;

/// <summary>The seed articles of <c>samples/</c> (copied beside the test assembly) and their timeline. Shared by the exporters' test projects (linked).</summary>
internal static class Samples
{
    private static readonly Lazy<(IReadOnlyDictionary<string, string> Texts, EventTimeline Timeline)> Seed = new(() =>
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.txt").Order(StringComparer.Ordinal).ToList();
        var texts = files.ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal);
        var extractor = English.English.CreateExtractor();
        var timeline = EventTimeline.From(texts.Select(t => extractor.Extract(new Article(t.Key, t.Value))));
        return (texts, timeline);
    });

    /// <summary>Each sample's text by document id.</summary>
    public static IReadOnlyDictionary<string, string> Texts => Seed.Value.Texts;

    /// <summary>The timeline of the five samples.</summary>
    public static EventTimeline Timeline => Seed.Value.Timeline;
}
