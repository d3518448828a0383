namespace Timeline.Export.TimelineJs;

/// <summary>How <see cref="TimelineJsWriter"/> presents a timeline.</summary>
public sealed record TimelineJsOptions
{
    /// <summary>The headline of the title slide (plain text; it is escaped).</summary>
    public string Title { get; init; } = "Timeline";

    /// <summary>How many evidence sentences a slide quotes at most (the rest are counted); 0 quotes none.</summary>
    public int MaxQuotes { get; init; } = 3;
}

/// <summary>What <see cref="TimelineJsWriter.Write"/> wrote.</summary>
/// <param name="Events">The event slides written (dated events, planned ones included).</param>
/// <param name="Undated">The events left out because they have no date: TimelineJS places every slide on its time axis.</param>
public sealed record TimelineJsSummary(int Events, int Undated);
