using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Timeline.Benchmarks;

/// <summary>What one operation of a benchmark reads: UTF-8 bytes of text and articles, and for a pathological input, its time bound per byte.</summary>
public readonly record struct Workload(long Bytes, int Articles, double? MaxNanosecondsPerByte = null)
{
    /// <summary>The workload of <paramref name="benchmarkCase"/>, from its <c>Corpus</c> or <c>Input</c> parameter; null if it has neither.</summary>
    public static Workload? Of(BenchmarkCase benchmarkCase)
    {
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            if (parameter is { Name: "Corpus", Value: string corpus })
            {
                var c = NewsCorpus.Load(corpus);
                return new Workload(c.Utf8Bytes, c.Documents.Count);
            }
            if (parameter is { Name: "Input", Value: string input })
                return new Workload(PathologicalInput.Utf8Bytes(input), 1, PathologicalInput.MaxNanosecondsPerByte(input));
        }
        return null;
    }
}

/// <summary>
/// Columns that turn BenchmarkDotNet's time and allocation per operation into rates over the text one operation reads
/// (<see cref="Workload"/>):
/// <c>MB/s</c> = UTF-8 bytes / mean seconds per operation / 10^6 (so KB/s = MB/s × 1000);
/// <c>Articles/s</c> = articles / mean seconds per operation;
/// <c>Alloc/KB</c> = bytes allocated per operation / (bytes / 1000);
/// <c>Alloc/article</c> = bytes allocated per operation / articles.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    private enum Kind
    {
        MegabytesPerSecond,
        ArticlesPerSecond,
        AllocatedPerKilobyte,
        AllocatedPerArticle,
    }

    public static readonly ThroughputColumn MegabytesPerSecond = new(Kind.MegabytesPerSecond, "MB/s",
        "Megabytes (10^6 bytes, UTF-8) of text read per second of wall time");

    public static readonly ThroughputColumn ArticlesPerSecond = new(Kind.ArticlesPerSecond, "Articles/s",
        "Articles read per second of wall time");

    public static readonly ThroughputColumn AllocatedPerKilobyte = new(Kind.AllocatedPerKilobyte, "Alloc/KB",
        "Bytes allocated per 1,000 bytes (UTF-8) of text read");

    public static readonly ThroughputColumn AllocatedPerArticle = new(Kind.AllocatedPerArticle, "Alloc/article",
        "Bytes allocated per article read (all threads)");

    private readonly Kind _kind;

    private ThroughputColumn(Kind kind, string name, string legend)
    {
        _kind = kind;
        ColumnName = name;
        Legend = legend;
    }

    public string Id => "Timeline." + _kind;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)_kind;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report is null || Workload.Of(benchmarkCase) is not { } work) return "-";
        if (_kind is Kind.AllocatedPerKilobyte or Kind.AllocatedPerArticle)
        {
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            if (allocated is null) return "-";
            var per = _kind == Kind.AllocatedPerKilobyte ? allocated.Value / (work.Bytes / 1000.0) : allocated.Value / (double)work.Articles;
            return per.ToString("N0", CultureInfo.InvariantCulture) + " B";
        }
        var meanNs = report.ResultStatistics?.Mean;
        if (meanNs is null or <= 0) return "-";
        double seconds = meanNs.Value / 1e9;
        return _kind == Kind.MegabytesPerSecond
            ? (work.Bytes / seconds / 1e6).ToString("N2", CultureInfo.InvariantCulture)
            : (work.Articles / seconds).ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
