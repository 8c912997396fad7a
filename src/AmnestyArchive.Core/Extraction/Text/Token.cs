using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace AmnestyArchive.Core.Extraction.Text;

/// <summary>
/// A run of letters or digits, with the id of its folded (lower-case, accent-free) word in the
/// <see cref="Lexicon"/> (0 when no rule knows the word) and that word's flags. Plain values,
/// so a statement's tokens are one block of memory the collector never has to look into.
/// </summary>
internal readonly record struct Token(int Start, int End, int WordId, WordFlags Flags)
{
    public int Length => End - Start;

    /// <summary>Whether the folded word ends with <paramref name="suffix"/> (lower-case ASCII), read from the text.</summary>
    public bool FoldedEndsWith(string text, string suffix)
    {
        if (Length < suffix.Length)
        {
            return false;
        }
        for (var k = 0; k < suffix.Length; k++)
        {
            if (FoldChar(text[End - suffix.Length + k]) != suffix[k])
            {
                return false;
            }
        }
        return true;
    }

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(4, (end - start + 1) / 2));
        Tokenize(text, start, end, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <c>text[start..end]</c> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens) => Tokenize(text, start, end, tokens, null, WordFlags.None);

    /// <summary>
    /// Appends the tokens of <c>text[start..end]</c> to <paramref name="tokens"/>, and to
    /// <paramref name="marked"/> the index of each token with any of <paramref name="markFlags"/>.
    /// </summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens, List<int>? marked, WordFlags markFlags)
    {
        // A stretch of n characters holds at most (n + 1) / 2 words: room for them all is made
        // first, so that tokens are written into the lists' memory without a check per token.
        var most = ((end - start) + 1) / 2;
        var tokenCount = tokens.Count;
        CollectionsMarshal.SetCount(tokens, tokenCount + most);
        var markCount = 0;
        if (marked is not null)
        {
            markCount = marked.Count;
            CollectionsMarshal.SetCount(marked, markCount + most);
        }
        var output = new Output(CollectionsMarshal.AsSpan(tokens), tokenCount, marked is null ? default : CollectionsMarshal.AsSpan(marked), markCount, markFlags);
        Tokenize(text, start, end, ref output);
        CollectionsMarshal.SetCount(tokens, output.TokenCount);
        if (marked is not null)
        {
            CollectionsMarshal.SetCount(marked, output.MarkCount);
        }
    }

    /// <summary>Where tokens go: the tokens' memory, and the indexes of the marked ones.</summary>
    private ref struct Output(Span<Token> tokens, int tokenCount, Span<int> marks, int markCount, WordFlags markFlags)
    {
        private readonly Span<Token> _tokens = tokens;

        /// <summary>The thread's table of recent words, fetched once per text.</summary>
        public Lexicon.RecentWords Recent { get; } = Lexicon.RecentWordsOfThisThread;
        private readonly Span<int> _marks = marks;
        private readonly WordFlags _markFlags = markFlags;

        public int TokenCount { get; private set; } = tokenCount;

        public int MarkCount { get; private set; } = markCount;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(Token token)
        {
            if ((token.Flags & _markFlags) != 0)
            {
                _marks[MarkCount++] = TokenCount;
            }
            _tokens[TokenCount++] = token;
        }
    }

    private static void Tokenize(string text, int start, int end, ref Output tokens)
    {
        var span = text.AsSpan(0, end);
        var i = start;
        if (Vector256.IsHardwareAccelerated)
        {
            i = TokenizeChunks(span, i, end, ref tokens);
        }
        // The rest, and whatever the chunks left: one word at a time.
        while (true)
        {
            while (i < end && !IsWordChar(span[i]))
            {
                i++;
            }
            if (i >= end)
            {
                break;
            }
            if (Vector256.IsHardwareAccelerated && end - i >= Vector256<ushort>.Count && ShortAsciiWord(span, i, tokens.Recent, out var length, out var id, out var flags))
            {
                tokens.Add(new Token(i, i + length, id, flags));
                i += length;
                continue;
            }
            i = ScalarWord(span, i, end, ref tokens);
        }
    }

    internal const int Chunk = 64;

    /// <summary>
    /// Tokenises 64 characters at a time: one mask says which are ASCII letters or digits, and
    /// the words are its runs of set bits, found with bit scans instead of a branch per character.
    /// Stops where fewer than a chunk and a word's vector are left. Never stops inside a word;
    /// returns where the word-at-a-time loop goes on.
    /// </summary>
    private static int TokenizeChunks(ReadOnlySpan<char> span, int i, int end, ref Output tokens)
    {
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
        var recent = tokens.Recent;
        while (end - i >= Chunk + Vector256<ushort>.Count)
        {
            var (words, nonAscii) = ChunkMasks(ref chars, i);
            // A word that touches a non-ASCII character may go on with an accented letter: the
            // chunk is only read up to the first such character, which the slow path then reads.
            var limit = nonAscii == 0 ? Chunk : BitOperations.TrailingZeroCount(nonAscii);
            var next = i + limit;
            var runs = limit == Chunk ? words : words & ((1ul << limit) - 1);
            while (runs != 0)
            {
                var at = BitOperations.TrailingZeroCount(runs);
                var length = BitOperations.TrailingZeroCount(~(runs >> at));
                if (at + length >= limit)
                {
                    next = i + at; // the word may go on past what this chunk can tell
                    break;
                }
                var wordStart = i + at;
                if (length < Vector256<ushort>.Count)
                {
                    var key = (Vector256.LoadUnsafe(ref chars, (nuint)wordStart) | Vector256.Create((ushort)0x20)) & Lexicon.LengthMask(length);
                    var id = recent.GetLatin1(key, length, out var flags);
                    tokens.Add(new Token(wordStart, wordStart + length, id, flags));
                }
                else
                {
                    ScalarWord(span, wordStart, end, ref tokens);
                }
                runs &= ~(((1ul << length) - 1) << at);
            }
            if (next == i)
            {
                // A word or a non-ASCII character right at the start: read it one character at a time.
                next = IsWordChar(span[i]) ? ScalarWord(span, i, end, ref tokens) : i + 1;
            }
            i = next;
        }
        return i;
    }

    /// <summary>For the 64 characters at <paramref name="at"/>: which are ASCII letters or digits, and which are not ASCII.</summary>
    /// <summary>Which of sixteen characters are ASCII letters or digits, as the low sixteen bits.</summary>
    internal static uint AsciiLettersOrDigits(Vector256<ushort> v)
    {
        var letters = Vector256.LessThanOrEqual((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')));
        var digits = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
        return (letters | digits).ExtractMostSignificantBits();
    }

    internal static (ulong Words, ulong NonAscii) ChunkMasks(ref ushort chars, int at)
    {
        ulong words = 0, nonAscii = 0;
        for (var k = 0; k < Chunk; k += Vector256<ushort>.Count)
        {
            var v = Vector256.LoadUnsafe(ref chars, (nuint)(at + k));
            words |= (ulong)AsciiLettersOrDigits(v) << k;
            nonAscii |= (ulong)Vector256.GreaterThan(v, Vector256.Create((ushort)127)).ExtractMostSignificantBits() << k;
        }
        return (words, nonAscii);
    }

    /// <summary>The index of the first token that starts at or after <paramref name="offset"/> (tokens are in text order).</summary>
    public static int FirstAtOrAfter(List<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>The index of the first token that ends at or after <paramref name="offset"/> (tokens never overlap, so their ends are in order too).</summary>
    public static int FirstEndingAtOrAfter(List<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>Letters and digits make words (the reference rule, <see cref="char.IsLetterOrDigit(char)"/>).</summary>
    private static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    /// <summary>The word of 1 to 15 ASCII letters and digits starting at <paramref name="i"/>; false when the word is longer or goes on with a non-ASCII character.</summary>
    private static bool ShortAsciiWord(ReadOnlySpan<char> span, int i, Lexicon.RecentWords recent, out int length, out int id, out WordFlags flags)
    {
        var v = Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span)), (nuint)i);
        var lower = v | Vector256.Create((ushort)0x20);
        length = BitOperations.TrailingZeroCount(~AsciiLettersOrDigits(v));
        if (length >= Vector256<ushort>.Count || span[i + length] >= 128)
        {
            id = 0;
            flags = WordFlags.None;
            return false;
        }
        // ASCII digits already have the 0x20 bit, so one OR folds letters and leaves digits alone.
        var folded = lower & Lexicon.LengthMask(length);
        id = recent.GetLatin1(folded, length, out flags);
        return true;
    }

    private static int ScalarWord(ReadOnlySpan<char> span, int i, int end, ref Output tokens)
    {
        // Each word is folded in the same pass that finds its end.
        Span<char> folded = stackalloc char[Lexicon.MaxWordLength];
        var j = i;
        while (j < end && IsWordChar(span[j]))
        {
            if (j - i < Lexicon.MaxWordLength)
            {
                folded[j - i] = FoldChar(span[j]);
            }
            j++;
        }
        var length = j - i;
        int id;
        WordFlags flags;
        if (length < Vector256<ushort>.Count && Vector256.IsHardwareAccelerated)
        {
            // The buffer past the word is still zero: its first sixteen characters are the word's key.
            id = tokens.Recent.Get(Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(folded))), length, out flags);
        }
        else
        {
            id = length > Lexicon.MaxWordLength ? 0 : Lexicon.IdOf(folded[..length]);
            flags = Lexicon.FlagsOf(id);
        }
        tokens.Add(new Token(i, j, id, flags));
        return j;
    }

    /// <summary>Lower-case and strip the accents of Latin letters, without a full Unicode decomposition on the hot path.</summary>
    public static string Fold(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(FoldChar(c));
        }
        return sb.ToString();
    }

    public static char FoldChar(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
        c = char.ToLowerInvariant(c);
        return c switch
        {
            'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' or 'ā' => 'a',
            'é' or 'è' or 'ê' or 'ë' or 'ē' or 'ě' => 'e',
            'í' or 'ì' or 'î' or 'ï' or 'ī' => 'i',
            'ó' or 'ò' or 'ô' or 'ö' or 'õ' or 'ō' or 'ø' => 'o',
            'ú' or 'ù' or 'û' or 'ü' or 'ū' => 'u',
            'ñ' or 'ń' => 'n',
            'ç' or 'ć' or 'č' => 'c',
            'ý' or 'ÿ' => 'y',
            'š' or 'ś' => 's',
            'ž' or 'ź' or 'ż' => 'z',
            'ř' => 'r',
            'ł' => 'l',
            'ğ' => 'g',
            'ı' => 'i',
            _ => c,
        };
    }

    public static bool StartsUpper(string text, Token t) => char.IsUpper(text[t.Start]);
}
