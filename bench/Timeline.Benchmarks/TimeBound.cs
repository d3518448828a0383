using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Timeline.Benchmarks;

/// <summary>Marks a benchmark class whose every case must take at most its <see cref="Workload.MaxNanosecondsPerByte"/> per byte.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class TimeBoundAttribute : Attribute;

/// <summary>Checks the cases of <see cref="TimeBoundAttribute"/> classes: as a column, and over the summaries at the end of a run.</summary>
public static class TimeBound
{
    /// <summary>The <c>Bound</c> column: <c>≤ LIMIT ok</c> or <c>≤ LIMIT EXCEEDED</c>.</summary>
    public static readonly IColumn Column = new BoundColumn();

    /// <summary>Writes a line per bounded case to <paramref name="log"/>; false if one exceeded its bound or has no result.</summary>
    public static bool Check(IEnumerable<Summary> summaries, TextWriter log)
    {
        bool ok = true;
        foreach (var summary in summaries)
        {
            foreach (var benchmarkCase in summary.BenchmarksCases)
            {
                if (Verdict(summary, benchmarkCase) is not { } verdict) continue;
                log.WriteLine($"time bound: {benchmarkCase.DisplayInfo}: {verdict.Text}");
                ok &= verdict.Within;
            }
        }
        return ok;
    }

    private static (bool Within, string Text)? Verdict(Summary summary, BenchmarkCase benchmarkCase)
    {
        if (!Attribute.IsDefined(benchmarkCase.Descriptor.Type, typeof(TimeBoundAttribute))
            || Workload.Of(benchmarkCase) is not { MaxNanosecondsPerByte: { } perByte } work) return null;
        double limitMs = work.Bytes * perByte / 1e6;
        var limit = $"≤ {limitMs.ToString("N0", CultureInfo.InvariantCulture)} ms";
        var meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNs is null) return (false, $"{limit}: NO RESULT (failed)");
        double ms = meanNs.Value / 1e6;
        bool within = ms <= limitMs;
        return (within, $"{limit}: {ms.ToString("N1", CultureInfo.InvariantCulture)} ms {(within ? "ok" : "EXCEEDED")}");
    }

    private sealed class BoundColumn : IColumn
    {
        public string Id => "Timeline.TimeBound";

        public string ColumnName => "Bound";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 10;

        public bool IsNumeric => false;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "The time limit of the case (linear in its size) and whether its mean stayed within it";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (Verdict(summary, benchmarkCase) is not { } verdict) return "-";
            return verdict.Within ? verdict.Text[..verdict.Text.IndexOf(':', StringComparison.Ordinal)] + " ok" : verdict.Text;
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
