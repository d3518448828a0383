using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Timeline.Events;
using Timeline.Timelines;

namespace Timeline.Export.TimelineJs.Format;

/// <summary>Builds TimelineJS slides from a timeline: one slide per dated event, and a title slide.</summary>
internal static class Slides
{
    private static readonly LocalDatePattern Day = LocalDatePattern.Iso;

    public static SlideDto Title(EventTimeline timeline, IReadOnlyList<TimelineEvent> dated, int undated, TimelineJsOptions options)
    {
        var text = new StringBuilder();
        text.Append("<p>").Append(Count(dated.Count, "event")).Append(" from ").Append(Count(timeline.Documents.Count, "article"));
        if (dated.Count > 0)
        {
            var first = dated.Min(e => e.Date!.Start);
            var last = dated.Max(e => e.Date!.End);
            text.Append(", ").Append(Day.Format(first)).Append(" to ").Append(Day.Format(last));
        }
        text.Append(".</p>");
        if (undated > 0) text.Append("<p>").Append(Count(undated, "undated event")).Append(" not shown.</p>");
        return new SlideDto(null, null, new TextDto(Html.Escape(options.Title), text.ToString()), null, null);
    }

    public static SlideDto Event(TimelineEvent e, TimelineJsOptions options)
    {
        var date = e.Date ?? throw new ArgumentException("an undated event has no slide", nameof(e));
        var start = Truncate(date.Start, date.Precision);
        var end = Truncate(date.End, date.Precision);
        return new SlideDto(start, end == start ? null : end, new TextDto(Headline(e), Body(e, options)), e.Type.ToString(), e.Id);
    }

    // TimelineJS shows a date to the parts given: a year, a month of a year, or a day.
    internal static DateDto Truncate(LocalDate day, DatePrecision precision) => precision switch
    {
        DatePrecision.Day or DatePrecision.Week => new DateDto(day.Year, day.Month, day.Day),
        DatePrecision.Month or DatePrecision.Quarter => new DateDto(day.Year, day.Month, null),
        _ => new DateDto(day.Year, null, null),
    };

    private static string Headline(TimelineEvent e) => Html.Escape(e.Status switch
    {
        EventStatus.Planned => $"{e.Title} (planned)",
        EventStatus.Uncertain => $"{e.Title} (unconfirmed)",
        _ => e.Title,
    });

    private static string Body(TimelineEvent e, TimelineJsOptions options)
    {
        var html = new StringBuilder();
        if (e.Status == EventStatus.Planned) html.Append("<p><strong>Planned</strong>: announced or expected, not yet reported as held.</p>");
        if (e.Status == EventStatus.Uncertain) html.Append("<p><strong>Unconfirmed</strong>: reported, speculated or denied.</p>");
        if (e.Participants.Count > 0)
        {
            html.Append("<p><strong>Who</strong>: ");
            html.AppendJoin(", ", e.Participants.Select(p => Html.Escape(p.Role is null ? p.Name : $"{p.Name} ({p.Role})")));
            html.Append("</p>");
        }
        if (e.Location is not null) html.Append("<p><strong>Where</strong>: ").Append(Html.Escape(e.Location)).Append("</p>");
        if (e.ConflictingDates.Count > 0)
            html.Append("<p><strong>Also reported</strong>: ").AppendJoin(", ", e.ConflictingDates.Select(d => d.ToString())).Append("</p>");

        var quotes = e.Mentions.DistinctBy(m => m.Text, StringComparer.Ordinal).ToList();
        foreach (var m in quotes.Take(Math.Max(0, options.MaxQuotes)))
            html.Append("<blockquote>").Append(Html.Escape(m.Text)).Append("<br><small>").Append(Html.Escape(m.Document)).Append("</small></blockquote>");
        int rest = quotes.Count - Math.Max(0, options.MaxQuotes);
        if (rest > 0) html.Append("<p>").Append(Count(rest, "more report")).Append(".</p>");
        return html.ToString();
    }

    private static string Count(int n, string noun) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}
