using System.Text;
using AmnestyArchive.Core.Extraction.Text;
using CsCheck;

namespace AmnestyArchive.Core.Tests;

/// <summary>
/// The tokeniser reads short ASCII words sixteen characters at a time; whatever path a word
/// takes, the tokens must be exactly the runs of letters and digits that the plain definition
/// below gives, each with the id of its folded word. The words of each test text are registered
/// first (as rules register theirs), so that a wrongly folded word shows as a wrong id.
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
        var expected = Reference(text, start, end);
        foreach (var (_, _, folded) in expected)
        {
            if (folded.Length <= Lexicon.MaxWordLength)
            {
                Lexicon.Register(folded);
            }
        }
        var actual = Token.Tokenize(text, start, end).ConvertAll(t => (t.Start, t.End, t.WordId));
        Assert.Equal(expected.ConvertAll(e => (e.Start, e.End, Lexicon.IdOf(e.Folded))), actual);
    }

    private const string Alphabet = "abcXYZ019 .,'\"-\n\u00E9\u00D1\u00F1\u2013\u00B4\u0301@`[{~/:\u00AA\u00BA\u0130\u03A9";

    [Fact]
    public void Tokenize_EqualsTheReference_OnRandomText()
    {
        Gen.String[Alphabet].Sample(s => Check(s, 0, s.Length), iter: 3000);
    }

    [Fact]
    public void Tokenize_EqualsTheReference_OnLongMostlyAsciiText()
    {
        // Long enough for the 64-character chunks: words of 1 to 70 letters, mostly ASCII, with
        // the odd accented letter, dash or symbol, tokenised from and to every kind of position.
        var word = Gen.OneOf(
            Gen.String[Gen.Char['a', 'z'], 1, 12],
            Gen.String[Gen.Char["ABCdef0123456789"], 1, 70],
            Gen.String[Gen.Char["a\u00E9\u00F1Z\u0301"], 1, 20]);
        var separator = Gen.OneOf(Gen.Const(" "), Gen.Const(", "), Gen.Const("\n\n"), Gen.String[Gen.Char[" .,'\"()-\u2013\u00A0\u00BF"], 1, 4]);
        var text = Gen.Select(word, separator).Array[0, 300].Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));
        Gen.Select(text, Gen.Int[0, 100], Gen.Int[0, 100]).Sample((s, a, b) =>
        {
            Check(s, 0, s.Length);
            var from = Math.Min(a, s.Length);
            Check(s, from, Math.Max(from, s.Length - b));
        }, iter: 400);
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
    public void Tokenize_MarksExactlyTheTokensWithTheFlags()
    {
        Lexicon.Register("must", WordFlags.DemandCue);
        Lexicon.Register("cannot", WordFlags.DemandCue);
        var text = string.Concat(Enumerable.Repeat("They must act \u2013 caf\u00E9 MUST, \"cannot\" wait; mustard must. ", 9));
        var tokens = new List<Token>();
        var marked = new List<int>();
        Token.Tokenize(text, 0, text.Length, tokens, marked, WordFlags.DemandCue);
        var expected = Enumerable.Range(0, tokens.Count).Where(i => (tokens[i].Flags & WordFlags.DemandCue) != 0).ToList();
        Assert.Equal(expected, marked);
        Assert.Equal(9 * 4, marked.Count);
    }

    [Fact]
    public void Tokenize_SeesAWordRegisteredAfterItWasFirstRead()
    {
        // The thread's table of recent words remembered the word as unknown; registering it must
        // not leave that stale (whichever thread loads a registry, the others tokenise after it).
        var word = "zq" + Guid.NewGuid().ToString("N")[..10].Replace('0', 'x');
        var text = "The " + word + " stood here, and the rest of the sentence makes sixty-four characters at least.";
        Assert.Equal(0, Token.Tokenize(text, 0, text.Length)[1].WordId);
        var registered = Lexicon.Register(word, WordFlags.DemandCue);
        var token = Token.Tokenize(text, 0, text.Length)[1];
        Assert.Equal(registered.Id, token.WordId);
        Assert.Equal(WordFlags.DemandCue, token.Flags);
    }

    [Fact]
    public void Tokenize_SeesAPhraseFlagAddedToAWordItHasAlreadyRead()
    {
        // Both words are known before the phrase is added, so adding it registers no new word:
        // the flag alone must make the thread's table of recent words out of date.
        var first = "zr" + Guid.NewGuid().ToString("N")[..10].Replace('0', 'x');
        var second = "zs" + Guid.NewGuid().ToString("N")[..10].Replace('0', 'x');
        Lexicon.Register(first);
        Lexicon.Register(second);
        var text = "Then " + first + " " + second + " came, and the rest of the sentence makes sixty-four characters.";
        Assert.Equal(WordFlags.None, Token.Tokenize(text, 0, text.Length)[1].Flags);
        var matcher = new PhraseMatcher<string>();
        matcher.Add(first + " " + second, "phrase", lowercaseOk: true);
        matcher.Freeze();
        Assert.NotEqual(WordFlags.None, matcher.RootFlag);
        var tokens = Token.Tokenize(text, 0, text.Length);
        Assert.Equal(matcher.RootFlag, tokens[1].Flags & matcher.RootFlag);
        Assert.Equal("phrase", Assert.Single(matcher.FindAll(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens))).Value);
    }

    [Fact]
    public void Tokenize_GivesTheSameWord_ForEverySpelling()
    {
        const string text = "Convention CONVENTION convention Convenci\u00F3n Unregisteredwordxyz";
        Lexicon.Register("convention");
        Lexicon.Register("convencion");
        var tokens = Token.Tokenize(text, 0, text.Length);
        Assert.NotEqual(0, tokens[0].WordId);
        Assert.Equal(tokens[0].WordId, tokens[1].WordId);
        Assert.Equal(tokens[0].WordId, tokens[2].WordId);
        Assert.Equal("convencion", Lexicon.WordOf(tokens[3].WordId).Text);
        Assert.Equal(0, tokens[4].WordId);
    }
}
