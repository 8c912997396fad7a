using System.Text;
using AmnestyArchive.Core.Extraction.Text;
using CsCheck;

namespace AmnestyArchive.Core.Tests;

/// <summary>
/// The tokeniser reads short ASCII words sixteen characters at a time; whatever path a word
/// takes, the tokens must be exactly the runs of letters and digits, folded, that the plain
/// definition below gives.
/// </summary>
public sealed class TokenizerTests
{
    private static List<(int Start, int End, string Folded)> Reference(string text, int start, int end)
    {
        var tokens = new List<(int, int, string)>();
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var j = i;
            var folded = new StringBuilder();
            while (j < end && char.IsLetterOrDigit(text[j]))
            {
                folded.Append(Token.FoldChar(text[j]));
                j++;
            }
            tokens.Add((i, j, folded.ToString()));
            i = j;
        }
        return tokens;
    }

    private static void Check(string text, int start, int end)
    {
        var actual = Token.Tokenize(text, start, end).ConvertAll(t => (t.Start, t.End, t.Folded));
        Assert.Equal(Reference(text, start, end), actual);
    }

    private const string Alphabet = "abcXYZ019 .,'\"-\n\u00E9\u00D1\u00F1\u2013\u00B4\u0301@`[{~/:\u00AA\u00BA\u0130\u03A9";

    [Fact]
    public void Tokenize_EqualsTheReference_OnRandomText()
    {
        Gen.String[Alphabet].Sample(s => Check(s, 0, s.Length), iter: 3000);
    }

    [Fact]
    public void Tokenize_EqualsTheReference_OnWordsOfEveryLengthAndWindow()
    {
        // Words of 1 to 40 characters, each ending at every position relative to the window end.
        for (var length = 1; length <= 40; length++)
        {
            var word = string.Concat(Enumerable.Range(0, length).Select(k => (char)('A' + (k % 26))));
            var text = "x " + word + ", " + word + "\u00E9s " + word + "9 end";
            for (var end = 0; end <= text.Length; end++)
            {
                Check(text, 0, end);
                Check(text, Math.Min(2, end), end);
            }
        }
    }

    [Fact]
    public void Tokenize_GivesTheSameWordObject_ForEverySpelling()
    {
        const string text = "Convention CONVENTION convention Convenci\u00F3n";
        var tokens = Token.Tokenize(text, 0, text.Length);
        Assert.Same(tokens[0].Word, tokens[1].Word);
        Assert.Same(tokens[0].Word, tokens[2].Word);
        Assert.Equal("convencion", tokens[3].Folded);
    }
}
