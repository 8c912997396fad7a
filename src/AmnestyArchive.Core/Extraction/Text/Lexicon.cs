using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AmnestyArchive.Core.Extraction.Text;

/// <summary>
/// What the rules know about a word. Each rule registers its words with its flags when its class
/// loads (<see cref="StatementExtractor"/> loads them all before it tokenises any text).
/// </summary>
[Flags]
internal enum WordFlags : uint
{
    None = 0,

    /// <summary>A common English function word (language detection).</summary>
    EnglishFunction = 1 << 0,

    /// <summary>A common Spanish function word (language detection).</summary>
    SpanishFunction = 1 << 1,

    /// <summary>May start a demand cue ("must", "calls", "insta" ...).</summary>
    DemandCue = 1 << 2,

    // Bits 8 to 17 are the citation patterns a word may start (CitationResolver.Trigger).

    // Bits 24 to 31 mark, for each of up to four PhraseMatchers, the words its phrases start
    // with and the words that come second in them.
}

/// <summary>
/// A folded (lower-case, accent-free) word, shared by every token that spells it. Rules and
/// registries register the words they look for, with flags and a permanent id, so that matching
/// a token is a field read instead of a string lookup.
/// </summary>
internal sealed class Word
{
    private int _id;
    private int _flags;

    public Word(string text)
    {
        Text = text;
        if (text.Length < Vector256<ushort>.Count)
        {
            Span<ushort> padded = stackalloc ushort[Vector256<ushort>.Count];
            padded.Clear();
            MemoryMarshal.Cast<char, ushort>(text.AsSpan()).CopyTo(padded);
            Key = Vector256.Create((ReadOnlySpan<ushort>)padded);
        }
    }

    public string Text { get; }

    /// <summary>A word shorter than 16 characters, zero-padded, as the tokeniser's vector path folds it; zero for longer words.</summary>
    public Vector256<ushort> Key { get; }

    private static readonly Vector256<ushort>[] LengthMasks = BuildLengthMasks();

    private static Vector256<ushort>[] BuildLengthMasks()
    {
        var masks = new Vector256<ushort>[Vector256<ushort>.Count + 1];
        Span<ushort> lanes = stackalloc ushort[Vector256<ushort>.Count];
        for (var n = 0; n < masks.Length; n++)
        {
            for (var k = 0; k < lanes.Length; k++)
            {
                lanes[k] = k < n ? ushort.MaxValue : (ushort)0;
            }
            masks[n] = Vector256.Create((ReadOnlySpan<ushort>)lanes);
        }
        return masks;
    }

    /// <summary>A mask that keeps the first <paramref name="length"/> lanes.</summary>
    public static Vector256<ushort> LengthMask(int length) => LengthMasks[length];

    /// <summary>A number above zero for registered words; zero for words no rule knows.</summary>
    public int Id => Volatile.Read(ref _id);

    public WordFlags Flags => (WordFlags)Volatile.Read(ref _flags);

    public bool Has(WordFlags flags) => (Flags & flags) != 0;

    internal void AssignId(ref int counter)
    {
        if (Volatile.Read(ref _id) == 0)
        {
            Interlocked.CompareExchange(ref _id, Interlocked.Increment(ref counter), 0);
        }
    }

    internal void AddFlags(WordFlags flags) => Interlocked.Or(ref _flags, (int)flags);


    public override string ToString() => Text;
}

/// <summary>
/// The shared table of words. Tokenising looks every word up here; registries and rules
/// register theirs (a registered word is always kept). Unregistered words are kept too, up to a bound, so that a statement's
/// tokens do not each allocate a string; past the bound (hostile input) they are made afresh.
/// </summary>
internal static class Lexicon
{
    private static readonly ConcurrentDictionary<string, Word> Words = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private const int UnregisteredLimit = 100_000;
    private static int _lastId;
    private static int _lastPhraseRoot;

    // A direct-mapped table in front of the shared dictionary: most words of a statement are
    // found here with the hash computed while folding and one compare. A collision only costs a
    // miss, so no input can make it slow; each slot holds an immutable reference, so races are harmless.
    private const int RecentBits = 14;
    private static readonly Word?[] Recent = new Word?[1 << RecentBits];

    [ThreadStatic]
    private static RecentWords? t_recentWords;

    /// <summary>The calling thread's table of recent short words (fetch it once per text: reading a thread static is a call).</summary>
    public static RecentWords RecentWordsOfThisThread => t_recentWords ??= new RecentWords();

    /// <summary>
    /// Forgets the calling thread's table of recent words. The flags it holds are copies: call this
    /// after registering words on a thread that has already tokenised (the registries do, as they load).
    /// </summary>
    public static void ForgetRecentWords() => t_recentWords = null;

    /// <summary>
    /// The tokeniser's vector path keeps a table of its own, one per thread: each slot holds a
    /// word's folded characters and flags beside the word, so that a hit reads one slot and never
    /// the word object itself (those are spread over the heap), and no other thread can tear a
    /// slot while it is read. Two ways per set, so that two common words whose hashes collide do
    /// not keep evicting each other.
    /// </summary>
    internal sealed class RecentWords
    {
        private const int Bits = 11;

        private struct Slot
        {
            public Vector256<ushort> Key;
            public Word? Word;
            public WordFlags Flags;
        }

        private readonly Slot[] _slots = new Slot[1 << Bits];

        /// <summary>The shared word for a short folded word given as its zero-padded characters (<see cref="Word.Key"/>), with its flags.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per token: the call would cost as much as the lookup
        public Word Get(Vector256<ushort> key, int length, out WordFlags flags)
        {
            var lanes = key.AsUInt64();
            var mixed = (lanes.GetElement(0) * 0x9E3779B97F4A7C15ul) ^ (lanes.GetElement(1) * 0xC2B2AE3D27D4EB4Ful)
                        ^ (lanes.GetElement(2) * 0x165667B19E3779F9ul) ^ (lanes.GetElement(3) * 0x27D4EB2F165667C5ul);
            var set = (int)(mixed >> (64 - Bits)) & ~1;
            ref var first = ref _slots[set];
            if (first.Key == key && first.Word is { } hit)
            {
                flags = first.Flags;
                return hit;
            }
            ref var second = ref _slots[set + 1];
            if (second.Key == key && second.Word is { } other)
            {
                flags = second.Flags;
                return other;
            }
            return Miss(ref first, ref second, key, length, out flags);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Word Miss(ref Slot first, ref Slot second, Vector256<ushort> key, int length, out WordFlags flags)
        {
            var word = Find(key, length);
            // The newest word takes the first way, the one it displaces the second.
            second = first;
            first.Key = key;
            first.Word = word;
            first.Flags = flags = word.Flags;
            return word;
        }
    }

    // Off the hot path: the stack buffer would otherwise cost every call its set-up.
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static Word Find(Vector256<ushort> key, int length)
    {
        Span<char> chars = stackalloc char[Vector256<ushort>.Count];
        key.StoreUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars)));
        var folded = chars[..length];
        if (!WordsBySpan.TryGetValue(folded, out var word))
        {
            word = new Word(new string(folded));
            if (Words.Count < UnregisteredLimit)
            {
                word = Words.GetOrAdd(word.Text, word);
            }
        }
        return word;
    }

    /// <summary>The shared word for a folded spelling, whose hash the caller computed while folding it.</summary>
    public static Word Get(ReadOnlySpan<char> folded, uint hash)
    {
        ref var slot = ref Recent[(int)((hash * 2654435769u) >> (32 - RecentBits))];
        var recent = Volatile.Read(ref slot);
        if (recent is not null && folded.SequenceEqual(recent.Text))
        {
            return recent;
        }
        if (!WordsBySpan.TryGetValue(folded, out var word))
        {
            word = new Word(new string(folded));
            if (Words.Count < UnregisteredLimit)
            {
                word = Words.GetOrAdd(word.Text, word);
            }
        }
        Volatile.Write(ref slot, word);
        return word;
    }

    /// <summary>The shared word for a folded spelling (a slower path for long words and for registration).</summary>
    public static Word Get(string folded) => WordsBySpan.TryGetValue(folded, out var word) ? word : Words.Count < UnregisteredLimit ? Words.GetOrAdd(folded, static f => new Word(f)) : new Word(folded);

    /// <summary>Makes a word permanent, with an id, and adds flags to it. <paramref name="folded"/> must already be folded.</summary>
    public static Word Register(string folded, WordFlags flags = WordFlags.None)
    {
        var word = Words.GetOrAdd(folded, static f => new Word(f));
        word.AssignId(ref _lastId);
        word.AddFlags(flags);
        return word;
    }

    /// <summary>
    /// Two flags for a new phrase matcher: one for the words its phrases start with, one for the
    /// words that come second in them; none once all four pairs are taken.
    /// </summary>
    public static (WordFlags First, WordFlags Second) NewPhraseFlags()
    {
        var n = Interlocked.Increment(ref _lastPhraseRoot);
        return n <= 4 ? ((WordFlags)(1u << (24 + (2 * (n - 1)))), (WordFlags)(1u << (25 + (2 * (n - 1))))) : (WordFlags.None, WordFlags.None);
    }
}
