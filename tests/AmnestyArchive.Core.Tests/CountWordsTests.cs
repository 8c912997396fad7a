using AmnestyArchive.Core.Extraction.Text;
using CsCheck;

namespace AmnestyArchive.Core.Tests;

/// <summary>Word counts are taken sixteen characters at a time; they must equal the plain count.</summary>
public sealed class CountWordsTests
{
    private static int Reference(string s, int limit)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var w = !char.IsWhiteSpace(c);
            if (w && !inWord && ++n == limit)
            {
                return n;
            }
            inWord = w;
        }
        return n;
    }

    [Fact]
    public void CountWords_EqualsTheReference_OnRandomText()
    {
        var text = Gen.String[Gen.Char[" \n\t\r\u000B\u000C\u001Fab\u00E9\u00A0\u2003\u0085,."], 0, 200];
        Gen.Select(text, Gen.Int[1, 40]).Sample((s, limit) =>
        {
            Assert.Equal(Reference(s, limit), BlockSplitter.CountWords(s, limit));
            Assert.Equal(Reference(s, int.MaxValue), BlockSplitter.CountWords(s));
        }, iter: 3000);
    }
}
