using System.Text;
using Timeline.Events;
using Timeline.Timelines;

namespace Timeline.Export.Html;

/// <summary>
/// Writes the lists below the chart: one entry per event (date, title, type, status, place, participants, how it was
/// dated, dates that disagree, and each source: document id, sentence with its trigger word marked, and the date the
/// sentence gives with the words that give it), and the documents.
/// </summary>
internal static class EventList
{
    /// <summary>Appends an ordered list of <paramref name="events"/>, each entry with its anchor id.</summary>
    public static void Write(StringBuilder sb, IEnumerable<(TimelineEvent Event, string Anchor)> events, IReadOnlyDictionary<string, string> documentAnchors)
    {
        sb.Append("<ol class=\"events\">\n");
        foreach (var (e, anchor) in events) Entry(sb, e, anchor, documentAnchors);
        sb.Append("</ol>\n");
    }

    private static void Entry(StringBuilder sb, TimelineEvent e, string anchor, IReadOnlyDictionary<string, string> documentAnchors)
    {
        string type = EventText.Name(e.Type), status = EventText.Name(e.Status);
        sb.Append("<li id=\"").Text(anchor).Append("\" class=\"event t-").Append(type).Append(" s-").Append(status)
          .Append("\" data-event=\"").Text(e.Id).Append("\">\n");
        sb.Append("<div class=\"head\"><span class=\"swatch\"></span><span class=\"date").Append(e.Date is null ? " none" : "").Append("\">")
          .Text(EventText.Date(e.Date)).Append("</span>")
          .Append("<span class=\"title\">").Text(e.Title).Append("</span>")
          .Append("<span class=\"tag type\">").Append(type).Append("</span>")
          .Append("<span class=\"tag status\">").Append(status).Append("</span></div>\n");

        var facts = new List<(string Name, string Value)>();
        if (!string.IsNullOrWhiteSpace(e.Location)) facts.Add(("Place", e.Location));
        if (e.Participants.Count > 0) facts.Add(("Participants", string.Join(", ", e.Participants.Select(EventText.Participant))));
        if (e.Date is not null) facts.Add(("Dated from", EventText.Name(e.DateSource)));
        if (e.ConflictingDates.Count > 0) facts.Add(("Also reported", string.Join(", ", e.ConflictingDates.Select(EventText.Date))));
        if (facts.Count > 0)
        {
            sb.Append("<p class=\"facts\">");
            for (int i = 0; i < facts.Count; i++)
            {
                if (i > 0) sb.Append(" · ");
                sb.Append(facts[i].Name).Append(": ").Text(facts[i].Value);
            }
            sb.Append("</p>\n");
        }

        sb.Append("<ol class=\"sources\">\n");
        foreach (var m in e.Mentions)
        {
            sb.Append("<li>");
            if (documentAnchors.TryGetValue(m.Document, out var docAnchor))
            {
                sb.Append("<a class=\"doc\" href=\"#").Text(docAnchor).Append("\">").Text(m.Document).Append("</a>");
            }
            else
            {
                sb.Append("<span class=\"doc\">").Text(m.Document).Append("</span>");
            }
            sb.Append(" <q>");
            Sentence(sb, m);
            sb.Append("</q>");
            if (m.Date is not null)
            {
                sb.Append(" <span class=\"when\">(");
                if (!string.IsNullOrWhiteSpace(m.Timex)) sb.Append('“').Text(m.Timex).Append("” = ").Text(EventText.Date(m.Date));
                else sb.Text(EventText.Date(m.Date)).Append(" by ").Append(EventText.Name(m.DateSource));
                sb.Append(")</span>");
            }
            sb.Append("</li>\n");
        }
        sb.Append("</ol>\n</li>\n");
    }

    // The evidence sentence with its trigger word in <mark>, when the spans say where it is.
    private static void Sentence(StringBuilder sb, Observation m)
    {
        int start = m.Trigger.Start - m.Span.Start, end = m.Trigger.End - m.Span.Start;
        bool marked = m.Span.Length == m.Text.Length && start >= 0 && start < end && end <= m.Text.Length
            && !char.IsLowSurrogate(m.Text[start]) && (end == m.Text.Length || !char.IsLowSurrogate(m.Text[end]));
        if (!marked)
        {
            sb.Text(m.Text);
            return;
        }
        sb.Text(m.Text[..start]).Append("<mark>").Text(m.Text[start..end]).Append("</mark>").Text(m.Text[end..]);
    }

    /// <summary>Appends the table of documents: id (with its anchor), publication date, where that date came from, and how many mentions it gave.</summary>
    public static void Documents(StringBuilder sb, EventTimeline timeline, IReadOnlyDictionary<string, string> documentAnchors)
    {
        var mentions = timeline.Observations.GroupBy(o => o.Document, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        sb.Append("<table class=\"documents\">\n<thead><tr><th>Document</th><th>Published</th><th>Date from</th><th>Mentions</th></tr></thead>\n<tbody>\n");
        foreach (var d in timeline.Documents)
        {
            sb.Append("<tr id=\"").Text(documentAnchors[d.Id]).Append("\"><td class=\"doc\">").Text(d.Id).Append("</td><td>")
              .Text(d.Published is { } p ? EventText.Date(new EventDate(p, p, DatePrecision.Day)) : "unknown").Append("</td><td>")
              .Append(d.PublishedFrom.ToString().ToLowerInvariant()).Append("</td><td>")
              .Num(mentions.GetValueOrDefault(d.Id)).Append("</td></tr>\n");
        }
        sb.Append("</tbody>\n</table>\n");
    }
}
