using Timeline.Export.Tests;

namespace Timeline.Export.Html.Tests;

/// <summary>The page of the seed timeline (<see cref="Samples.Timeline"/>, shared with the other exporters' tests).</summary>
internal static class SeedPage
{
    /// <summary>The options of the seed page.</summary>
    public static HtmlOptions Options { get; } = new() { Title = "Seed articles" };

    /// <summary>The page of the seed timeline, as the golden file holds it.</summary>
    public static string Page => HtmlWriter.ToHtml(Samples.Timeline, Options);

    /// <summary>The bytes <see cref="HtmlWriter.Write"/> writes for the seed page.</summary>
    public static byte[] Bytes() => GoldenPageTests.Bytes(s => HtmlWriter.Write(s, Samples.Timeline, Options));
}
