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

        public List<(string[] AliasTokens, bool LowercaseOk, T Value)>? Values;

        public bool TryGetChild(Word word, out Node next) =>
            FrozenChildren is { } frozen ? frozen.TryGetValue(word.Id, out next!) : Children!.TryGetValue(word.Id, out next!);
    }

    private readonly Node _root = new();

    // Set on every word a phrase starts with, so that the many tokens that start none are
    // ruled out by a bit test instead of a lookup; None (no bit left) means "look every word up".
    private readonly WordFlags _rootFlag = Lexicon.NewPhraseRootFlag();

    public int MaxTokens { get; private set; }

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
        foreach (var t in tokens)
        {
            var word = Lexicon.Register(t.Folded);
            if (node == _root)
            {
                word.AddFlags(_rootFlag);
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
        node.Values.Add((tokens.ConvertAll(t => alias[t.Start..t.End]).ToArray(), lowercaseOk, value));
        MaxTokens = Math.Max(MaxTokens, tokens.Count);
    }

    /// <summary>Makes lookups faster; call once all phrases are added (a later Add undoes it where it changes the trie).</summary>
    public void Freeze() => Freeze(_root);

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
        PhraseMatch<T>? best = null;
        for (var j = i; j < tokens.Length && node.Children is not null; j++)
        {
            if (!node.TryGetChild(tokens[j].Word, out var next))
            {
                break;
            }
            // A phrase never runs across a line break or a sentence stop.
            if (j > i && HasBreak(text, tokens[j - 1].End, tokens[j].Start))
            {
                break;
            }
            node = next;
            if (node.Values is null)
            {
                continue;
            }
            foreach (var (aliasTokens, lowercaseOk, value) in node.Values)
            {
                if (CaseFits(text, tokens, i, aliasTokens, lowercaseOk))
                {
                    best = new PhraseMatch<T>(i, j, tokens[i].Start, tokens[j].End, value);
                    break;
                }
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

    private static bool CaseFits(string text, ReadOnlySpan<Token> tokens, int first, string[] aliasTokens, bool lowercaseOk)
    {
        for (var k = 0; k < aliasTokens.Length; k++)
        {
            var a = aliasTokens[k];
            var t = tokens[first + k];
            if (a.Length >= 2 && IsAllUpper(a))
            {
                if (!text.AsSpan(t.Start, t.End - t.Start).SequenceEqual(a))
                {
                    return false;
                }
            }
            else if (!lowercaseOk && char.IsUpper(a[0]) && !char.IsUpper(text[t.Start]))
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
