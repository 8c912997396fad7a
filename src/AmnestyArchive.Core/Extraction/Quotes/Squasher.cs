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
            // Sixteen characters at a time: the runs of ASCII letters and digits are found in a bit
            // mask, and each is copied lower-cased as a whole vector: what it writes past the run,
            // the next run overwrites. Sixteen characters with a non-ASCII one among them are read
            // one at a time.
            ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s));
            ref var target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(into));
            const int Width = 16;
            while (s.Length - i >= 2 * Width)
            {
                var v = Vector256.LoadUnsafe(ref source, (nuint)i);
                if (Vector256.GreaterThanAny(v, Vector256.Create((ushort)127)))
                {
                    n = SquashScalar(s.Slice(i, Width), into, n);
                    i += Width;
                    continue;
                }
                var runs = Token.AsciiLettersOrDigits(v);
                while (runs != 0)
                {
                    var at = BitOperations.TrailingZeroCount(runs);
                    var length = BitOperations.TrailingZeroCount(~(runs >> at));
                    (Vector256.LoadUnsafe(ref source, (nuint)(i + at)) | Vector256.Create((ushort)0x20)).StoreUnsafe(ref target, (nuint)n);
                    n += length;
                    runs &= ~(((1u << length) - 1) << at);
                }
                i += Width;
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
