namespace Timeline.Export.Calendar;

/// <summary>What <see cref="CalendarWriter"/> wrote.</summary>
/// <param name="Written">Events written as <c>VEVENT</c>s.</param>
/// <param name="SkippedUndated">Events left out because they have no date.</param>
/// <param name="SkippedApproximate">Events left out because they are known only to the week, month, quarter or year and <see cref="ApproximateDates.Skip"/> was asked.</param>
public sealed record CalendarExportSummary(int Written, int SkippedUndated, int SkippedApproximate);
