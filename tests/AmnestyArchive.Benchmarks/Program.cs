using BenchmarkDotNet.Running;

if (args is ["ratio", ..])
{
    AmnestyArchive.Benchmarks.AlternatingRatio.Run(args.Length > 1 && int.TryParse(args[1], out var rounds) && rounds > 0 ? rounds : 30);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(AmnestyArchive.Benchmarks.ExtractionBenchmarks).Assembly).Run(args);
