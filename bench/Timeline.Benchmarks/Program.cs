using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Timeline.Benchmarks;
using Timeline.Benchmarks.Corpus;

// dotnet run -c Release --project bench/Timeline.Benchmarks -- --filter '*'        the benchmarks
// dotnet run -c Release --project bench/Timeline.Benchmarks -- corpus --mb 50 -o corpus.jsonl   a corpus to run the CLI on
if (args.Length > 0 && args[0] == CorpusCommand.Name) return CorpusCommand.Run(args[1..]);
// BenchmarkDotNet builds a project per job; on a loaded machine that takes longer than its default 2 minutes.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
var summaries = BenchmarkSwitcher.FromAssembly(typeof(TaggingBenchmarks).Assembly).Run(args, config);
return TimeBound.Check(summaries, Console.Error) ? 0 : 1;
