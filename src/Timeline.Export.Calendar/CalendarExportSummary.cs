namespace Timeline.Export.Calendar;

/// <summary>What <see cref="CalendarWriter"/> wrote.</summary>
/// <param name="Written">Events written as <c>VEVENT</c>s.</param>
/// <param name="SkippedUndated">Events left out because they have no date (or, the only other case, end on 9999-12-31, the last day a calendar can hold, so have no exclusive end).</param>
/// <param name="SkippedApproximate">Events left out because they are known only to the week, month, quarter or year and <see cref="ApproximateDates.Skip"/> was asked.</param>
public sealed record CalendarExportSummary(int Written, int SkippedUndated, int SkippedApproximate);
