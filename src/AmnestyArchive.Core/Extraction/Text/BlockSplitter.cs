using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.RegularExpressions;

namespace AmnestyArchive.Core.Extraction.Text;

/// <summary>A block before it gets its public shape.</summary>
internal sealed record RawBlock(int Index, BlockKind Kind, int Start, int End);

/// <summary>
/// Splits the normalised text into blocks (blank lines separate paragraphs; a text without any
/// blank line is read one line per block) and tells headings, datelines, pull quotes and their
/// attribution lines from paragraphs.
/// </summary>
internal static partial class BlockSplitter
{
    // "Agnès Callamard, Amnesty International's Secretary General": a name of two to five
    // capitalised words, a comma, a role. Tried only on short one-line blocks; source-generated
    // with a timeout (see RegexTimeouts), checked against its NonBacktracking twin by tests.
    internal const string AttributionLinePattern =
        @"^[-–—]?\s*(?:(?:Mr|Ms|Mrs|Dr|Prof|Sr|Sra)\.?\s+)?\p{Lu}[\p{L}'.-]*(?:\s+(?:(?:de|del|da|dos|van|von|al|el|bin|la|le|di|y)\s+)?\p{Lu}[\p{L}'.-]*){1,4}\s*,\s*[^,\n]";

    [GeneratedRegex(AttributionLinePattern, RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    internal static partial Regex AttributionLine { get; }

    public static List<RawBlock> Split(string text)
    {
        var spans = new List<TextSpan>();
        var hasBlankLine = text.Contains("\n\n", StringComparison.Ordinal) || HasBlankLine(text);
        var lineStart = 0;
        var blockStart = -1;
        var blockEnd = -1;
        while (lineStart <= text.Length)
        {
            var i = lineStart < text.Length ? text.IndexOf('\n', lineStart) : -1;
            if (i < 0)
            {
                i = text.Length;
            }
            var blank = text.AsSpan(lineStart, i - lineStart).IsWhiteSpace();
            if (blank || !hasBlankLine)
            {
                if (blockStart >= 0)
                {
                    spans.Add(Trim(text, blockStart, blockEnd));
                    blockStart = -1;
                }
                if (!blank)
                {
                    spans.Add(Trim(text, lineStart, i));
                }
            }
            else
            {
                if (blockStart < 0)
                {
                    blockStart = lineStart;
                }
                blockEnd = i;
            }
            lineStart = i + 1;
        }
        if (blockStart >= 0)
        {
            spans.Add(Trim(text, blockStart, blockEnd));
        }

        var kinds = new BlockKind[spans.Count];
        for (var b = 0; b < spans.Count; b++)
        {
            kinds[b] = Classify(text, spans[b]);
        }
        // A headline may run longer than other headings ("CIDH condena ... en Panamá e insta al Estado a
        // investigar ..."): the first block (after a dateline), when a body follows it, has a longer limit.
        var head = kinds.Length > 1 && kinds[0] == BlockKind.Dateline ? 1 : 0;
        if (head + 1 < spans.Count && kinds[head] == BlockKind.Paragraph
            && IsHeadingShape(text, spans[head], CountWords(text.AsSpan(spans[head].Start, spans[head].Length), MaxTitleWords + 1), MaxTitleWords))
        {
            kinds[head] = BlockKind.Heading;
        }
        // A pull quote is a standalone line that an attribution line follows. A first block without
        // a quotation mark or a closing stop is the title: "Uganda: Police Raid ..." over "Authorities
        // Should Free Detainees, Ban ..." is a headline and its subtitle, though the subtitle has the
        // shape of "Name, Role".
        for (var b = 0; b + 1 < spans.Count; b++)
        {
            if (kinds[b + 1] == BlockKind.Attribution && kinds[b] is BlockKind.Paragraph or BlockKind.Heading
                && (b > 0 || text[spans[b].Start] is '"' or '“' or '«' or '\'' || text[spans[b].End - 1] is '.' or '!' or '?' or '"' or '”' or '»'))
            {
                kinds[b] = BlockKind.PullQuote;
            }
        }
        for (var b = 0; b < spans.Count; b++)
        {
            if (kinds[b] == BlockKind.Attribution && (b == 0 || kinds[b - 1] != BlockKind.PullQuote))
            {
                kinds[b] = IsHeadingShape(text, spans[b]) ? BlockKind.Heading : BlockKind.Paragraph;
            }
        }
        var blocks = new List<RawBlock>(spans.Count);
        for (var b = 0; b < spans.Count; b++)
        {
            blocks.Add(new RawBlock(b, kinds[b], spans[b].Start, spans[b].End));
        }
        return blocks;
    }

    private static bool HasBlankLine(string text)
    {
        var lineStart = 0;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            if (lineStart > 0 && text.AsSpan(lineStart, i - lineStart).IsWhiteSpace())
            {
                return true;
            }
            lineStart = i + 1;
        }
        return false;
    }

    private static TextSpan Trim(string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }
        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }
        return new TextSpan(s, e);
    }

    // No rule below needs to know how far past this a block's word count goes; counting stops
    // there, so long paragraphs are not walked to the end.
    private const int WordCountLimit = MaxHeadingWords + 1;

    private const int MaxHeadingWords = 22;

    private const int MaxTitleWords = 32;

    private static BlockKind Classify(string text, TextSpan span)
    {
        var words = CountWords(text.AsSpan(span.Start, span.Length), WordCountLimit);
        if (words > 16)
        {
            return IsHeadingShape(text, span, words) ? BlockKind.Heading : BlockKind.Paragraph;
        }
        var s = text[span.Start..span.End];
        // Cheap pre-checks keep the date and attribution patterns off most blocks. A line ending
        // in a colon introduces the quote below it ("Ana Piquer, directora ..., ha señalado:").
        if (words <= 10 && HasYear(s) && DatelineParser.FindDate(s) is { } date)
        {
            var rest = s.Remove(date.Index, date.Length);
            if (CountWords(rest) <= 3)
            {
                return BlockKind.Dateline;
            }
        }
        if (!s.Contains('\n') && s.Contains(',') && s[^1] is not ('.' or '"' or '\'' or '?' or '!' or ':') && RegexTimeouts.IsMatch(AttributionLine, s))
        {
            return BlockKind.Attribution;
        }
        return IsHeadingShape(text, span, words) ? BlockKind.Heading : BlockKind.Paragraph;
    }

    private static bool IsHeadingShape(string text, TextSpan span) =>
        IsHeadingShape(text, span, CountWords(text.AsSpan(span.Start, span.Length), WordCountLimit));

    /// <param name="words">The block's word count, counted up to at least <see cref="WordCountLimit"/>.</param>
    private static bool IsHeadingShape(string text, TextSpan span, int words, int maxWords = MaxHeadingWords)
    {
        var s = text.AsSpan(span.Start, span.Length);
        if (s.Length == 0 || words > maxWords || s.Contains('\n'))
        {
            return false;
        }
        var last = s[^1];
        var first = s[0];
        return (char.IsUpper(first) || char.IsDigit(first) || first is '¿' or '¡')
               && last is not ('.' or ',' or ';' or ':' or '"' or '\'');
    }

    private static bool HasYear(string s)
    {
        var run = 0;
        foreach (var c in s)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }
        return false;
    }

    public static int CountWords(ReadOnlySpan<char> s) => CountWords(s, int.MaxValue);

    /// <summary>The number of words, or <paramref name="limit"/> if there are at least that many.</summary>
    public static int CountWords(ReadOnlySpan<char> s, int limit)
    {
        var n = 0;
        var inWord = false;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Sixteen characters at a time: a word starts where a non-space follows a space.
            // A stretch with a non-ASCII character is counted one character at a time.
            ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s));
            for (; i + Vector256<ushort>.Count <= s.Length; i += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref chars, (nuint)i);
                if (Vector256.GreaterThanAny(v, Vector256.Create((ushort)127)))
                {
                    if (CountScalar(s.Slice(i, Vector256<ushort>.Count), limit, ref n, ref inWord))
                    {
                        return limit;
                    }
                    continue;
                }
                var spaces = Vector256.Equals(v, Vector256.Create((ushort)' ')) | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'\t'), Vector256.Create((ushort)('\r' - '\t')));
                var words = ~spaces.ExtractMostSignificantBits() & 0xFFFFu;
                n += BitOperations.PopCount(words & ~((words << 1) | (inWord ? 1u : 0u)));
                if (n >= limit)
                {
                    return limit;
                }
                inWord = (words & 0x8000u) != 0;
            }
        }
        return CountScalar(s[i..], limit, ref n, ref inWord) ? limit : n;
    }

    /// <summary>Counts on from <paramref name="n"/>; true once <paramref name="limit"/> is reached.</summary>
    private static bool CountScalar(ReadOnlySpan<char> s, int limit, ref int n, ref bool inWord)
    {
        foreach (var c in s)
        {
            var w = !char.IsWhiteSpace(c);
            if (w && !inWord && ++n == limit)
            {
                return true;
            }
            inWord = w;
        }
        return false;
    }
}
