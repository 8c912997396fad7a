using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(AmnestyArchive.Benchmarks.ExtractionBenchmarks).Assembly).Run(args);
