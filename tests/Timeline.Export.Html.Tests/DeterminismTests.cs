using System.Globalization;
using System.Text;
using Timeline.Export.Tests;

namespace Timeline.Export.Html.Tests;

/// <summary>The same timeline gives the same bytes: every run, every thread, every culture.</summary>
public class DeterminismTests
{
    [Fact]
    public void Write_writes_the_utf8_of_ToHtml_without_a_byte_order_mark_and_leaves_the_stream_open()
    {
        var timeline = HandMade.Small();
        using var stream = new MemoryStream();
        HtmlWriter.Write(stream, timeline);

        stream.CanWrite.Should().BeTrue();
        var bytes = stream.ToArray();
        bytes.Should().Equal(new UTF8Encoding(false).GetBytes(HtmlWriter.ToHtml(timeline)));
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes).Should().NotContain("\r");
    }

    [Fact]
    public void The_page_is_the_same_on_every_thread_and_in_any_culture()
    {
        var expected = HtmlWriter.ToHtml(HandMade.Small());
        var pages = Enumerable.Range(0, 8).AsParallel().Select(_ => HtmlWriter.ToHtml(HandMade.Small())).ToList();
        pages.Should().AllBe(expected);

        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NegativeSign = "~";
        culture.NumberFormat.NativeDigits = ["٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"];
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            (1.5).ToString(CultureInfo.CurrentCulture).Should().Be("1,5", "the culture is in effect");
            HtmlWriter.ToHtml(HandMade.Small()).Should().Be(expected);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Fact]
    public void The_seed_page_is_the_same_from_a_timeline_rebuilt_from_its_mentions_in_another_order()
    {
        var timeline = Samples.Timeline;
        var rebuilt = Timelines.EventTimeline.Build(timeline.Documents.Reverse(), timeline.Observations.Reverse());

        HtmlWriter.ToHtml(rebuilt, SeedPage.Options).Should().Be(SeedPage.Page);
    }
}
