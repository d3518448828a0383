namespace Timeline.Export.Calendar;

/// <summary>How <see cref="CalendarWriter"/> writes an event known only to the week, month, quarter or year.</summary>
public enum ApproximateDates
{
    /// <summary>An all-day event over the whole period it is known to (every day of "April 2023").</summary>
    Span,

    /// <summary>A one-day event on the period's first day, marked "(approximate: 2023-04)" in its summary and description.</summary>
    FirstDay,

    /// <summary>Not written (counted in <see cref="CalendarExportSummary.SkippedApproximate"/>).</summary>
    Skip,
}
