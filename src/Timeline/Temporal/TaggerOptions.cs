namespace Timeline.Temporal;

/// <summary>The order of day and month in all-numeric dates such as <c>06/08/2019</c>.</summary>
public enum DateOrder
{
    /// <summary>Month first (US): 06/08/2019 is June 8.</summary>
    MonthFirst,
    /// <summary>Day first (most of the world): 06/08/2019 is 6 August.</summary>
    DayFirst,
}

/// <summary>Options of a temporal tagger. Immutable.</summary>
public sealed record TaggerOptions
{
    /// <summary>The defaults: month-first numeric dates, publication-date detection on.</summary>
    public static TaggerOptions Default { get; } = new();

    /// <summary>How to read all-numeric dates. Default: <see cref="DateOrder.MonthFirst"/>.</summary>
    public DateOrder DateOrder { get; init; } = DateOrder.MonthFirst;

    /// <summary>When no reference date is given, look for the article's own date in its text. Default: true.</summary>
    public bool DetectPublicationDate { get; init; } = true;
}
