using Timeline.Events;
using Timeline.Timelines;

namespace Timeline.Export.Html.Tests;

/// <summary>The seed articles of <c>samples/</c> (copied beside the test assembly) and their timeline.</summary>
internal static class Samples
{
    private static readonly Lazy<EventTimeline> Seed = new(() =>
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.txt").Order(StringComparer.Ordinal);
        var extractor = English.English.CreateExtractor();
        return EventTimeline.From(files.Select(f => extractor.Extract(new Article(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)))));
    });

    /// <summary>The timeline of the five samples.</summary>
    public static EventTimeline Timeline => Seed.Value;

    /// <summary>The options of the seed page.</summary>
    public static HtmlOptions Options { get; } = new() { Title = "Seed articles" };

    /// <summary>The page of the seed timeline, as the golden file holds it.</summary>
    public static string Page => HtmlWriter.ToHtml(Timeline, Options);

    /// <summary>The bytes <see cref="HtmlWriter.Write"/> writes for the seed page.</summary>
    public static byte[] PageBytes() => GoldenPageTests.Bytes(s => HtmlWriter.Write(s, Timeline, Options));
}
