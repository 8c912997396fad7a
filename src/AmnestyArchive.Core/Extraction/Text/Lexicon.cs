using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AmnestyArchive.Core.Extraction.Text;

/// <summary>
/// What the rules know about a word. Each rule registers its words with its flags when its class
/// loads (the tokeniser loads them all before it tokenises any text).
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

    // Bits 8 to 19 are the citation patterns a word may start (CitationResolver.Trigger).

    // Bits 24 to 31 mark, for each of up to four PhraseMatchers, the words its phrases start
    // with and the words that come second in them.
}

/// <summary>A word some rule or registry looks for, folded (lower-case, accent-free), with its id and flags.</summary>
internal sealed class Word
{
    private int _flags;

    public Word(string text, int id)
    {
        Text = text;
        Id = id;
        if (text.Length < Vector256<ushort>.Count)
        {
            Span<ushort> padded = stackalloc ushort[Vector256<ushort>.Count];
            padded.Clear();
            MemoryMarshal.Cast<char, ushort>(text.AsSpan()).CopyTo(padded);
            Key = Vector256.Create((ReadOnlySpan<ushort>)padded);
        }
    }

    public string Text { get; }

    /// <summary>A number above zero; tokens of words no rule knows have id 0.</summary>
    public int Id { get; }

    /// <summary>A word shorter than 16 characters, zero-padded, as the tokeniser's vector path folds it; zero for longer words.</summary>
    public Vector256<ushort> Key { get; }

    public WordFlags Flags => (WordFlags)Volatile.Read(ref _flags);

    internal void AddFlags(WordFlags flags) => Interlocked.Or(ref _flags, (int)flags);

    public override string ToString() => Text;
}

/// <summary>
/// The words the rules and registries look for. Each is registered once, with a permanent id
/// (ids are small and dense, so tables can be indexed by them) and the flags the rules give it.
/// Tokenising looks every word of a text up here; a word nobody registered gets id 0 and is not
/// kept, so no text can make the lexicon grow.
/// </summary>
/// <remarks>
/// Register words before tokenising: tokens copy ids and flags. The extractor loads every registry
/// and rule class before it tokenises a statement, which registers all of them. The per-thread
/// tables of recent words copy them too, and are dropped whenever a registration changes anything.
/// </remarks>
internal static class Lexicon
{
    private static readonly ConcurrentDictionary<string, Word> Words = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Lock RegistrationLock = new();
    private static Word[] _byId = new Word[256];
    private static int _lastId;
    private static int _lastPhraseRoot;

    // Bumped by every registration that adds a word or a flag; a table of recent words made
    // before it is out of date.
    private static int _version;

    /// <summary>No registered word is longer, so a longer run of letters need not be looked up.</summary>
    public const int MaxWordLength = 48;

    [ThreadStatic]
    private static RecentWords? t_recentWords;

    /// <summary>The calling thread's table of recent words, brought up to the lexicon's version (fetch it once per text: reading a thread static is a call).</summary>
    public static RecentWords RecentWordsOfThisThread
    {
        get
        {
            var table = t_recentWords ??= new RecentWords();
            table.Version = Volatile.Read(ref _version);
            return table;
        }
    }

    /// <summary>The id of a folded word, or 0 when no rule registered it.</summary>
    public static int IdOf(ReadOnlySpan<char> folded) => WordsBySpan.TryGetValue(folded, out var word) ? word.Id : 0;

    /// <summary>The registered word with this id.</summary>
    public static Word WordOf(int id) => Volatile.Read(ref _byId)[id];

    /// <summary>The flags of a registered word, or none for id 0.</summary>
    public static WordFlags FlagsOf(int id) => id == 0 ? WordFlags.None : WordOf(id).Flags;

    /// <summary>
    /// Registers a word (if it is not yet) and adds flags to it. The word is folded first, as
    /// tokens are, so a rule may write "también": a token can only ever be "tambien".
    /// </summary>
    public static Word Register(string spelling, WordFlags flags = WordFlags.None)
    {
        var folded = Token.Fold(spelling);
        if (folded.Length is 0 or > MaxWordLength)
        {
            throw new ArgumentException($"A registered word has 1 to {MaxWordLength} characters: \"{spelling}\".", nameof(spelling));
        }
        if (!Words.TryGetValue(folded, out var word))
        {
            lock (RegistrationLock)
            {
                if (!Words.TryGetValue(folded, out word))
                {
                    word = new Word(folded, _lastId + 1);
                    var byId = _byId;
                    if (word.Id >= byId.Length)
                    {
                        Array.Resize(ref byId, byId.Length * 2);
                    }
                    byId[word.Id] = word;
                    Volatile.Write(ref _byId, byId);
                    _lastId = word.Id;
                    RegisteredShortWords.Add(word);
                    Words[folded] = word;
                    Interlocked.Increment(ref _version);
                }
            }
        }
        if ((word.Flags & flags) != flags)
        {
            word.AddFlags(flags);
            Interlocked.Increment(ref _version);
        }
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

    /// <summary>
    /// One bit per hash of a short word (below 16 characters, all below U+0100), set for every
    /// registered one: a word whose bit is clear is known to be unregistered (id 0, no flags)
    /// without a look at the table of recent words. Most different words of a statement are
    /// such words, and each sat in a slot of its own, a cache line that the rest of the
    /// extraction had mostly evicted by the next statement; the filter is 8 KB. A set bit may
    /// be another word's, which only costs the lookup that was always made.
    /// </summary>
    internal static class RegisteredShortWords
    {
        private const int Bits = 16;

        private static readonly ulong[] Filter = new ulong[(1 << Bits) / 64];

        /// <summary>The hash that chooses both a word's bit here and its set in <see cref="RecentWords"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong Hash(Vector128<byte> narrow, int length)
        {
            var lanes = narrow.AsUInt64();
            return (lanes.GetElement(0) * 0x9E3779B97F4A7C15ul) ^ ((lanes.GetElement(1) + (ulong)length) * 0xC2B2AE3D27D4EB4Ful);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool MayContain(ulong hash)
        {
            var bit = (int)(hash >> (64 - Bits));
            return (Volatile.Read(ref Filter[bit >> 6]) & (1ul << bit)) != 0;
        }

        /// <summary>Sets the word's bit; called under the registration lock, before the lexicon's version moves on.</summary>
        public static void Add(Word word)
        {
            if (word.Text.Length >= Vector256<ushort>.Count || Vector256.GreaterThanAny(word.Key, Vector256.Create((ushort)0xFF)))
            {
                return; // never looked up through the table
            }
            var bit = (int)(Hash(Vector128.Narrow(word.Key.GetLower(), word.Key.GetUpper()), word.Text.Length) >> (64 - Bits));
            Interlocked.Or(ref Filter[bit >> 6], 1ul << bit);
        }
    }

    /// <summary>
    /// The tokeniser's table of recent words, one per thread: each slot holds a word's folded,
    /// zero-padded characters beside its id and flags (id 0 for words nobody registered), so a
    /// hit reads one slot, and no other thread can tear a slot while it is read. Only words of
    /// characters below U+0100 are kept, one byte per character: a slot is then 32 bytes and the
    /// table 128 KB, where the characters as 16-bit lanes made 64-byte slots and a 256 KB table
    /// whose loads missed the cache (a profile put a tenth of the extraction on that one load).
    /// Other words are looked up in the lexicon each time. A collision only costs a lookup in
    /// the lexicon, so no input can make it slow. Four ways per set: with two, the seed
    /// statement's 849 different short words still missed 65 times per text, as three or more
    /// of them shared a set; with four, 15 times.
    /// </summary>
    internal sealed class RecentWords
    {
        private const int Bits = 12;

        private const int Ways = 4;

        /// <summary>
        /// The lexicon's version the table is used at; a slot filled at another version is out of
        /// date (a registration may have given its word an id or a flag), so no slot need ever be cleared.
        /// </summary>
        public int Version { get; set; }

        private struct Slot
        {
            public Vector128<byte> Key;
            public int Id;
            public WordFlags Flags;
            public int Version;
        }

        private readonly Slot[] _slots = new Slot[1 << Bits];

        /// <summary>The id and flags of a short folded word given as its zero-padded characters (<see cref="Word.Key"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per token: the call would cost as much as the lookup
        public int Get(Vector256<ushort> key, int length, out WordFlags flags)
        {
            if (Vector256.GreaterThanAny(key, Vector256.Create((ushort)0xFF)))
            {
                return Uncached(key, length, out flags);
            }
            return GetLatin1(key, length, out flags);
        }

        /// <summary>Like <see cref="Get"/>, for a key the caller knows to be all below U+0100 (the ASCII words of the fast paths).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int GetLatin1(Vector256<ushort> key, int length, out WordFlags flags)
        {
            // Below U+0100 the high byte of every lane is zero, so dropping it loses nothing.
            var narrow = Vector128.Narrow(key.GetLower(), key.GetUpper());
            var mixed = RegisteredShortWords.Hash(narrow, length);
            if (!RegisteredShortWords.MayContain(mixed))
            {
                flags = WordFlags.None;
                return 0;
            }
            var set = _slots.AsSpan((int)(mixed >> (64 - Bits)) & ~(Ways - 1), Ways);
            foreach (ref readonly var slot in set)
            {
                // An empty slot's key is all zeros, which no word's is.
                if (slot.Key == narrow && slot.Version == Version)
                {
                    flags = slot.Flags;
                    return slot.Id;
                }
            }
            return Miss(set, key, narrow, length, Version, out flags);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int Miss(Span<Slot> set, Vector256<ushort> key, Vector128<byte> narrow, int length, int version, out WordFlags flags)
        {
            var id = Uncached(key, length, out flags);
            // The newest word takes the first way; the others move down one, and the last leaves.
            set[..^1].CopyTo(set[1..]);
            set[0] = new Slot { Key = narrow, Id = id, Flags = flags, Version = version };
            return id;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int Uncached(Vector256<ushort> key, int length, out WordFlags flags)
        {
            Span<char> chars = stackalloc char[Vector256<ushort>.Count];
            key.StoreUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars)));
            var id = IdOf(chars[..length]);
            flags = FlagsOf(id);
            return id;
        }
    }
}
