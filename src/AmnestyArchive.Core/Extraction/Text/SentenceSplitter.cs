using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AmnestyArchive.Core.Extraction.Text;

/// <summary>
/// Splits a block into sentences. Besides ". X", it also breaks on a stop with no space after it
/// ("word.Word") and on a run-together pair of sentences ("executionsAt least"), typos that
/// real statements contain.
/// </summary>
internal static class SentenceSplitter
{
    // Looked up by span: every full stop asks.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations().GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string> Abbreviations() => new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "art", "arts", "res", "sr", "sra", "srta", "dra",
        "jr", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "hon", "vs", "v", "nº", "núm", "cf", "pp", "p",
        "para", "e.g", "i.e", "etc", "approx", "ca", "op", "cit", "ibid", "ee", "uu", "fig", "vol", "ed", "inc", "ltd", "co",
    };

    // ASCII characters at which no rule can fire: everything but line breaks, stops and capitals.
    // The scan jumps over runs of them (every other character, including any non-ASCII one,
    // is looked at), since a rule only ever fires at a stop, a line break or a capital.
    private static readonly SearchValues<char> Uneventful = SearchValues.Create(UneventfulAscii());

    private static string UneventfulAscii()
    {
        var chars = new System.Text.StringBuilder();
        for (var c = '\0'; c < '\u0080'; c++)
        {
            if (c is not ('\n' or '.' or '!' or '?') && !char.IsAsciiLetterUpper(c))
            {
                chars.Append(c);
            }
        }
        return chars.ToString();
    }

    public static List<TextSpan> Split(string text, int start, int end) => Split(text, start, end, Vector256.IsHardwareAccelerated);

    /// <param name="vectorized">Whether to look for the next event sixteen characters at a time (tests compare both ways).</param>
    internal static List<TextSpan> Split(string text, int start, int end, bool vectorized)
    {
        // With vectors, the places where a rule can fire are found for the whole block first,
        // as a bit per character; then each step jumps to the next set bit.
        var words = (end - start + 63) >> 6;
        ulong[]? rented = null;
        var events = !vectorized ? default : words <= 64 ? stackalloc ulong[words] : (rented = ArrayPool<ulong>.Shared.Rent(words)).AsSpan(0, words);
        try
        {
            if (vectorized)
            {
                MarkEvents(text, start, end, events);
            }
            return Split(text, start, end, vectorized, events);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }
        }
    }

    private static List<TextSpan> Split(string text, int start, int end, bool vectorized, Span<ulong> events)
    {
        var sentences = new List<TextSpan>();
        var s = start;
        var k = start;
        while (k < end)
        {
            k = vectorized ? NextSet(events, k - start) is var bit and >= 0 ? start + bit : -1 : NextEvent(text, k, end);
            if (k < 0)
            {
                break;
            }
            // A run-together pair ("executionsAt least") is seen from its capital.
            if (k - 1 >= start && char.IsLower(text[k - 1]) && k + 1 < end && char.IsUpper(text[k]) && char.IsLower(text[k + 1])
                && LowerRun(text, start, k - 1) >= 4)
            {
                Add(sentences, text, s, k);
                s = k;
            }
            var c = text[k];
            if (c == '\n')
            {
                Add(sentences, text, s, k);
                s = k + 1;
            }
            else if (c is '.' or '!' or '?')
            {
                var m = k + 1;
                while (m < end && text[m] is '"' or '\'' or ')' or ']' or '.' or '!' or '?')
                {
                    m++;
                }
                if (m >= end)
                {
                    k = m;
                    continue;
                }
                if (char.IsWhiteSpace(text[m]))
                {
                    var n = m;
                    while (n < end && text[n] is ' ')
                    {
                        n++;
                    }
                    if (n < end && StartsSentence(text[n]) && (c != '.' || !IsAbbreviation(text, start, k)))
                    {
                        Add(sentences, text, s, m);
                        s = n;
                        k = n;
                        continue;
                    }
                }
                // "Ciudad de México, 12 de agosto de 2025.- Las autoridades ...": a dateline's year, a stop and a dash end it.
                else if (c == '.' && m == k + 1 && k > start && char.IsAsciiDigit(text[k - 1]) && text[m] is '-' or '–' or '—'
                         && m + 2 < end && text[m + 1] == ' ' && StartsSentence(text[m + 2]))
                {
                    Add(sentences, text, s, m + 1);
                    s = m + 2;
                    k = m + 2;
                    continue;
                }
                else if (c == '.' && m == k + 1 && m + 1 < end && char.IsUpper(text[m]) && char.IsLower(text[m + 1])
                         && k - 2 >= start && char.IsLower(text[k - 1]) && char.IsLower(text[k - 2]))
                {
                    Add(sentences, text, s, m);
                    s = m;
                }
                k = m;
                continue;
            }
            k++;
        }
        Add(sentences, text, s, end);
        return sentences;
    }

    /// <summary>
    /// The first place at or after <paramref name="k"/> where a rule can fire, or -1: any character
    /// but the uneventful ones (everything but line breaks, stops and capitals).
    /// </summary>
    private static int NextEvent(string text, int k, int end)
    {
        var skip = text.AsSpan(k, end - k).IndexOfAnyExcept(Uneventful);
        return skip < 0 ? -1 : k + skip;
    }

    /// <summary>
    /// Where a rule can fire among sixteen characters (bit i for <c>v[i]</c>, whose character before
    /// is <c>before[i]</c>): a line break, a stop, a capital right after a lower-case letter, or (to
    /// be safe) any non-ASCII character.
    /// </summary>
    private static uint Events(Vector256<ushort> v, Vector256<ushort> before)
    {
        var stops = Vector256.Equals(v, Vector256.Create((ushort)'\n')) | Vector256.Equals(v, Vector256.Create((ushort)'.'))
                    | Vector256.Equals(v, Vector256.Create((ushort)'!')) | Vector256.Equals(v, Vector256.Create((ushort)'?'));
        var nonAscii = Vector256.GreaterThan(v, Vector256.Create((ushort)127));
        var capital = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'A'), Vector256.Create((ushort)('Z' - 'A')));
        var lowerBefore = Vector256.LessThanOrEqual(before - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')))
                          | Vector256.GreaterThan(before, Vector256.Create((ushort)127));
        return (stops | nonAscii | (capital & lowerBefore)).ExtractMostSignificantBits();
    }

    /// <summary>
    /// Sets a bit for every character of <c>text[start..end]</c> where a rule can fire (as
    /// <see cref="Events"/> finds them): sixteen characters at a time, each beside the one
    /// before it; the first and the last few are tested one by one, more broadly.
    /// </summary>
    private static void MarkEvents(string text, int start, int end, Span<ulong> events)
    {
        events.Clear();
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        var k = start;
        if (k < end && !Uneventful.Contains(text[k]))
        {
            events[0] |= 1;
        }
        k++;
        for (; k + Vector256<ushort>.Count <= end; k += Vector256<ushort>.Count)
        {
            var found = (ulong)Events(Vector256.LoadUnsafe(ref chars, (nuint)k), Vector256.LoadUnsafe(ref chars, (nuint)(k - 1)));
            if (found != 0)
            {
                var at = k - start;
                events[at >> 6] |= found << (at & 63);
                if ((at & 63) > 48)
                {
                    events[(at >> 6) + 1] |= found >> (64 - (at & 63));
                }
            }
        }
        for (; k < end; k++)
        {
            if (!Uneventful.Contains(text[k]))
            {
                events[(k - start) >> 6] |= 1ul << ((k - start) & 63);
            }
        }
    }

    /// <summary>The first set bit at or after <paramref name="from"/>, or -1.</summary>
    private static int NextSet(ReadOnlySpan<ulong> bits, int from)
    {
        var w = from >> 6;
        if (w >= bits.Length)
        {
            return -1;
        }
        var word = bits[w] & (ulong.MaxValue << (from & 63));
        while (word == 0)
        {
            if (++w >= bits.Length)
            {
                return -1;
            }
            word = bits[w];
        }
        return (w << 6) + BitOperations.TrailingZeroCount(word);
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '(' or '[' or '¿' or '¡' or '-' or '–' or '—';

    private static int LowerRun(string text, int start, int k)
    {
        var n = 0;
        while (k >= start && char.IsLower(text[k]))
        {
            n++;
            k--;
        }
        // "McDonald", "iPhone": a capital just before the run means a name, not a typo.
        return k >= start && char.IsLetter(text[k]) ? 0 : n;
    }

    private static bool IsAbbreviation(string text, int start, int dot)
    {
        var b = dot;
        while (b > start && (char.IsLetter(text[b - 1]) || text[b - 1] == '.'))
        {
            b--;
        }
        var word = text.AsSpan(b, dot - b);
        if (word.Length == 0)
        {
            return false;
        }
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "George W. Bush"
        }
        if (word.Contains('.'))
        {
            return true; // "U.S.", "e.g."
        }
        return AbbreviationLookup.Contains(word);
    }

    private static void Add(List<TextSpan> sentences, string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }
        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }
        if (e > s)
        {
            sentences.Add(new TextSpan(s, e));
        }
    }
}
