using AmnestyArchive.Core.Extraction.Text;
using CsCheck;

namespace AmnestyArchive.Core.Tests;

/// <summary>The sentence splitter looks for the places where a rule can fire sixteen characters at a time; it must split exactly as the plain scan does.</summary>
public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_IsTheSame_WithAndWithoutVectors()
    {
        var piece = Gen.OneOf(
            Gen.String[Gen.Char['a', 'z'], 1, 9],
            Gen.String[Gen.Char["AZMc"], 1, 3],
            Gen.OneOf(Gen.Const("executionsAt"), Gen.Const("U.S."), Gen.Const("Mr."), Gen.Const("e.g."), Gen.Const("George W. Bush")),
            Gen.String[Gen.Char[" .!?\"')\n\u00C9\u00E9\u00D1\u00F1\u2013"], 1, 3]);
        var text = piece.Array[0, 120].Select(string.Concat);
        Gen.Select(text, Gen.Int[0, 30]).Sample((s, cut) =>
        {
            var start = Math.Min(cut, s.Length);
            Assert.Equal(SentenceSplitter.Split(s, start, s.Length, vectorized: false), SentenceSplitter.Split(s, start, s.Length, vectorized: true));
        }, iter: 2000);
    }

    [Fact]
    public void Split_BreaksRunTogetherSentences()
    {
        const string text = "Three were killed in the executionsAt least two others. Mr. Smith left.";
        var sentences = SentenceSplitter.Split(text, 0, text.Length).ConvertAll(s => text[s.Start..s.End]);
        Assert.Equal(["Three were killed in the executions", "At least two others.", "Mr. Smith left."], sentences);
    }
}
