namespace Timeline.Export.Html;

/// <summary>How <see cref="HtmlWriter"/> lays out the page. Immutable.</summary>
public sealed record HtmlOptions
{
    /// <summary>The narrowest chart <see cref="Width"/> accepted.</summary>
    public const int MinWidth = 480;

    /// <summary>The widest chart <see cref="Width"/> accepted.</summary>
    public const int MaxWidth = 4000;

    /// <summary>The default options.</summary>
    public static HtmlOptions Default { get; } = new();

    /// <summary>The page title and heading. Default <c>Timeline</c>.</summary>
    public string Title { get; init; } = "Timeline";

    /// <summary>
    /// The chart's width in CSS pixels (its SVG view box), from <see cref="MinWidth"/> to <see cref="MaxWidth"/>: how
    /// many ticks fit on the axis and how long labels may be. The chart is shown at this width where the window allows,
    /// never wider, and down to three quarters of it in a narrower window before it scrolls sideways. Default 1200,
    /// which fits the page's 1240-pixel column.
    /// </summary>
    public int Width { get; init; } = 1200;
}
