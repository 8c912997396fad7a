using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using AmnestyArchive.Core.Extraction.Text;

namespace AmnestyArchive.Core.Extraction.Quotes;

/// <summary>
/// A text's letters and digits, lower-cased, with everything else dropped: how a pull quote is
/// compared with the body quote it repeats, whatever the punctuation and spacing.
/// </summary>
internal static class Squasher
{
    /// <summary>Room <paramref name="into"/> needs past the squashed text: runs are copied sixteen characters at a time.</summary>
    public const int Slack = 16;

    /// <summary>Squashes <paramref name="s"/> into <paramref name="into"/> (at least <c>s.Length + Slack</c> long); returns how many characters it wrote.</summary>
    public static int Squash(ReadOnlySpan<char> s, Span<char> into)
    {
        if (into.Length < s.Length + Slack)
        {
            throw new ArgumentException("The destination needs room for the text and the slack.", nameof(into));
        }
        var n = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // 64 characters at a time: the runs of ASCII letters and digits are found in a bit
            // mask, as the tokeniser finds words, and each is copied lower-cased as a whole
            // vector: what it writes past the run, the next run overwrites.
            ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s));
            ref var target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(into));
            while (s.Length - i >= Token.Chunk + Vector256<ushort>.Count)
            {
                var (words, nonAscii) = Token.ChunkMasks(ref source, i);
                if (nonAscii != 0)
                {
                    // A run that touches a non-ASCII character may go on with it: this chunk is
                    // read one character at a time.
                    n = SquashScalar(s.Slice(i, Token.Chunk), into, n);
                    i += Token.Chunk;
                    continue;
                }
                while (words != 0)
                {
                    var at = BitOperations.TrailingZeroCount(words);
                    var length = BitOperations.TrailingZeroCount(~(words >> at));
                    for (var k = 0; k < length; k += Vector256<ushort>.Count)
                    {
                        var v = Vector256.LoadUnsafe(ref source, (nuint)(i + at + k)) | Vector256.Create((ushort)0x20);
                        v.StoreUnsafe(ref target, (nuint)(n + k));
                    }
                    n += length;
                    words = at + length >= 64 ? 0 : words & ~(((1ul << length) - 1) << at);
                }
                i += Token.Chunk;
            }
        }
        return SquashScalar(s[i..], into, n);
    }

    /// <summary>The plain squash, character by character, appended at <paramref name="n"/>; returns the new length.</summary>
    internal static int SquashScalar(ReadOnlySpan<char> s, Span<char> into, int n)
    {
        foreach (var c in s)
        {
            if (c < 128)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    into[n++] = (char)(c | 0x20); // lower case; digits already have the bit
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                into[n++] = char.ToLowerInvariant(c);
            }
        }
        return n;
    }
}
