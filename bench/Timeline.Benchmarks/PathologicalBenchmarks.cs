using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Timeline.Events;
using Timeline.Pipeline;

namespace Timeline.Benchmarks;

/// <summary>
/// Time on pathological inputs (<see cref="PathologicalInput"/>), one article per operation, checked against a bound
/// linear in the input's size (<see cref="PathologicalInput.MaxNanosecondsPerByte"/>): 100 KB of digits, spaces or
/// "the the" must take under 0.1 s, and 10 MB on one line under 10 s. The <c>Bound</c>
/// column shows the limit and the verdict, and the benchmark program exits with code 1 when a case exceeds it or fails
/// (<see cref="TimeBound"/>). A superlinear step (quadratic in tokens, lines or sentences) fails it by far; so that such a
/// case cannot run for hours, a watchdog fails it (TimeoutException) as soon as one call takes ten times its bound
/// (at least 10 s).
/// Run: <c>dotnet run -c Release --project bench/Timeline.Benchmarks -- --filter '*Pathological*'</c>
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 1, iterationCount: 3)]
[Config(typeof(Config))]
[TimeBound]
public class PathologicalBenchmarks
{
    private TemporalTagger _tagger = null!;
    private EventExtractor _extractor = null!;
    private string _text = null!;
    private Article _article = null!;
    private TimeSpan _watchdog;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = PathologicalInput.Digits;

    public static IEnumerable<string> Inputs => PathologicalInput.All;

    [GlobalSetup]
    public void Setup()
    {
        _tagger = English.English.CreateTagger();
        _extractor = English.English.CreateExtractor();
        _text = PathologicalInput.Text(Input);
        _article = new Article(Input, _text, new NodaTime.LocalDate(2023, 9, 22));
        _watchdog = TimeSpan.FromMilliseconds(Math.Max(10_000, 10 * PathologicalInput.Utf8Bytes(Input) * PathologicalInput.MaxNanosecondsPerByte(Input) / 1e6));
    }

    /// <summary>Temporal expressions, with a publication date given.</summary>
    [Benchmark]
    public int Tag() => Watched(() => _tagger.Tag(_text, _article.Published).Expressions.Count);

    /// <summary>Events (tagging included).</summary>
    [Benchmark]
    public int Extract() => Watched(() => _extractor.Extract(_article).Observations.Count);

    private int Watched(Func<int> work)
    {
        var task = Task.Run(work);
        if (!task.Wait(_watchdog))
            throw new TimeoutException($"'{Input}' took more than {_watchdog.TotalSeconds:N0} s, ten times its bound: stopped.");
        return task.Result;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(ThroughputColumn.MegabytesPerSecond, TimeBound.Column);
        }
    }
}
