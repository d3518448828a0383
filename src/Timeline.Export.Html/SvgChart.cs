using System.Text;
using Timeline.Events;
using Timeline.Timelines;

namespace Timeline.Export.Html;

/// <summary>
/// Writes a <see cref="ChartLayout"/> as an inline SVG: lane bands and names, grid lines, the time axis, one link per
/// event (its <c>&lt;title&gt;</c> is the tooltip with every source sentence; it leads to the event's entry below the
/// chart), and a legend. Styling comes from the page's classes; the SVG itself sets only geometry.
/// </summary>
internal static class SvgChart
{
    private const double TextBaseline = 3.8;

    /// <summary>Appends the chart to <paramref name="sb"/>.</summary>
    public static void Write(StringBuilder sb, ChartLayout layout, string description)
    {
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").Num(layout.Width).Append(' ').Num(layout.Height)
          .Append("\" width=\"").Num(layout.Width).Append("\" height=\"").Num(layout.Height)
          .Append("\" aria-label=\"").Text(description).Append("\">\n");
        Lanes(sb, layout);
        Grid(sb, layout);
        Axis(sb, layout);
        sb.Append("<g class=\"events\">\n");
        foreach (var lane in layout.Lanes)
        {
            foreach (var e in lane.Events) Event(sb, e);
        }
        sb.Append("</g>\n");
        Legend(sb, layout);
        sb.Append("</svg>\n");
    }

    private static void Lanes(StringBuilder sb, ChartLayout layout)
    {
        sb.Append("<g class=\"lanes\">\n");
        for (int i = 0; i < layout.Lanes.Count; i++)
        {
            var lane = layout.Lanes[i];
            if (i % 2 == 0)
            {
                sb.Append("<rect class=\"band\" x=\"0\" y=\"").Num(lane.Top).Append("\" width=\"").Num(layout.Width)
                  .Append("\" height=\"").Num(lane.Height).Append("\"/>\n");
            }
            double y = lane.Top + ChartLayout.LanePadding + ChartLayout.RowHeight / 2;
            string type = EventText.Name(lane.Type);
            sb.Append("<rect class=\"swatch t-").Append(type).Append("\" x=\"").Num(ChartLayout.LaneNameX).Append("\" y=\"").Num(y - 5)
              .Append("\" width=\"10\" height=\"10\" rx=\"2\"/>\n");
            sb.Append("<text class=\"lane-name\" x=\"").Num(ChartLayout.LaneNameX + 16).Append("\" y=\"").Num(y + 4).Append("\">")
              .Text(EventText.Lane(lane.Type)).Append(" <tspan class=\"count\">").Num(lane.Events.Count).Append("</tspan></text>\n");
        }
        sb.Append("</g>\n");
    }

    private static void Grid(StringBuilder sb, ChartLayout layout)
    {
        sb.Append("<g class=\"grid\">\n");
        foreach (double x in layout.Scale.Minor) Line(sb, "minor", x, ChartLayout.AxisY, x, layout.LanesBottom);
        foreach (var tick in layout.Scale.Ticks) Line(sb, "major", tick.X, ChartLayout.AxisY - 34, tick.X, layout.LanesBottom);
        sb.Append("</g>\n");
    }

    private static void Axis(StringBuilder sb, ChartLayout layout)
    {
        sb.Append("<g class=\"axis\">\n");
        Line(sb, "axis-line", layout.Scale.Left, ChartLayout.AxisY, layout.Scale.Right, ChartLayout.AxisY);
        foreach (var tick in layout.Scale.Ticks)
        {
            if (tick.Label is null) continue;
            sb.Append("<text class=\"tick\" x=\"").Num(tick.X + 4).Append("\" y=\"").Num(ChartLayout.LabelLineY).Append("\">")
              .Text(tick.Label).Append("</text>\n");
            if (tick.Context is null) continue;
            sb.Append("<text class=\"tick-context\" x=\"").Num(tick.X + 4).Append("\" y=\"").Num(ChartLayout.ContextLineY).Append("\">")
              .Text(tick.Context).Append("</text>\n");
        }
        sb.Append("</g>\n");
    }

    private static void Event(StringBuilder sb, PlacedEvent placed)
    {
        var e = placed.Event;
        sb.Append("<a class=\"event t-").Append(EventText.Name(e.Type)).Append(" s-").Append(EventText.Name(e.Status))
          .Append("\" href=\"#").Text(placed.Anchor).Append("\" data-event=\"").Text(e.Id).Append("\">");
        sb.Append("<title>").Text(Tooltip(e)).Append("</title>");
        if (placed.IsPoint)
        {
            sb.Append("<circle class=\"mark\" cx=\"").Num(placed.X1).Append("\" cy=\"").Num(placed.Y)
              .Append("\" r=\"").Num(ChartLayout.DotRadius).Append("\"/>");
        }
        else
        {
            sb.Append("<rect class=\"mark\" x=\"").Num(placed.X1).Append("\" y=\"").Num(placed.Y - ChartLayout.BarHeight / 2)
              .Append("\" width=\"").Num(placed.X2 - placed.X1).Append("\" height=\"").Num(ChartLayout.BarHeight).Append("\" rx=\"3\"/>");
        }
        if (placed.Label.Length > 0)
        {
            sb.Append("<text class=\"label\" x=\"").Num(placed.LabelX).Append("\" y=\"").Num(placed.Y + TextBaseline).Append('"');
            if (placed.LabelBefore) sb.Append(" text-anchor=\"end\"");
            sb.Append('>').Text(placed.Label).Append("</text>");
        }
        sb.Append("</a>\n");
    }

    /// <summary>The hover text: title; date, status and place; then each source document with its sentence.</summary>
    public static string Tooltip(TimelineEvent e)
    {
        var sb = new StringBuilder(e.Title).Append('\n').Append(EventText.Date(e.Date)).Append(" · ").Append(EventText.Name(e.Status));
        if (!string.IsNullOrWhiteSpace(e.Location)) sb.Append(" · ").Append(e.Location);
        sb.Append('\n').Append(e.Mentions.Count == 1 ? "Source:" : "Sources:");
        foreach (var m in e.Mentions) sb.Append("\n• ").Append(m.Document).Append(": ").Append(m.Text);
        return sb.ToString();
    }

    private static void Legend(StringBuilder sb, ChartLayout layout)
    {
        sb.Append("<g class=\"legend\">\n");
        foreach (var entry in layout.Legend)
        {
            sb.Append("<g");
            if (entry.Status is { } s) sb.Append(" class=\"s-").Append(EventText.Name(s)).Append('"');
            sb.Append('>');
            if (entry.Symbol == LegendSymbol.Dot)
            {
                sb.Append("<circle class=\"mark\" cx=\"").Num(entry.X + ChartLayout.DotRadius).Append("\" cy=\"").Num(entry.Y)
                  .Append("\" r=\"").Num(ChartLayout.DotRadius).Append("\"/>");
            }
            else if (entry.Symbol == LegendSymbol.Bar)
            {
                sb.Append("<rect class=\"mark\" x=\"").Num(entry.X).Append("\" y=\"").Num(entry.Y - ChartLayout.BarHeight / 2)
                  .Append("\" width=\"").Num(ChartLayout.LegendBarWidth).Append("\" height=\"").Num(ChartLayout.BarHeight).Append("\" rx=\"3\"/>");
            }
            sb.Append("<text x=\"").Num(entry.X + ChartLayout.SymbolWidth(entry.Symbol)).Append("\" y=\"").Num(entry.Y + TextBaseline).Append("\">")
              .Text(entry.Text).Append("</text></g>\n");
        }
        sb.Append("</g>\n");
    }

    private static void Line(StringBuilder sb, string cls, double x1, double y1, double x2, double y2) =>
        sb.Append("<line class=\"").Append(cls).Append("\" x1=\"").Num(x1).Append("\" y1=\"").Num(y1)
          .Append("\" x2=\"").Num(x2).Append("\" y2=\"").Num(y2).Append("\"/>\n");
}
