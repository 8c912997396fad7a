using System.Diagnostics;
using AmnestyArchive.Core.Extraction;

namespace AmnestyArchive.Benchmarks;

/// <summary>
/// A second measure of the extraction-to-Markdig ratio, steadier than one short BenchmarkDotNet run: in one
/// process, rounds of 1,000 extractions and 1,000 Markdig renders of the seed alternate, and the fastest round of
/// each is kept, so a noisy neighbour slows both or neither. Run with <c>-- ratio [rounds]</c>.
/// </summary>
internal static class AlternatingRatio
{
    public static void Run(int rounds)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed.txt"));
        for (var i = 0; i < 3000; i++)
        {
            Markdig.Markdown.ToHtml(text);
            StatementExtractor.Extract(text);
        }
        var extract = new List<double>();
        var render = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            extract.Add(PerCall(() => StatementExtractor.Extract(text)));
            render.Add(PerCall(() => Markdig.Markdown.ToHtml(text)));
        }
        extract.Sort();
        render.Sort();
        Console.WriteLine($"extraction fastest {extract[0]:F1} us, median {extract[rounds / 2]:F1} us");
        Console.WriteLine($"Markdig    fastest {render[0]:F1} us, median {render[rounds / 2]:F1} us");
        Console.WriteLine($"ratio of the fastest rounds {extract[0] / render[0]:F2}, of the medians {extract[rounds / 2] / render[rounds / 2]:F2}");
    }

    private static double PerCall(Action call)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 1000; i++)
        {
            call();
        }
        return watch.Elapsed.TotalMicroseconds / 1000;
    }
}
