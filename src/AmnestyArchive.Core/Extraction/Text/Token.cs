using System.Text;

namespace AmnestyArchive.Core.Extraction.Text;

/// <summary>A run of letters or digits, with its folded (lower-case, accent-free) word for matching.</summary>
internal readonly record struct Token(int Start, int End, Word Word)
{
    // Longer words are rare enough to be folded on a slower path.
    private const int MaxFastLength = 48;

    public string Folded => Word.Text;

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(4, (end - start) / 6));
        // Each word is folded and hashed in the same pass that finds its end.
        Span<char> folded = stackalloc char[MaxFastLength];
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
                if (j - i < MaxFastLength)
                {
                    var f = FoldChar(span[j]);
                    folded[j - i] = f;
                    hash = (hash * 31) + f;
                }
                j++;
            }
            var length = j - i;
            tokens.Add(new Token(i, j, length > MaxFastLength ? Lexicon.Get(Fold(span[i..j])) : Lexicon.Get(folded[..length], hash + (uint)length)));
            i = j;
        }
        return tokens;
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
