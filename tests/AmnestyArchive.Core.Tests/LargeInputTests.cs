using AmnestyArchive.Core.Extraction;

namespace AmnestyArchive.Core.Tests;

public sealed class LargeInputTests
{
    [Fact]
    public void Extract_HandlesAMegabyteStatement_WithResultsProportionalToTheRepeats()
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Golden", "seed-venezuela-us-attack.txt")).Trim();
        var once = StatementExtractor.ExtractCore(seed, null);
        var repeats = (1024 * 1024 / seed.Length) + 1;
        var big = string.Join("\n\n", Enumerable.Repeat(seed, repeats));
        Assert.True(big.Length >= 1024 * 1024);

        // No timing assertion: linear time is guaranteed by construction (NonBacktracking regexes,
        // tries, single passes); this test proves the pipeline copes with the size.
        var result = StatementExtractor.ExtractCore(big, null);

        Assert.Equal(once.Blocks.Count * repeats, result.Blocks.Count);
        Assert.Equal(once.Quotes.Count * repeats, result.Quotes.Count);
        Assert.Equal(once.Citations.Count * repeats, result.Citations.Count);
        Assert.Equal(once.Demands.Count * repeats, result.Demands.Count);
        Assert.True(once.Quotes.Count > 0 && once.Citations.Count > 0 && once.Demands.Count > 0);
    }
}
