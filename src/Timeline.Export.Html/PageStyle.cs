using System.Text;
using Timeline.Events;

namespace Timeline.Export.Html;

/// <summary>The page's one inline style sheet: layout, the chart's look, and one colour per event type.</summary>
internal static class PageStyle
{
    /// <summary>The colour of each event type (Tableau's palette, distinct in hue and lightness), as a CSS custom property <c>--c</c> on class <c>t-TYPE</c>.</summary>
    private static readonly (EventType Type, string Colour)[] Palette =
    [
        (EventType.Summit, "#1f77b4"), (EventType.Visit, "#2ca02c"), (EventType.Meeting, "#17becf"),
        (EventType.Talks, "#9467bd"), (EventType.Delegation, "#8c564b"), (EventType.Statement, "#e377c2"),
        (EventType.Agreement, "#bcbd22"), (EventType.Aid, "#ff7f0e"), (EventType.Launch, "#d62728"),
        (EventType.Sanctions, "#393b79"), (EventType.Invitation, "#637939"), (EventType.Other, "#7f7f7f"),
    ];

    private const string Rules = """
        :root{color-scheme:light}
        *{box-sizing:border-box}
        body{margin:0;padding:20px 24px 40px;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1b1f24;background:#fff}
        header,main,footer{max-width:1240px;margin:0 auto}
        h1{font-size:1.6rem;margin:0 0 .25rem}
        h2{font-size:1.2rem;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:1px solid #d5d9de}
        .summary{margin:0 0 1rem;color:#4a535e}
        .note,.empty{color:#4a535e}
        .chart-box{overflow-x:auto;border:1px solid #d5d9de;border-radius:6px;background:#fff}
        svg.chart{display:block;width:100%;height:auto}
        .chart text{font-size:11px;fill:#1b1f24}
        .chart .band{fill:#f3f5f8}
        .chart .lane-name{font-size:12px;font-weight:600}
        .chart .count{font-weight:400;fill:#6a737d}
        .chart .swatch{fill:var(--c)}
        .chart .major{stroke:#c4cbd3}
        .chart .minor{stroke:#e4e8ec}
        .chart .axis-line{stroke:#7d8792}
        .chart .tick{font-weight:600;fill:#30363d}
        .chart .tick-context{fill:#6a737d}
        .chart .mark{fill:var(--c);stroke:var(--c);stroke-width:1.5}
        .chart .s-planned .mark{fill:#fff;stroke-dasharray:3 2}
        .chart .s-uncertain .mark{fill-opacity:.35}
        .chart .event:hover .mark,.chart .event:focus .mark{stroke:#1b1f24;stroke-width:2}
        .chart .event:hover .label,.chart .event:focus .label{text-decoration:underline}
        .chart .legend{--c:#59636e}
        .chart .legend text{fill:#4a535e}
        .events{list-style:none;padding:0;margin:0}
        .events>li{margin:.5rem 0;padding:.45rem .75rem;border-left:4px solid var(--c);background:#f8f9fb}
        .events>li:target{background:#fff8d6;outline:2px solid #e0b400}
        .head{font-weight:600}
        .head .date{margin-right:.5em;font-variant-numeric:tabular-nums}
        .tag{display:inline-block;margin-left:.4em;padding:0 .4em;border:1px solid transparent;border-radius:3px;font-size:.75rem;background:#e9edf1;color:#30363d}
        .s-planned .tag.status{background:#fff;border:1px dashed #59636e}
        .s-uncertain .tag.status{background:#efe9fb}
        .events .swatch{display:inline-block;width:.8em;height:.8em;margin-right:.45em;border:2px solid var(--c);border-radius:50%;background:var(--c);vertical-align:-.05em}
        .events .s-planned .swatch{background:#fff;border-style:dashed}
        .events .s-uncertain .swatch{opacity:.45}
        .head .date.none{font-weight:400;color:#6a737d}
        .when{font-size:.8rem;color:#6a737d}
        .facts{margin:.15rem 0;font-size:.9rem;color:#4a535e}
        .sources{margin:.25rem 0 0;padding-left:1.4rem;font-size:.9rem}
        .doc{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.8rem;color:#0b5cad}
        mark{background:#fff0a8;color:inherit}
        table{border-collapse:collapse;font-size:.9rem}
        th,td{padding:.25rem 1.25rem .25rem 0;border-bottom:1px solid #e4e8ec;text-align:left}
        tr:target{background:#fff8d6}
        footer{margin-top:2rem;font-size:.85rem;color:#6a737d}
        @media print{body{padding:0}.chart-box{border:0}.events>li{break-inside:avoid}}
        """;

    private static readonly string Fixed = Build();

    /// <summary>
    /// The style sheet, one rule a line, for a chart <paramref name="width"/> pixels wide: the chart is drawn at that
    /// size where the window allows, never larger, and shrinks to three quarters of it before the box scrolls
    /// sideways, so that its 11-pixel labels stay readable.
    /// </summary>
    public static string Css(int width)
    {
        var sb = new StringBuilder(Fixed);
        sb.Append(".chart-box{max-width:").Num(width + 2).Append("px}\n");
        sb.Append("svg.chart{max-width:").Num(width).Append("px;min-width:").Num(width * 3 / 4).Append("px}\n");
        return sb.ToString();
    }

    private static string Build()
    {
        var sb = new StringBuilder(Rules.ReplaceLineEndings("\n")).Append('\n');
        sb.Append(".event{--c:#7f7f7f}\n");
        foreach (var (type, colour) in Palette) sb.Append(".t-").Append(EventText.Name(type)).Append("{--c:").Append(colour).Append("}\n");
        return sb.ToString();
    }
}
