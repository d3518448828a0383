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
    /// The chart's drawing width in CSS pixels (its SVG view box), from <see cref="MinWidth"/> to <see cref="MaxWidth"/>.
    /// The chart still scales with the window; this sets how much fits on one axis before labels are shortened.
    /// Default 1000.
    /// </summary>
    public int Width { get; init; } = 1000;
}
