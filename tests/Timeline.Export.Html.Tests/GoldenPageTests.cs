using System.Runtime.CompilerServices;
using System.Text;

namespace Timeline.Export.Html.Tests;

/// <summary>
/// The pages of the seed articles and of a hand-made timeline, byte for byte. After a deliberate change to the page
/// (or, for the seed page, to what the engine extracts), regenerate with
/// <c>TIMELINE_UPDATE_GOLDEN=1 dotnet test tests/Timeline.Export.Html.Tests</c>, then open the files and review the diff.
/// </summary>
public class GoldenPageTests
{
    private const string UpdateVariable = "TIMELINE_UPDATE_GOLDEN";

    [Fact]
    public void The_seed_page_matches_its_golden_file() => Matches("seed.html", SeedPage.Bytes());

    [Fact]
    public void The_hand_made_page_matches_its_golden_file() =>
        Matches("small.html", Bytes(w => HtmlWriter.Write(w, HandMade.Small(), new HtmlOptions { Title = "A small timeline" })));

    private static void Matches(string name, byte[] actual)
    {
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1") File.WriteAllBytes(SourceGoldenPath(name), actual);

        // The copy beside the test assembly: CI builds map source paths (ContinuousIntegrationBuild), so the source folder is not known there.
        var golden = Path.Combine(AppContext.BaseDirectory, "Golden", name);
        File.Exists(golden).Should().BeTrue($"Golden/{name} must exist (create it with {UpdateVariable}=1)");
        Encoding.UTF8.GetString(actual).Should().Be(File.ReadAllText(golden, Encoding.UTF8),
            $"the page must match Golden/{name} byte for byte (after a deliberate change, rerun with {UpdateVariable}=1 and review the diff)");
        actual.Should().Equal(File.ReadAllBytes(golden));
    }

    internal static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    private static string SourceGoldenPath(string name, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Golden", name);
}
