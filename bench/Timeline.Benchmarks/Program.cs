using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Timeline.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Timeline.Benchmarks.TaggingBenchmarks).Assembly).Run(args);
