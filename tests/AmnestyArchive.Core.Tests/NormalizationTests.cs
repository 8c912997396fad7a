using AmnestyArchive.Core.Extraction;

namespace AmnestyArchive.Core.Tests;

public sealed class NormalizationTests
{
    [Fact]
    public void Extract_NormalizesSpacesQuotesAndComposition()
    {
        // NBSP, narrow NBSP, curly quotes, guillemets, a decomposed "è" and CRLF.
        var original = "Agne\u0300s\u00A0said:\u202F\u201CIt\u2019s time.\u201D\r\n\r\n\u00ABBasta\u00BB";
        var r = StatementExtractor.Extract(original);
        Assert.Equal("Agnès said: \"It's time.\"\n\n\"Basta\"", r.NormalizedText);
    }

    [Theory]
    // Guillemets inside curly quotes, curly quotes inside guillemets (in the one-for-one pass and, with a decomposed
    // letter and CRLF, the general one): the inner pair becomes single quotes, so the outer quote keeps its end.
    [InlineData("\u201CEl informe \u00ABProtesta\u00BB es claro.\u201D", "\"El informe 'Protesta' es claro.\"")]
    [InlineData("\u00ABEl informe \u201CProtesta\u201D es claro.\u00BB", "\"El informe 'Protesta' es claro.\"")]
    [InlineData("Inte\u0301s: \u201CEl informe \u00ABProtesta\u00BB.\u201D\r\n\r\n\u00ABOtro\u00BB y \u201Cotro\u201D",
        "Intés: \"El informe 'Protesta'.\"\n\n\"Otro\" y \"otro\"")]
    // A quote left open at the end of its paragraph ends there: the next paragraph's marks are its own.
    [InlineData("\u201CAbierta\n\n\u00ABCerrada\u00BB", "\"Abierta\n\n\"Cerrada\"")]
    public void Extract_NestedQuotationMarksOfTheOtherKindBecomeSingleQuotes(string original, string expected)
    {
        var r = StatementExtractor.Extract(original);
        Assert.Equal(expected, r.NormalizedText);
        Assert.Equal(original.Length, r.ToOriginalOffset(r.NormalizedText.Length));
    }

    [Fact]
    public void Extract_MapsNormalizedOffsetsBackToTheOriginal()
    {
        var original = "Agne\u0300s\u00A0said\r\n\r\nLine \u201Ctwo\u201D";
        var r = StatementExtractor.Extract(original);
        var text = r.NormalizedText;
        var said = text.IndexOf("said", StringComparison.Ordinal);
        Assert.Equal(original.IndexOf("said", StringComparison.Ordinal), r.ToOriginalOffset(said));
        var two = text.IndexOf("two", StringComparison.Ordinal);
        Assert.Equal(original.IndexOf("two", StringComparison.Ordinal), r.ToOriginalOffset(two));
        Assert.Equal(original.Length, r.ToOriginalOffset(text.Length));
        Assert.Equal(original.Length, r.ToOriginalOffset(int.MaxValue));
        Assert.Equal(0, r.ToOriginalOffset(-5));
        for (var i = 0; i < text.Length; i++)
        {
            Assert.True(r.ToOriginalOffset(i) <= r.ToOriginalOffset(i + 1));
        }
    }

    [Fact]
    public void Extract_QuoteOffsetsPointIntoTheOriginalText()
    {
        var original = "\u201CNobody should be jailed for\u00A0a post on social media,\u201D said John Smith, a researcher.";
        var r = StatementExtractor.Extract(original);
        var q = Assert.Single(r.Quotes);
        Assert.Equal("Nobody should be jailed for a post on social media", q.Text);
        Assert.Equal("Nobody should be jailed for\u00A0a post on social media", original[q.OriginalStart..q.OriginalEnd]);
    }

    [Fact]
    public void Extract_GivesBlocksStableAnchorsInOrder()
    {
        var r = StatementExtractor.Extract("Title line\n\nFirst paragraph here.\n\nSecond paragraph here.");
        Assert.Equal(["p1", "p2", "p3"], r.Blocks.Select(b => b.Anchor));
        Assert.Equal(BlockKind.Heading, r.Blocks[0].Kind);
        Assert.Equal("Second paragraph here.", r.Blocks[2].Text);
    }

    [Fact]
    public void Extract_ReadsEachLineAsABlock_WhenThereAreNoBlankLines()
    {
        var r = StatementExtractor.Extract("A heading\nA first paragraph.\nA second paragraph.");
        Assert.Equal(3, r.Blocks.Count);
    }

    [Theory]
    [InlineData("The government must release the prisoners and the courts should act now.", "en")]
    [InlineData("El gobierno debe liberar a los presos y los tribunales deben actuar ya.", "es")]
    public void Extract_DetectsLanguage(string text, string language)
    {
        Assert.Equal(language, StatementExtractor.Extract(text).Language);
    }

    [Fact]
    public void Extract_LetsTheCallerOverrideTheLanguage()
    {
        var r = StatementExtractor.Extract("El gobierno debe liberar a los presos.", new ExtractionOptions { Language = "en" });
        Assert.Equal("en", r.Language);
    }

    [Fact]
    public void Extract_KeepsOffsets_WhenEveryChangeIsOneForOne()
    {
        var original = "\u201CNo\u00A0one\u2019s safe\u201D \u2014 she said\u2026 caf\u00E9 \u2212 done.";
        var r = StatementExtractor.Extract(original);
        Assert.Equal("\"No one's safe\" \u2014 she said\u2026 caf\u00E9 \u2013 done.", r.NormalizedText);
        for (var i = 0; i <= r.NormalizedText.Length; i++)
        {
            Assert.Equal(i, r.ToOriginalOffset(i));
        }
    }

    [Fact]
    public void Extract_MovesOffsets_WhenACharacterIsDroppedOrComposed()
    {
        var original = "\u201CA\u201D\r\ne\u0301t\u00E9 \uFEFFend";
        var r = StatementExtractor.Extract(original);
        Assert.Equal("\"A\"\n\u00E9t\u00E9 end", r.NormalizedText);
        Assert.Equal(original.IndexOf('t'), r.ToOriginalOffset(r.NormalizedText.IndexOf('t')));
        Assert.Equal(original.IndexOf("end", StringComparison.Ordinal), r.ToOriginalOffset(r.NormalizedText.IndexOf("end", StringComparison.Ordinal)));
    }
}
