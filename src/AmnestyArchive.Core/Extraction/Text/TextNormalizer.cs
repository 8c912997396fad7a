using System.Buffers;
using System.Runtime.Intrinsics;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using System.Numerics;
using System.Globalization;
using System.Text;

namespace AmnestyArchive.Core.Extraction.Text;

/// <summary>Normalised text plus, for every normalised offset, the original offset it came from.</summary>
internal sealed record NormalizedText(string Text, OffsetMap Map);

/// <summary>
/// NFC, one kind of space, straight quotes and a single dash form, so that every later rule
/// needs to know only one spelling. The offset map keeps spans linkable to the original bytes.
/// </summary>
internal static class TextNormalizer
{
    // Characters that pass through unchanged and never combine with a following mark: printable
    // ASCII except the backtick, and the line feed. Statements are mostly such runs, which are
    // copied in bulk instead of character by character.
    private static readonly SearchValues<char> PassThrough = SearchValues.Create(
        "\n !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_abcdefghijklmnopqrstuvwxyz{|}~");

    public static NormalizedText Normalize(string original)
    {
        var first = original.AsSpan().IndexOfAnyExcept(PassThrough);
        if (first < 0)
        {
            return new NormalizedText(original, OffsetMap.Identity(original.Length));
        }
        // Quotation marks of the other kind inside a quote ("«Protesta y Derechos Humanos»" inside “...”) become
        // single quotes, so that straightening both kinds to '"' does not end the outer quote early.
        var nested = NestedQuoteMarks(original, first);
        if (OneForOne(original, first, nested) is { } replaced)
        {
            return new NormalizedText(replaced, OffsetMap.Identity(original.Length));
        }
        // One pass into a pooled buffer: this runs on every import and every render of the
        // review page, so the only allocation is the result.
        var buffer = ArrayPool<char>.Shared.Rent(original.Length + 16);
        try
        {
            var map = new OffsetMap.Builder();
            var n = 0;
            var i = 0;
            while (i < original.Length)
            {
                var plain = PlainRunLength(original, i);
                if (plain > 0)
                {
                    EnsureRoom(ref buffer, n + plain);
                    original.AsSpan(i, plain).CopyTo(buffer.AsSpan(n));
                    map.Add(n, i);
                    n += plain;
                    i += plain;
                    continue;
                }
                var c = original[i];
                var j = i + 1;
                if (c >= 0x300 || (j < original.Length && original[j] >= 0x300))
                {
                    // A base character and its combining marks are composed together; the whole
                    // cluster maps back to where it started.
                    if (char.IsHighSurrogate(c) && j < original.Length && char.IsLowSurrogate(original[j]))
                    {
                        j++;
                    }
                    while (j < original.Length && IsCombining(original[j]))
                    {
                        j++;
                    }
                }
                if (j - i == 1)
                {
                    var r = Replace(c, original, i, nested);
                    if (r != '\0')
                    {
                        Append(ref buffer, ref map, ref n, r, i);
                    }
                }
                else
                {
                    string composed;
                    try
                    {
                        composed = original.Substring(i, j - i).Normalize(NormalizationForm.FormC);
                    }
                    catch (ArgumentException)
                    {
                        // Lone surrogates cannot be normalised; keep them as they are.
                        composed = original.Substring(i, j - i);
                    }
                    foreach (var k in composed)
                    {
                        var r = Replace(k, original, i, nested);
                        if (r != '\0')
                        {
                            Append(ref buffer, ref map, ref n, r, i);
                        }
                    }
                }
                i = j;
            }
            // Text that needed no change is returned as it came, without a copy.
            var text = n == original.Length && original.AsSpan().SequenceEqual(buffer.AsSpan(0, n)) ? original : new string(buffer, 0, n);
            return new NormalizedText(text, map.Build(n, original.Length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Most statements need only characters swapped one for one (curly quotes, no-break spaces,
    /// dashes): then the text is copied once, straight into the new string, and patched in place,
    /// and the offsets do not move. Returns null when some character is dropped, composed or part
    /// of a surrogate pair, which the general pass handles (the string begun is then dropped).
    /// </summary>
    private static string? OneForOne(string original, int first, HashSet<int>? nested)
    {
        var state = new OneForOneState(original, first, nested);
        var copy = string.Create(original.Length, state, CopyOneForOne);
        return state.Failed ? null : copy;
    }

    private sealed class OneForOneState(string original, int first, HashSet<int>? nested)
    {
        public string Original { get; } = original;

        public HashSet<int>? Nested { get; } = nested;

        public int First { get; } = first;

        public bool Failed { get; set; }
    }

    private static void CopyOneForOne(Span<char> buffer, OneForOneState state)
    {
        var original = state.Original;
        // Sixteen characters at a time are copied; those that are not plain are swapped one
        // by one, or the whole text goes to the general pass.
        var i = state.First & ~15;
        original.AsSpan(0, i).CopyTo(buffer);
        if (Vector256.IsHardwareAccelerated)
        {
            ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(original.AsSpan()));
            ref var target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(buffer));
            for (; i + Vector256<ushort>.Count <= original.Length; i += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref source, (nuint)i);
                v.StoreUnsafe(ref target, (nuint)i);
                var other = Vector256.GreaterThan(v, Vector256.Create((ushort)'~'))
                            | (Vector256.LessThan(v, Vector256.Create((ushort)' ')) & ~Vector256.Equals(v, Vector256.Create((ushort)'\n')))
                            | Vector256.Equals(v, Vector256.Create((ushort)'`'));
                for (var mask = other.ExtractMostSignificantBits(); mask != 0; mask &= mask - 1)
                {
                    var k = i + BitOperations.TrailingZeroCount(mask);
                    if ((buffer[k] = OneForOneAt(original, k, state.Nested)) == '\0')
                    {
                        state.Failed = true;
                        return;
                    }
                }
            }
        }
        for (var k = i; k < original.Length; k++)
        {
            var c = original[k];
            if ((buffer[k] = PassThrough.Contains(c) ? c : OneForOneAt(original, k, state.Nested)) == '\0')
            {
                state.Failed = true;
                return;
            }
        }
    }

    /// <summary>The one character that replaces the one at <paramref name="k"/>, or '\0' when it is dropped, composed or half of a pair.</summary>
    private static char OneForOneAt(string text, int k, HashSet<int>? nested)
    {
        var c = text[k];
        var next = k + 1 < text.Length ? text[k + 1] : ' ';
        return char.IsSurrogate(c) || IsCombining(c) || IsCombining(next) ? '\0' : Replace(c, text, k, nested);
    }

    /// <summary>
    /// The offsets of quotation marks of one kind opened and closed inside a quote opened with the other kind, within a
    /// paragraph: « » inside “ ”, or “ ” inside « ». Null when the text does not use both kinds (most do not).
    /// </summary>
    private static HashSet<int>? NestedQuoteMarks(string text, int first)
    {
        var rest = text.AsSpan(first);
        if (rest.IndexOfAny('\u00AB', '\u00BB') < 0 || rest.IndexOfAny('\u201C', '\u201D') < 0)
        {
            return null;
        }
        HashSet<int>? nested = null;
        var outer = '\0';
        var inner = '\0';
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && i + 1 < text.Length && (text[i + 1] == '\n' || (text[i + 1] == '\r' && i + 2 < text.Length && text[i + 2] == '\n')))
            {
                outer = inner = '\0'; // a paragraph ends every quote opened in it
                continue;
            }
            if (c is '\u201C' or '\u00AB')
            {
                if (outer == '\0')
                {
                    outer = c;
                }
                else if (inner == '\0' && c != outer)
                {
                    inner = c;
                    (nested ??= []).Add(i);
                }
            }
            else if (c is '\u201D' or '\u00BB')
            {
                if (inner != '\0' && c == Closing(inner))
                {
                    inner = '\0';
                    nested!.Add(i);
                }
                else if (outer != '\0' && c == Closing(outer))
                {
                    outer = inner = '\0';
                }
            }
        }
        return nested;
    }

    private static char Closing(char open) => open == '\u201C' ? '\u201D' : '\u00BB';

    /// <summary>
    /// How many characters from <paramref name="i"/> on can be copied unchanged. The last plain
    /// character before any other one is left out: a combining mark after it would join it.
    /// </summary>
    private static int PlainRunLength(string original, int i)
    {
        var rest = original.AsSpan(i);
        var other = rest.IndexOfAnyExcept(PassThrough);
        return other < 0 ? rest.Length : Math.Max(0, other - 1);
    }

    /// <summary>Grows the buffer so that index <paramref name="last"/> fits.</summary>
    private static void EnsureRoom(ref char[] buffer, int last)
    {
        if (last < buffer.Length)
        {
            return;
        }
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(last + 1, buffer.Length * 2));
        buffer.CopyTo(bigger, 0);
        ArrayPool<char>.Shared.Return(buffer);
        buffer = bigger;
    }

    private static void Append(ref char[] buffer, ref OffsetMap.Builder map, ref int n, char c, int from)
    {
        // Composition can, rarely, lengthen a cluster.
        EnsureRoom(ref buffer, n);
        buffer[n] = c;
        map.Add(n, from);
        n++;
    }

    private static bool IsCombining(char c)
    {
        if (c < '\u0300')
        {
            return false;
        }
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>Returns the replacement for one character, or '\0' to drop it.</summary>
    private static char Replace(char c, string original, int at, HashSet<int>? nested) => c switch
    {
        '\u201C' or '\u201D' or '\u00AB' or '\u00BB' when nested is not null && nested.Contains(at) => '\'',
        >= ' ' and < '\u007F' and not '`' => c,
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\u2004' or '\u2005' or '\u2006' or '\u2008' or '\u205F' or '\u3000' or '\t' or '\v' or '\f' => ' ',
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => '\0',
        // CR LF becomes LF; a lone CR is a line break too.
        '\r' => at + 1 < original.Length && original[at + 1] == '\n' ? '\0' : '\n',
        '\u2028' or '\u2029' or '\u0085' => '\n',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u301D' or '\u301E' or '\uFF02' or '\u2033' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A' or '\u2032' or '\u0060' or '\u00B4' => '\'',
        '\u2010' or '\u2011' => '-',
        '\u2012' or '\u2015' or '\u2212' or '\uFE58' => '\u2013',
        // Other control characters would confuse block and sentence splitting.
        < ' ' when c != '\n' => ' ',
        '\u007F' => ' ',
        _ => c,
    };
}
