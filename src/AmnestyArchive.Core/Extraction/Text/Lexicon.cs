using System.Collections.Concurrent;

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
    private int _phraseRoots;

    public Word(string text) => Text = text;

    public string Text { get; }

    /// <summary>A number above zero for registered words; zero for words no rule knows.</summary>
    public int Id => Volatile.Read(ref _id);

    public WordFlags Flags => (WordFlags)Volatile.Read(ref _flags);

    /// <summary>One bit per <see cref="PhraseMatcher{T}"/> that has a phrase starting with this word.</summary>
    public int PhraseRoots => Volatile.Read(ref _phraseRoots);

    public bool Has(WordFlags flags) => (Flags & flags) != 0;

    internal void AssignId(ref int counter)
    {
        if (Volatile.Read(ref _id) == 0)
        {
            Interlocked.CompareExchange(ref _id, Interlocked.Increment(ref counter), 0);
        }
    }

    internal void AddFlags(WordFlags flags) => Interlocked.Or(ref _flags, (int)flags);

    internal void AddPhraseRoot(int bit) => Interlocked.Or(ref _phraseRoots, bit);

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

    /// <summary>A bit for a new phrase matcher to mark the words its phrases start with; 0 once all 31 are taken.</summary>
    public static int NewPhraseRootBit()
    {
        var n = Interlocked.Increment(ref _lastPhraseRoot);
        return n <= 31 ? 1 << (n - 1) : 0;
    }
}
