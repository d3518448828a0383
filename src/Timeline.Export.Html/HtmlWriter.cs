using System.Text;
using Timeline.Events;
using Timeline.Timelines;

namespace Timeline.Export.Html;

/// <summary>
/// Draws an <see cref="EventTimeline"/> as one self-contained HTML page: an inline SVG chart with a time axis and one
/// lane per event type (a dot for an event of one day, a bar for a week, month, quarter, year or range; planned events
/// hollow and dashed, uncertain ones pale; a legend), every event's sources on hover and in a list below the chart
/// that each mark links to, the undated events, and the documents. The page loads nothing: no script, font, image or
/// style from anywhere (its Content-Security-Policy forbids it), so it opens offline and can be mailed as one file.
/// The output is well-formed XML as well as HTML, and byte-for-byte deterministic: fixed order, invariant number
/// formatting, UTF-8 without a byte order mark, <c>\n</c> line ends.
/// </summary>
public static class HtmlWriter
{
    /// <summary>Writes the page of <paramref name="timeline"/> to <paramref name="output"/> as UTF-8.</summary>
    /// <param name="output">The stream to write to; it is flushed, not closed.</param>
    /// <param name="timeline">The timeline.</param>
    /// <param name="options">Title and chart width; <see cref="HtmlOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The options' width is out of range.</exception>
    public static void Write(Stream output, EventTimeline timeline, HtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = new UTF8Encoding(false).GetBytes(ToHtml(timeline, options));
        output.Write(bytes);
        output.Flush();
    }

    /// <summary>The page of <paramref name="timeline"/>.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="options">Title and chart width; <see cref="HtmlOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The options' width is out of range.</exception>
    public static string ToHtml(EventTimeline timeline, HtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        options ??= HtmlOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Width, HtmlOptions.MinWidth, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Width, HtmlOptions.MaxWidth, nameof(options));

        var eventAnchors = Anchors("ev-", timeline.Events.Select(e => e.Id));
        var documentAnchors = Anchors("doc-", timeline.Documents.Select(d => d.Id));
        var documentAnchorById = timeline.Documents.Select((d, i) => (d.Id, Anchor: documentAnchors[i]))
            .DistinctBy(d => d.Id).ToDictionary(d => d.Id, d => d.Anchor, StringComparer.Ordinal);
        var all = timeline.Events.Select((e, i) => (Event: e, Anchor: eventAnchors[i])).ToList();
        var dated = all.Where(a => a.Event.Date is not null).ToList();
        var undated = all.Where(a => a.Event.Date is null).ToList();

        var sb = new StringBuilder(64 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n")
          .Append("<meta name=\"generator\" content=\"Timeline\"/>\n")
          .Append("<title>").Text(options.Title).Append("</title>\n<style>\n").Append(PageStyle.Css(options.Width)).Append("</style>\n</head>\n<body>\n");

        sb.Append("<header>\n<h1>").Text(options.Title).Append("</h1>\n<p class=\"summary\">").Text(Summary(timeline, dated, undated)).Append("</p>\n</header>\n<main>\n");

        sb.Append("<section class=\"chart-section\" aria-label=\"Chart\">\n");
        if (dated.Count == 0)
        {
            sb.Append("<p class=\"empty\">No dated events to draw.</p>\n");
        }
        else
        {
            sb.Append("<div class=\"chart-box\">\n");
            SvgChart.Write(sb, ChartLayout.Create(dated, options.Width), ChartDescription(dated));
            sb.Append("</div>\n");
        }
        sb.Append("</section>\n");

        sb.Append("<section id=\"dated\">\n<h2>Dated events (").Num(dated.Count).Append(")</h2>\n");
        if (dated.Count == 0) sb.Append("<p class=\"empty\">None.</p>\n");
        else EventList.Write(sb, dated, documentAnchorById);
        sb.Append("</section>\n");

        sb.Append("<section id=\"undated\">\n<h2>Undated: ").Num(undated.Count).Append("</h2>\n");
        if (undated.Count == 0)
        {
            sb.Append("<p class=\"empty\">None.</p>\n");
        }
        else
        {
            sb.Append("<p class=\"note\">No date was found for these events, so they are not on the chart.</p>\n");
            EventList.Write(sb, undated, documentAnchorById);
        }
        sb.Append("</section>\n");

        sb.Append("<section id=\"documents\">\n<h2>Documents (").Num(timeline.Documents.Count).Append(")</h2>\n");
        if (timeline.Documents.Count == 0) sb.Append("<p class=\"empty\">None.</p>\n");
        else EventList.Documents(sb, timeline, documentAnchorById);
        sb.Append("</section>\n</main>\n");

        sb.Append("<footer>Made by Timeline. This page is self-contained: it runs no script and loads nothing.</footer>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static string Summary(EventTimeline timeline, List<(TimelineEvent Event, string Anchor)> dated, List<(TimelineEvent Event, string Anchor)> undated)
    {
        var sb = new StringBuilder();
        sb.Append(Markup.Count(timeline.Events.Count, "event")).Append(" from ").Append(Markup.Count(timeline.Documents.Count, "document")).Append(". ");
        if (dated.Count == 0) sb.Append("No event is dated");
        else sb.Num(dated.Count).Append(dated.Count == 1 ? " is" : " are").Append(" dated and drawn on the chart, ").Append(Range(dated));
        int planned = timeline.Events.Count(e => e.Status == EventStatus.Planned);
        sb.Append("; undated: ").Num(undated.Count).Append(". Planned: ").Num(planned).Append('.');
        return sb.ToString();
    }

    private static string ChartDescription(List<(TimelineEvent Event, string Anchor)> dated) =>
        "Timeline chart of " + Markup.Count(dated.Count, "dated event") + ", " + Range(dated) + ", in lanes by event type";

    private static string Range(List<(TimelineEvent Event, string Anchor)> dated)
    {
        var first = dated.Min(d => d.Event.Date!.Start);
        var last = dated.Max(d => d.Event.Date!.End);
        string a = EventText.Date(new EventDate(first, first, DatePrecision.Day)), b = EventText.Date(new EventDate(last, last, DatePrecision.Day));
        return a == b ? "on " + a : "from " + a + " to " + b;
    }

    // An id usable as a fragment: the prefix and the model's id when that is plain and unique, else "~" and the
    // position (a plain id has no "~", so the two kinds cannot collide).
    private static List<string> Anchors(string prefix, IEnumerable<string> ids)
    {
        var list = ids.ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicated = list.Where(id => !seen.Add(id)).ToHashSet(StringComparer.Ordinal);
        return list.Select((id, i) => id.Length > 0 && !duplicated.Contains(id) && id.All(IsPlain)
            ? prefix + id
            : prefix + "~" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
