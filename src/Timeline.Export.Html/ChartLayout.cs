using Timeline.Events;
using Timeline.Timelines;

namespace Timeline.Export.Html;

/// <summary>A dated event as drawn: its mark, its row in its lane and its label.</summary>
/// <param name="Event">The event.</param>
/// <param name="Anchor">The id of its entry in the list below the chart.</param>
/// <param name="IsPoint">A dot (one day) rather than a bar (the whole week, month, quarter, year or range).</param>
/// <param name="X1">Left end of the mark (for a dot, its centre).</param>
/// <param name="X2">Right end of the mark (for a dot, its centre).</param>
/// <param name="Y">The centre line of its row.</param>
/// <param name="Label">The label beside the mark (possibly shortened, possibly empty).</param>
/// <param name="LabelX">Where the label starts (or ends, when <paramref name="LabelBefore"/>).</param>
/// <param name="LabelBefore">Whether the label stands left of the mark, for lack of room on its right.</param>
internal sealed record PlacedEvent(
    TimelineEvent Event, string Anchor, bool IsPoint, double X1, double X2, double Y, string Label, double LabelX, bool LabelBefore);

/// <summary>The symbol of a legend entry.</summary>
internal enum LegendSymbol
{
    None,
    Dot,
    Bar,
}

/// <summary>One entry of the legend: a sample mark (drawn with a status's look, if any) and its meaning.</summary>
/// <param name="Symbol">The sample mark.</param>
/// <param name="Status">The status whose look the mark takes, or null for the plain look.</param>
/// <param name="X">Where the entry starts.</param>
/// <param name="Y">The centre line of its legend row.</param>
/// <param name="Text">What it means.</param>
internal sealed record LegendEntry(LegendSymbol Symbol, EventStatus? Status, double X, double Y, string Text);

/// <summary>One lane of the chart: the dated events of one type, stacked in as many rows as keep them apart.</summary>
/// <param name="Type">The event type.</param>
/// <param name="Top">The lane's top edge.</param>
/// <param name="Height">Its height.</param>
/// <param name="Events">Its events, in timeline order.</param>
internal sealed record Lane(EventType Type, double Top, double Height, IReadOnlyList<PlacedEvent> Events);

/// <summary>
/// Where everything of the chart goes: the time axis across the top, then one lane per event type that has dated
/// events (in <see cref="EventType"/> order), then the legend. Within a lane each event takes the first row where its
/// mark and label do not touch an earlier one (greedy interval packing, optimal for intervals sorted by start).
/// </summary>
internal sealed class ChartLayout
{
    public const double LaneNameX = 10;
    public const double PlotLeft = 150;
    public const double MarginRight = 28;
    public const double LabelLineY = 17;
    public const double ContextLineY = 31;
    public const double AxisY = 40;
    public const double RowHeight = 22;
    public const double LanePadding = 5;
    public const double LegendRowHeight = 20;
    public const double LegendBarWidth = 26;
    public const double LegendSpacing = 18;
    public const double DotRadius = 5;
    public const double BarHeight = 10;
    public const double MinBarWidth = 8;
    public const double LabelFontSize = 11;
    public const double LabelGap = 5;
    public const double RowGap = 10;

    private static readonly (LegendSymbol Symbol, EventStatus? Status, string Text)[] LegendTexts =
    [
        (LegendSymbol.Dot, null, "one day"),
        (LegendSymbol.Bar, null, "a week, month, quarter, year or range: the whole period"),
        (LegendSymbol.Dot, EventStatus.Planned, "planned"),
        (LegendSymbol.Dot, EventStatus.Uncertain, "uncertain"),
        (LegendSymbol.None, null, "Hover over a mark for its sources; click it for its entry below."),
    ];

    private ChartLayout(int width, TimeScale scale, IReadOnlyList<Lane> lanes, double lanesBottom)
    {
        Width = width;
        Scale = scale;
        Lanes = lanes;
        LanesBottom = lanesBottom;
        (Legend, Height) = MakeLegend(width, lanesBottom);
    }

    /// <summary>The drawing width.</summary>
    public int Width { get; }

    /// <summary>The drawing height.</summary>
    public double Height { get; }

    /// <summary>The legend below the lanes, in rows as wide as the drawing allows.</summary>
    public IReadOnlyList<LegendEntry> Legend { get; }

    /// <summary>The time axis.</summary>
    public TimeScale Scale { get; }

    /// <summary>The lanes, top to bottom.</summary>
    public IReadOnlyList<Lane> Lanes { get; }

    /// <summary>The bottom edge of the last lane (the legend follows).</summary>
    public double LanesBottom { get; }

    /// <summary>Lays out <paramref name="dated"/> (events with a date, in timeline order, each with its anchor) in a drawing <paramref name="width"/> wide.</summary>
    public static ChartLayout Create(IReadOnlyList<(TimelineEvent Event, string Anchor)> dated, int width)
    {
        long first = dated.Count == 0 ? 0 : dated.Min(d => CivilDays.Of(d.Event.Date!.Start));
        long last = dated.Count == 0 ? 0 : dated.Max(d => CivilDays.Of(d.Event.Date!.End));
        var scale = TimeScale.Create(first, last, PlotLeft, width - MarginRight);

        var lanes = new List<Lane>();
        double top = AxisY + 4;
        foreach (var group in dated.GroupBy(d => d.Event.Type).OrderBy(g => g.Key))
        {
            var lane = MakeLane(group.Key, group.ToList(), scale, width, top);
            lanes.Add(lane);
            top += lane.Height;
        }
        return new ChartLayout(width, scale, lanes, top);
    }

    private static Lane MakeLane(EventType type, List<(TimelineEvent Event, string Anchor)> events, TimeScale scale, int width, double top)
    {
        var drafts = events.Select((d, i) => Draft(d.Event, d.Anchor, i, scale, width)).ToList();
        var rowEnds = new List<double>();
        var rows = new int[drafts.Count];
        foreach (var d in drafts.OrderBy(d => d.Start).ThenBy(d => d.Index))
        {
            int row = rowEnds.FindIndex(end => end + RowGap <= d.Start);
            if (row < 0)
            {
                row = rowEnds.Count;
                rowEnds.Add(d.End);
            }
            else
            {
                rowEnds[row] = d.End;
            }
            rows[d.Index] = row;
        }
        var placed = drafts.Select(d => d.Placed with { Y = top + LanePadding + (rows[d.Index] + 0.5) * RowHeight }).ToList();
        return new Lane(type, top, rowEnds.Count * RowHeight + 2 * LanePadding, placed);
    }

    // The mark and label of one event, and the horizontal extent they occupy together.
    private static (PlacedEvent Placed, int Index, double Start, double End) Draft(TimelineEvent e, string anchor, int index, TimeScale scale, int width)
    {
        var date = e.Date!;
        long start = CivilDays.Of(date.Start), end = CivilDays.Of(date.End) + 1;
        bool isPoint = date.Precision == DatePrecision.Day && start + 1 == end;
        double x1, x2, markStart, markEnd;
        if (isPoint)
        {
            x1 = x2 = scale.X(start + 0.5);
            markStart = x1 - DotRadius;
            markEnd = x1 + DotRadius;
        }
        else
        {
            x1 = scale.X(start);
            x2 = scale.X(end);
            if (x2 - x1 < MinBarWidth)
            {
                double mid = (x1 + x2) / 2;
                x1 = mid - MinBarWidth / 2;
                x2 = mid + MinBarWidth / 2;
            }
            markStart = x1;
            markEnd = x2;
        }

        string text = EventText.Label(e);
        double want = LabelWidth.Of(text, LabelFontSize);
        double roomAfter = width - 6 - (markEnd + LabelGap), roomBefore = markStart - LabelGap - (PlotLeft - 6);
        bool before = want > roomAfter && roomBefore > roomAfter;
        string label = LabelWidth.Fit(text, before ? roomBefore : roomAfter, LabelFontSize);
        double labelWidth = Math.Min(LabelWidth.Of(label, LabelFontSize), before ? roomBefore : roomAfter);
        double labelX = before ? markStart - LabelGap : markEnd + LabelGap;
        double occupiedStart = label.Length > 0 && before ? labelX - labelWidth : markStart;
        double occupiedEnd = label.Length > 0 && !before ? labelX + labelWidth : markEnd;
        return (new PlacedEvent(e, anchor, isPoint, x1, x2, 0, label, labelX, before), index, occupiedStart, occupiedEnd);
    }

    /// <summary>The width of a legend sample mark.</summary>
    public static double SymbolWidth(LegendSymbol symbol) => symbol switch
    {
        LegendSymbol.Dot => 2 * DotRadius + LabelGap,
        LegendSymbol.Bar => LegendBarWidth + LabelGap,
        _ => 0,
    };

    // Flows the legend entries left to right, wrapping to a new row where the next one would pass the right edge.
    private static (List<LegendEntry> Entries, double Height) MakeLegend(int width, double top)
    {
        var entries = new List<LegendEntry>();
        double x = LaneNameX, y = top + 4 + LegendRowHeight / 2;
        foreach (var (symbol, status, text) in LegendTexts)
        {
            double w = SymbolWidth(symbol) + LabelWidth.Of(text, LabelFontSize);
            if (x > LaneNameX && x + w > width - 6)
            {
                x = LaneNameX;
                y += LegendRowHeight;
            }
            entries.Add(new LegendEntry(symbol, status, x, y, text));
            x += w + LegendSpacing;
        }
        return (entries, y + LegendRowHeight / 2 + 6);
    }
}
