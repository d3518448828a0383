using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Timeline.Benchmarks;

/// <summary>
/// Columns that turn BenchmarkDotNet's time and allocation per operation into rates over the corpus's text:
/// <c>MB/s</c> = corpus UTF-8 bytes / mean seconds per operation / 10^6 (so KB/s = MB/s × 1000), and
/// <c>Alloc/KB</c> = bytes allocated per operation / (corpus bytes / 1000). One operation tags the whole corpus once.
/// </summary>
public sealed class ThroughputColumn(bool allocation) : IColumn
{
    public static readonly ThroughputColumn MegabytesPerSecond = new(false);
    public static readonly ThroughputColumn AllocatedPerKilobyte = new(true);

    public string Id => allocation ? "Timeline.AllocPerKB" : "Timeline.MBps";

    public string ColumnName => allocation ? "Alloc/KB" : "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => allocation ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => allocation
        ? "Bytes allocated per 1,000 bytes (UTF-8) of text tagged"
        : "Megabytes (10^6 bytes, UTF-8) of text tagged per second, single thread";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report is null || benchmarkCase.Parameters["Corpus"] is not string name) return "-";
        double bytes = NewsCorpus.Load(name).Utf8Bytes;
        if (allocation)
        {
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return allocated is null ? "-" : (allocated.Value / (bytes / 1000)).ToString("N0", CultureInfo.InvariantCulture) + " B";
        }
        var meanNs = report.ResultStatistics?.Mean;
        return meanNs is null or <= 0 ? "-" : (bytes / (meanNs.Value / 1e9) / 1e6).ToString("N2", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
