using AmnestyArchive.Core.Extraction;
using BenchmarkDotNet.Attributes;

namespace AmnestyArchive.Benchmarks;

/// <summary>
/// Extraction of the seed statement beside a Markdig render of the same text, in the same run,
/// so the ratio holds on any machine. Target: extraction at most 3x the render.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed.txt"));
        // Registries load once per process; keep that out of the measured calls.
        StatementExtractor.Extract(_text);
    }

    [Benchmark(Baseline = true)]
    public string MarkdigToHtml() => Markdig.Markdown.ToHtml(_text);

    [Benchmark]
    public ExtractionResult Extract() => StatementExtractor.Extract(_text);
}
