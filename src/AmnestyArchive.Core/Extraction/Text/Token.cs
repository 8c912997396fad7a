using System.Collections.Concurrent;
using System.Text;

namespace AmnestyArchive.Core.Extraction.Text;

/// <summary>A run of letters or digits, with its folded (lower-case, accent-free) form for matching.</summary>
internal readonly record struct Token(int Start, int End, string Folded)
{
    // Folded words are shared across calls: statements reuse a small vocabulary, and this keeps
    // tokenising from allocating a string per word. Bounded so hostile input cannot grow it forever.
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CacheLookup = Cache.GetAlternateLookup<ReadOnlySpan<char>>();
    private const int CacheLimit = 100_000;

    // Longer words are rare enough to be folded without the cache.
    private const int MaxCachedLength = 48;

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(4, (end - start) / 6));
        // Each word is folded and hashed in the same pass that finds its end.
        Span<char> folded = stackalloc char[MaxCachedLength];
        var span = text.AsSpan(0, end);
        var i = start;
        while (i < span.Length)
        {
            if (!char.IsLetterOrDigit(span[i]))
            {
                i++;
                continue;
            }
            var j = i;
            var hash = 0u;
            while (j < span.Length && char.IsLetterOrDigit(span[j]))
            {
                if (j - i < MaxCachedLength)
                {
                    var f = FoldChar(span[j]);
                    folded[j - i] = f;
                    hash = (hash * 31) + f;
                }
                j++;
            }
            var length = j - i;
            tokens.Add(new Token(i, j, length > MaxCachedLength ? Fold(span[i..j]) : Intern(folded[..length], hash + (uint)length)));
            i = j;
        }
        return tokens;
    }

    public static List<string> Words(string text) => Tokenize(text, 0, text.Length).ConvertAll(t => t.Folded);

    // A direct-mapped table in front of the shared dictionary: most words of a statement are
    // found here with one cheap hash and one compare. A collision only costs a miss, so no
    // input can make it slow; each slot holds an immutable string, so races are harmless.
    private static readonly string?[] RecentWords = new string?[4096];

    /// <summary>The shared string for a folded word, whose hash the caller computed while folding it.</summary>
    private static string Intern(ReadOnlySpan<char> folded, uint hash)
    {
        ref var slot = ref RecentWords[(int)((hash * 2654435769u) >> 20)];
        var recent = Volatile.Read(ref slot);
        if (recent is not null && folded.SequenceEqual(recent))
        {
            return recent;
        }
        if (!CacheLookup.TryGetValue(folded, out var word))
        {
            word = new string(folded);
            if (Cache.Count < CacheLimit)
            {
                Cache.TryAdd(word, word);
            }
        }
        Volatile.Write(ref slot, word);
        return word;
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
