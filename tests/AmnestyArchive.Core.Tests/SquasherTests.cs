using AmnestyArchive.Core.Extraction.Quotes;
using CsCheck;

namespace AmnestyArchive.Core.Tests;

/// <summary>Squashing copies runs of letters sixteen characters at a time; it must equal the plain squash.</summary>
public sealed class SquasherTests
{
    [Fact]
    public void Squash_EqualsThePlainSquash()
    {
        var text = Gen.OneOf(
            Gen.String[Gen.Char["abcXYZ019 .,'\"-\n"], 0, 400],
            Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzABC"], 0, 300],
            Gen.String[Gen.Char["ab \u00E9\u00D1\u2013Z9"], 0, 300]);
        text.Sample(s =>
        {
            var fast = new char[s.Length + Squasher.Slack];
            var plain = new char[s.Length + Squasher.Slack];
            var n = Squasher.Squash(s, fast);
            var m = Squasher.SquashScalar(s, plain, 0);
            Assert.Equal(new string(plain, 0, m), new string(fast, 0, n));
        }, iter: 3000);
    }
}
