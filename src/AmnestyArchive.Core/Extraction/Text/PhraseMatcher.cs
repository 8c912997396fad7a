using System.Collections.Frozen;

namespace AmnestyArchive.Core.Extraction.Text;

/// <summary>A phrase found in the text by <see cref="PhraseMatcher{T}"/>.</summary>
internal readonly record struct PhraseMatch<T>(int FirstToken, int LastToken, int Start, int End, T Value);

/// <summary>
/// Leftmost-longest dictionary lookup over word tokens (a trie of folded words). It runs in
/// time linear in the text times the longest alias, whatever the input, which regex
/// alternations over hundreds of aliases could not promise.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private sealed class Node
    {
        // Keyed by the id of a registered word: every word of every phrase is registered.
        public Dictionary<int, Node>? Children;

        // A read-optimised copy of Children, made by Freeze once the registry is loaded.
        public FrozenDictionary<int, Node>? FrozenChildren;

        public List<(AliasWord[] Words, bool LowercaseOk, T Value)>? Values;

        public bool TryGetChild(int wordId, out Node next) =>
            FrozenChildren is { } frozen ? frozen.TryGetValue(wordId, out next!) : Children!.TryGetValue(wordId, out next!);
    }

    /// <summary>A word of an alias as written, with what its case demands of the text, worked out once.</summary>
    private readonly record struct AliasWord(string Text, bool AllCapitals, bool Capitalised);

    private readonly Node _root = new();

    // The root's children by word id, made by Freeze: every token that starts a phrase is looked
    // up here, so an array index replaces a dictionary lookup. Null while not frozen.
    private Node?[]? _rootById;

    // Made with _rootById: a bit per word id, set where a one-word phrase ends at the root's
    // child. A first word that no second word follows (by the pair set) and that is no phrase on
    // its own matches nothing, and is ruled out without reading its node ("the", most often).
    private ulong[]? _rootIsPhrase;

    // Set on every word a phrase starts with, and on every word that comes second in one, so that
    // the many tokens that start none (or "the" before a word no phrase has next) are ruled out
    // by a bit test instead of a lookup; None (no bit left) means "look every word up".
    private readonly WordFlags _rootFlag;
    private readonly WordFlags _secondFlag;

    public PhraseMatcher() => (_rootFlag, _secondFlag) = Lexicon.NewPhraseFlags();

    // The first two words of every phrase, hashed into a set of bits: a first word followed by a
    // word that starts no phrase's second place with it ("the government" when "the" only opens
    // "the United States") is ruled out without a lookup. A collision only costs the lookup.
    private readonly PairSet _pairs = new();
    private int _firstOfPhrase;

    private static int PairBit(int first, int second) => (int)(((uint)first * 0x9E3779B1u) ^ ((uint)second * 0x85EBCA77u)) >>> 16;

    /// <summary>65,536 bits, one per hashed pair of word ids.</summary>
    private sealed class PairSet
    {
        private readonly ulong[] _bits = new ulong[1 << 10];

        public void Add(int bit) => _bits[bit >> 6] |= 1ul << bit;

        public bool Contains(int bit) => (_bits[bit >> 6] & (1ul << bit)) != 0;
    }

    public int MaxTokens { get; private set; }

    /// <summary>The flag of the words this matcher's phrases start with (none when the flags ran out).</summary>
    public WordFlags RootFlag => _rootFlag;

    /// <param name="alias">The phrase as written; capitalised words must be capitalised in the text
    /// (unless <paramref name="lowercaseOk"/>), all-capital abbreviations must match exactly.</param>
    public void Add(string alias, T value, bool lowercaseOk = false)
    {
        var tokens = Token.Tokenize(alias, 0, alias.Length);
        if (tokens.Count == 0)
        {
            return;
        }
        var node = _root;
        for (var k = 0; k < tokens.Count; k++)
        {
            // Through the lexicon, so that tables of recent words made before see the new flags.
            var word = Lexicon.Register(Token.Fold(alias.AsSpan(tokens[k].Start, tokens[k].Length)), k switch
            {
                0 => _rootFlag,
                1 => _secondFlag,
                _ => WordFlags.None,
            });
            if (k == 1)
            {
                _pairs.Add(PairBit(_firstOfPhrase, word.Id));
            }
            if (k == 0)
            {
                _firstOfPhrase = word.Id;
            }
            node.FrozenChildren = null; // stale once a child is added
            node.Children ??= [];
            if (!node.Children.TryGetValue(word.Id, out var next))
            {
                next = new Node();
                node.Children[word.Id] = next;
            }
            node = next;
        }
        node.Values ??= [];
        node.Values.Add((tokens.ConvertAll(t => AliasWordOf(alias[t.Start..t.End])).ToArray(), lowercaseOk, value));
        _rootById = null; // stale once a phrase is added
        _rootIsPhrase = null;
        MaxTokens = Math.Max(MaxTokens, tokens.Count);
    }

    private static AliasWord AliasWordOf(string a) => new(a, a.Length >= 2 && IsAllUpper(a), char.IsUpper(a[0]));

    /// <summary>Makes lookups faster; call once all phrases are added (a later Add undoes it where it changes the trie).</summary>
    public void Freeze()
    {
        Freeze(_root);
        if (_root.Children is { } children)
        {
            var byId = new Node?[children.Keys.Max() + 1];
            foreach (var (id, child) in children)
            {
                byId[id] = child;
            }
            var isPhrase = new ulong[(byId.Length >> 6) + 1];
            foreach (var (id, child) in children)
            {
                if (child.Values is not null)
                {
                    isPhrase[id >> 6] |= 1ul << id;
                }
            }
            _rootIsPhrase = isPhrase;
            _rootById = byId;
        }
    }

    private static void Freeze(Node node)
    {
        if (node.Children is null)
        {
            return;
        }
        foreach (var child in node.Children.Values)
        {
            Freeze(child);
        }
        node.FrozenChildren = node.Children.ToFrozenDictionary();
    }

    public List<PhraseMatch<T>> FindAll(string text, ReadOnlySpan<Token> tokens)
    {
        var found = new List<PhraseMatch<T>>();
        FindAll(text, tokens, found);
        return found;
    }

    /// <summary>
    /// Like <see cref="FindAll(string, ReadOnlySpan{Token}, List{PhraseMatch{T}})"/>, trying only the
    /// tokens whose indexes <paramref name="marked"/> lists, less <paramref name="offset"/>: they must
    /// be in order and include every token with <see cref="RootFlag"/>.
    /// </summary>
    public void FindAll(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> marked, int offset, List<PhraseMatch<T>> found)
    {
        if (_rootFlag == WordFlags.None)
        {
            FindAll(text, tokens, found);
            return;
        }
        found.Clear();
        var next = 0;
        foreach (var index in marked)
        {
            var i = index - offset;
            if (i < next || (tokens[i].Flags & _rootFlag) == 0)
            {
                continue;
            }
            if (MatchAt(text, tokens, i) is { } match)
            {
                match = Extended(text, tokens, match);
                found.Add(match);
                next = match.LastToken + 1;
            }
        }
    }

    /// <summary>
    /// A match that a phrase of the same value starting one word later outruns is extended to its
    /// end: "UN Basic Principles on the Use of Force and Firearms" (an alias) followed by "by Law
    /// Enforcement Officials" is the full name after "UN".
    /// </summary>
    private PhraseMatch<T> Extended(string text, ReadOnlySpan<Token> tokens, PhraseMatch<T> match)
    {
        if (match.LastToken > match.FirstToken && MatchAt(text, tokens, match.FirstToken + 1) is { } later
            && later.LastToken > match.LastToken && EqualityComparer<T>.Default.Equals(later.Value, match.Value))
        {
            return match with { LastToken = later.LastToken, End = later.End };
        }
        return match;
    }

    /// <summary>Like <see cref="FindAll(string, ReadOnlySpan{Token})"/>, into a list the caller reuses.</summary>
    public void FindAll(string text, ReadOnlySpan<Token> tokens, List<PhraseMatch<T>> found)
    {
        found.Clear();
        var i = 0;
        while (i < tokens.Length)
        {
            if (_rootFlag != WordFlags.None && (tokens[i].Flags & _rootFlag) == 0)
            {
                i++; // most words start no phrase: a bit test, without the call
                continue;
            }
            var m = MatchAt(text, tokens, i);
            if (m is { } match)
            {
                match = Extended(text, tokens, match);
                found.Add(match);
                i = match.LastToken + 1;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>The longest phrase starting exactly at token <paramref name="i"/>, if any.</summary>
    public PhraseMatch<T>? MatchAt(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (_rootFlag != WordFlags.None && (tokens[i].Flags & _rootFlag) == 0)
        {
            return null;
        }
        var node = _root;
        var j = i;
        if (_rootById is { } byId && _rootIsPhrase is { } isPhrase)
        {
            // The first word, from the array; the loop below goes on from the second.
            var id = tokens[i].WordId;
            var pairFollows = i + 1 < tokens.Length && (_secondFlag == WordFlags.None || (tokens[i + 1].Flags & _secondFlag) != 0)
                              && _pairs.Contains(PairBit(id, tokens[i + 1].WordId));
            if (!pairFollows && ((uint)(id >> 6) >= (uint)isPhrase.Length || (isPhrase[id >> 6] & (1ul << id)) == 0))
            {
                return null;
            }
            if ((uint)id >= (uint)byId.Length || byId[id] is not { } child)
            {
                return null;
            }
            node = child;
            // No phrase goes on with the next word: only a one-word phrase can match here.
            var goesOn = node.Children is not null && pairFollows;
            if (node.Values is { } values && Fits(text, tokens, i, i, values) is { } single)
            {
                return goesOn ? Longer(text, tokens, i, node, single) : single;
            }
            if (!goesOn)
            {
                return null;
            }
            j = i + 1;
        }
        return Longer(text, tokens, i, node, null, j);
    }

    /// <summary>The value of the first alias at this node whose case the text fits, as a match of tokens <paramref name="i"/> to <paramref name="j"/>.</summary>
    private static PhraseMatch<T>? Fits(string text, ReadOnlySpan<Token> tokens, int i, int j, List<(AliasWord[] Words, bool LowercaseOk, T Value)> values)
    {
        foreach (var (aliasWords, lowercaseOk, value) in values)
        {
            if (CaseFits(text, tokens, i, aliasWords, lowercaseOk))
            {
                return new PhraseMatch<T>(i, j, tokens[i].Start, tokens[j].End, value);
            }
        }
        return null;
    }

    /// <summary>Walks the trie on from <paramref name="node"/>, reached by tokens <paramref name="i"/> to <paramref name="j"/> - 1; the longest match wins.</summary>
    private static PhraseMatch<T>? Longer(string text, ReadOnlySpan<Token> tokens, int i, Node node, PhraseMatch<T>? best, int j = -1)
    {
        if (j < 0)
        {
            j = i + 1;
        }
        for (; j < tokens.Length && node.Children is not null; j++)
        {
            if (!node.TryGetChild(tokens[j].WordId, out var next))
            {
                break;
            }
            // A phrase never runs across a line break or a sentence stop.
            if (j > i && HasBreak(text, tokens[j - 1].End, tokens[j].Start))
            {
                break;
            }
            node = next;
            if (node.Values is { } values && Fits(text, tokens, i, j, values) is { } match)
            {
                best = match;
            }
        }
        return best;
    }

    private static bool HasBreak(string text, int from, int to)
    {
        // Stops inside abbreviations ("U.S.", "EE. UU.") and commas inside long names
        // ("Cruel, Inhuman or Degrading") are part of names; other punctuation ends a phrase.
        for (var k = from; k < to; k++)
        {
            if (text[k] is '\n' or ';' or ':' or '!' or '?' or '"' or '(' or ')')
            {
                return true;
            }
        }
        return false;
    }

    // From this many words on, a name written in sentence case ("Convención Internacional para la
    // protección de todas las personas contra las desapariciones forzadas", as the UN writes it in
    // Spanish) still names the instrument when its first word is capitalised: no generic phrase runs
    // that long word for word.
    private const int SentenceCaseWords = 4;

    private static bool CaseFits(string text, ReadOnlySpan<Token> tokens, int first, AliasWord[] aliasWords, bool lowercaseOk)
    {
        var sentenceCaseOk = aliasWords.Length >= SentenceCaseWords;
        for (var k = 0; k < aliasWords.Length; k++)
        {
            var a = aliasWords[k];
            var t = tokens[first + k];
            if (a.AllCapitals)
            {
                if (!text.AsSpan(t.Start, t.End - t.Start).SequenceEqual(a.Text))
                {
                    return false;
                }
            }
            else if (!lowercaseOk && a.Capitalised && !(sentenceCaseOk && k > 0) && !char.IsUpper(text[t.Start]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsAllUpper(string s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
        }
        return letters > 0;
    }
}
