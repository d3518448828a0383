using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Export.Tests;

namespace Timeline.Export.Html.Tests.Browser;

/// <summary>
/// The seed page in a real browser: Debian's headless Chromium loads it without a console message, builds the DOM
/// the writer meant, and paints a screenshot that shows the chart in the lane colours. The screenshot is kept as
/// <c>seed-chromium.png</c> beside the test assembly to look at.
/// </summary>
public partial class ChromiumRenderTests
{
    private const int Width = 1280, Height = 1600;

    [ChromiumFact]
    public void The_seed_page_renders_to_a_screenshot_of_the_chart_in_its_colours()
    {
        var html = SeedPage.Page;
        var folder = Chromium.NewFolder();
        try
        {
            var shot = Path.Combine(folder, "seed.png");
            var run = Chromium.Run(html, folder, $"--window-size={Width},{Height}", "--screenshot=" + shot);

            run.ExitCode.Should().Be(0, run.Log);
            run.ConsoleMessages.Should().BeEmpty("the page loads without errors");
            File.Exists(shot).Should().BeTrue(run.Log);
            var bytes = File.ReadAllBytes(shot);
            File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "seed-chromium.png"), bytes);
            bytes.Length.Should().BeGreaterThan(20_000, "a page with a chart and text does not compress to almost nothing");

            var png = Png.Read(bytes);
            (png.Width, png.Height).Should().Be((Width, Height));
            var counts = png.Pixels.GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
            counts.Should().HaveCountGreaterThan(64, "text, lanes and marks give many colours, a blank page one");
            png.Pixels.Count(p => p != 0xFFFFFF).Should().BeGreaterThan(png.Pixels.Length / 20, "something covers the page");

            // Each lane's colour, from the page's own style sheet, is painted (its swatch and solid marks are 100+ pixels).
            var colours = TypeColour().Matches(html).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            var lanes = Samples.Timeline.Events.Where(e => e.Date is not null).Select(e => e.Type.ToString().ToLowerInvariant()).Distinct().ToList();
            lanes.Should().NotBeEmpty();
            foreach (var lane in lanes) counts.GetValueOrDefault(colours[lane]).Should().BeGreaterThan(50, $"the {lane} lane is drawn in {colours[lane]:x6}");
        }
        finally
        {
            Chromium.Delete(folder);
        }
    }

    [ChromiumFact]
    public void The_seed_page_loads_into_the_dom_the_writer_meant()
    {
        var folder = Chromium.NewFolder();
        try
        {
            var run = Chromium.Run(SeedPage.Page, folder, "--dump-dom");

            run.ExitCode.Should().Be(0, run.Log);
            run.ConsoleMessages.Should().BeEmpty("the page loads without errors");
            var dom = run.Output;
            dom.Should().Contain("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"");
            var dated = Samples.Timeline.Events.Where(e => e.Date is not null).ToList();
            var drawn = EventLink().Matches(dom).Select(m => m.Groups[1].Value).ToList();
            drawn.Should().BeEquivalentTo(dated.Select(e => e.Id), "the browser sees each dated event drawn once");
            dom.Should().Contain($"<h2>Undated: {Samples.Timeline.Events.Count(e => e.Date is null)}</h2>");
        }
        finally
        {
            Chromium.Delete(folder);
        }
    }

    [ChromiumFact]
    public void A_resource_from_outside_is_blocked_and_shows_as_a_console_error()
    {
        // The control for the two tests above: their console check sees errors, and the page's policy stops loads.
        var html = SeedPage.Page.Replace("<body>", "<body><img src=\"https://example.invalid/x.png\"/>", StringComparison.Ordinal);
        var folder = Chromium.NewFolder();
        try
        {
            var run = Chromium.Run(html, folder, "--dump-dom");

            run.ConsoleMessages.Should().ContainSingle().Which.Should().Contain("Content Security Policy").And.Contain("https://example.invalid/x.png");
        }
        finally
        {
            Chromium.Delete(folder);
        }
    }

    [GeneratedRegex(@"\.t-([a-z]+)\{--c:#([0-9a-f]{6})\}")]
    private static partial Regex TypeColour();

    [GeneratedRegex("<a class=\"event [^\"]*\" href=\"#[^\"]+\" data-event=\"([^\"]+)\">")]
    private static partial Regex EventLink();
}
