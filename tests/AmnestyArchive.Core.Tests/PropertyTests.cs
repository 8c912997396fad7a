using System.Text;
using AmnestyArchive.Core.Extraction;
using CsCheck;

namespace AmnestyArchive.Core.Tests;

/// <summary>
/// Hostile and broken text must never make the extractor throw or hand out offsets outside the
/// text. These call <see cref="StatementExtractor.ExtractCore"/>, which has no safety net.
/// </summary>
public sealed class PropertyTests
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Golden", "seed-venezuela-us-attack.txt"));

    private const string Tricky = "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB \n\n.,:;()–—-\u00A0\u202F\u0301\u0000\u0007\r\tAaBbEeSsTt0123456789/º";

    private static readonly string[] Snippets =
    [
        " must ", " should ", " said ", " calls on ", "Article 2(4) of the ", "the Charter", "resolution 60/147", "General Comment No. 3",
        "Ley de Amnistía", " deben ", "\"", "'", "\u201C", "\u201D", "\n\n", ":", "Agnès Callamard, Secretary General\n\n", "(New York, ",
    ];

    internal static void CheckInvariants(string original)
    {
        var r = StatementExtractor.ExtractCore(original, null);
        var n = r.NormalizedText.Length;
        Assert.Equal(original.Length, r.ToOriginalOffset(n));
        var previous = 0;
        for (var i = 0; i <= n; i++)
        {
            var o = r.ToOriginalOffset(i);
            Assert.True(o >= previous && o <= original.Length, $"map not monotonic at {i}");
            previous = o;
        }
        void Span(int s, int e, int os, int oe)
        {
            Assert.InRange(s, 0, n);
            Assert.InRange(e, s, n);
            Assert.InRange(os, 0, original.Length);
            Assert.InRange(oe, os, original.Length);
        }
        for (var i = 0; i < r.Blocks.Count; i++)
        {
            var b = r.Blocks[i];
            Span(b.Start, b.End, b.OriginalStart, b.OriginalEnd);
            Assert.Equal("p" + (i + 1), b.Anchor);
        }
        foreach (var q in r.Quotes)
        {
            Span(q.Start, q.End, q.OriginalStart, q.OriginalEnd);
            Assert.InRange(q.FirstBlock, 0, r.Blocks.Count - 1);
            Assert.InRange(q.LastBlock, q.FirstBlock, r.Blocks.Count - 1);
            if (q.RepeatsQuote is { } rq)
            {
                Assert.InRange(rq, 0, r.Quotes.Count - 1);
            }
        }
        foreach (var c in r.Citations)
        {
            Span(c.Start, c.End, c.OriginalStart, c.OriginalEnd);
        }
        foreach (var d in r.Demands)
        {
            Span(d.Start, d.End, d.OriginalStart, d.OriginalEnd);
        }
        Assert.True(r.Quotes.Select(q => q.Start).SequenceEqual(r.Quotes.Select(q => q.Start).Order()));
        Assert.True(r.Citations.Select(c => c.Start).SequenceEqual(r.Citations.Select(c => c.Start).Order()));
        Assert.True(r.Demands.Select(d => d.Start).SequenceEqual(r.Demands.Select(d => d.Start).Order()));
        Assert.False(string.IsNullOrEmpty(ExtractionJson.Serialize(r)));
    }

    [Fact]
    public void Extract_HoldsInvariants_OnRandomStrings()
    {
        Gen.String[0, 300].Sample(CheckInvariants, iter: 400);
    }

    [Fact]
    public void Extract_HoldsInvariants_OnQuoteAndPunctuationSoup()
    {
        Gen.String[Tricky].Sample(CheckInvariants, iter: 600);
    }

    [Fact]
    public void Extract_HoldsInvariants_OnMutatedStatements()
    {
        var gen = Gen.Select(Gen.Int[0, Seed.Length], Gen.Int[0, 2000], Gen.Int[0, Seed.Length], Gen.Int[0, Snippets.Length - 1], Gen.Int[1, 20],
            (cut, cutLength, at, snippet, times) =>
            {
                var sb = new StringBuilder(Seed);
                sb.Remove(cut, Math.Min(cutLength, Seed.Length - cut));
                var insertAt = Math.Min(at, sb.Length);
                sb.Insert(insertAt, string.Concat(Enumerable.Repeat(Snippets[snippet], times)));
                return sb.ToString();
            });
        gen.Sample(CheckInvariants, iter: 150);
    }

    [Fact]
    public void Extract_HoldsInvariants_OnCutsInTheMiddleOfSurrogatesAndMarks()
    {
        CheckInvariants("\uD83D");
        CheckInvariants("a\uDC00b\u0301\u0301\u0301");
        CheckInvariants("\u0301start with a mark");
        CheckInvariants(new string('"', 5000));
        CheckInvariants(string.Concat(Enumerable.Repeat("Article 2(4) of the ", 2000)));
        CheckInvariants(string.Concat(Enumerable.Repeat("\"a, said X, \"", 2000)));
    }

    [Fact]
    public void Extract_NeverThrows_OnNullOrEmpty()
    {
        Assert.Empty(StatementExtractor.Extract(null!).Quotes);
        Assert.Empty(StatementExtractor.Extract("").Blocks);
    }
}
