using System.Collections.Frozen;

namespace AmnestyArchive.Core.Extraction.Quotes;

/// <summary>Who a stretch of text next to a quote says spoke it.</summary>
internal enum AttributionKind
{
    None,
    Name,
    Pronoun,
    Generic,
}

internal readonly record struct Attribution(AttributionKind Kind, string? Name, string? Role)
{
    public static Attribution None => new(AttributionKind.None, null, null);

    public bool Found => Kind != AttributionKind.None;
}

/// <summary>
/// Reads attributions: "said X, Role", "X said", "X, who ..., told reporters", "he adds",
/// "the organisation added", "ha señalado X", "según X", "X said:" — in English and Spanish.
/// Word lists rather than regexes, because the parse needs to look at capitalisation word by word.
/// </summary>
internal static class AttributionParser
{
    private static readonly string[] SpeechVerbs =
    [
        "said", "says", "say", "added", "adds", "noted", "notes", "stated", "states", "told", "tells", "explained", "explains",
        "warned", "warns", "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "emphasises", "declared", "declares",
        "continued", "continues", "concluded", "concludes", "remarked", "commented", "observed", "insisted", "insists", "argued",
        "argues", "urged", "urges", "asked", "asks", "wrote", "writes", "affirmed", "affirms", "acknowledged", "recalled", "recalls",
        "pointed out", "points out", "went on", "announced", "announces", "cautioned", "underlined", "highlighted", "added that", "said that",
        "dijo", "dice", "dicen", "afirmó", "afirma", "declaró", "declara", "señaló", "señala", "manifestó", "manifiesta", "añadió",
        "añade", "explicó", "explica", "subrayó", "subraya", "indicó", "indica", "aseguró", "asegura", "sostuvo", "sostiene",
        "advirtió", "advierte", "agregó", "agrega", "expresó", "expresa", "destacó", "destaca", "denunció", "denuncia", "recordó",
        "recuerda", "insistió", "concluyó", "apuntó", "precisó", "comentó", "puntualizó", "enfatizó", "aseveró", "exclamó",
    ];

    private static readonly string[] SpanishParticiples =
    [
        "dicho", "afirmado", "declarado", "señalado", "manifestado", "añadido", "explicado", "subrayado", "indicado", "asegurado",
        "sostenido", "advertido", "agregado", "expresado", "destacado", "denunciado", "recordado", "insistido", "concluido",
        "apuntado", "precisado", "comentado", "puntualizado", "enfatizado",
    ];

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "él", "ella", "ellos", "ellas" };

    private static readonly HashSet<string> GenericHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "organisation", "organization", "group", "committee", "expert", "experts", "official", "spokesperson", "spokesman", "spokeswoman",
        "ngo", "body", "director", "chair", "chairperson", "president", "minister", "secretary", "rapporteur", "organización", "organismo",
        "directora", "portavoz", "relator", "relatora", "experto", "experta", "comité", "grupo",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "de", "del", "da", "dos", "van", "von", "al", "el", "bin", "la", "le", "di", "y" };

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Sr.", "Sra.", "Dra.", "Mr", "Ms", "Mrs", "Dr" };

    private static readonly string[] RoleStops = [", as ", ", who ", ", when ", ", while ", ", speaking", ", in a ", ", cuando ", ", quien ", ", mientras ", " at the ", " in a statement", " to reporters"];

    /// <summary>An attribution right after a quote: ", said X, Role." or ", X said." or "he adds".</summary>
    public static Attribution After(string s)
    {
        s = s.TrimStart(' ', ',', '-', '–', '—', '\n');
        var words = SplitWords(s);
        if (words.Count == 0)
        {
            return Attribution.None;
        }
        // Case A: the verb comes first ("said Agnès Callamard, ...", "ha señalado X").
        var verbLength = VerbAt(words, 0);
        if (verbLength > 0)
        {
            var restStart = verbLength < words.Count ? words[verbLength].Start : s.Length;
            var rest = s[restStart..];
            if (Pronouns.Contains(FirstWord(rest)))
            {
                return new Attribution(AttributionKind.Pronoun, null, null);
            }
            var (name, after) = ReadName(rest);
            if (name is not null)
            {
                return new Attribution(AttributionKind.Name, name, ReadRole(after));
            }
            if (IsGeneric(rest, out _))
            {
                return new Attribution(AttributionKind.Generic, null, null);
            }
            // Spanish drops the subject: "…”, añadió." speaks in the voice of the last speaker.
            return rest.Trim(' ', '.', ',', ';').Length == 0 ? new Attribution(AttributionKind.Pronoun, null, null) : Attribution.None;
        }
        // Case B: the speaker comes first ("Amnesty International pointed out", "he adds").
        if (Pronouns.Contains(words[0].Text) && VerbAt(words, 1) > 0)
        {
            return new Attribution(AttributionKind.Pronoun, null, null);
        }
        if (IsGeneric(s, out var genericWords) && VerbAt(words, genericWords) > 0)
        {
            return new Attribution(AttributionKind.Generic, null, null);
        }
        var (n, tail) = ReadName(s);
        if (n is null)
        {
            return Attribution.None;
        }
        var tailWords = SplitWords(tail);
        if (VerbAt(tailWords, 0) > 0)
        {
            return new Attribution(AttributionKind.Name, n, null);
        }
        // "X, who chairs the Committee, told reporters": skip a short appositive.
        if (tail.StartsWith(',') && tailWords.Count > 0)
        {
            var limit = Math.Min(tailWords.Count, 25);
            for (var i = 1; i < limit; i++)
            {
                if (tailWords[i - 1].Text.EndsWith(',') && VerbAt(tailWords, i) > 0)
                {
                    // "Name, Role, said" gives a role; "Name, who chairs ..., said" does not.
                    var role = tail[1..tailWords[i - 1].End].Trim().TrimEnd(',');
                    var relative = role.StartsWith("who ", StringComparison.Ordinal) || role.StartsWith("quien ", StringComparison.Ordinal) || role.StartsWith("que ", StringComparison.Ordinal);
                    return new Attribution(AttributionKind.Name, n, role.Length > 0 && !relative ? role : null);
                }
            }
        }
        return Attribution.None;
    }

    /// <summary>An attribution before a quote, in the same sentence: "X said:", "According to X,", "He called on them to say".</summary>
    public static Attribution Before(string prefix)
    {
        var trimmed = prefix.TrimEnd(' ', ':', ',', '-', '–', '—');
        var words = SplitWords(trimmed);
        if (words.Count == 0)
        {
            return Attribution.None;
        }
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var w = words[i].Text.ToLowerInvariant();
            if ((w == "according" && words[i + 1].Text == "to") || w is "según" or "segun")
            {
                var at = w == "according" ? i + 2 : i + 1;
                if (at < words.Count)
                {
                    var (name, after) = ReadName(trimmed[words[at].Start..]);
                    if (name is not null)
                    {
                        return new Attribution(AttributionKind.Name, name, ReadRole(after));
                    }
                }
            }
        }
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var verbLength = VerbAt(words, i);
            if (verbLength == 0)
            {
                continue;
            }
            // "Name said:" or "Role, Name, said:"
            var before = trimmed[..words[i].Start].TrimEnd().TrimEnd(',');
            var back = NameEndingAt(before);
            if (back is not null)
            {
                if (Pronouns.Contains(back))
                {
                    return new Attribution(AttributionKind.Pronoun, null, null);
                }
                var head = before[..^back.Length].TrimEnd();
                string? role = null;
                if (head.EndsWith(','))
                {
                    var comma = head[..^1].LastIndexOfAny([',', ':', ';']);
                    role = head[(comma + 1)..^1].Trim();
                    role = role.Length is > 0 and < 120 ? role : null;
                }
                return new Attribution(AttributionKind.Name, back, role);
            }
            // "In a statement, Name, the mother of a detainee, said:": the comma-separated name nearest the verb.
            var segments = before.Split(',');
            for (var k = segments.Length - 1; k >= 0; k--)
            {
                var segment = segments[k].Trim();
                if (IsWholeName(segment))
                {
                    var role = k + 1 < segments.Length ? string.Join(",", segments[(k + 1)..]).Trim() : null;
                    return new Attribution(AttributionKind.Name, segment, role is { Length: > 0 and < 120 } ? role : null);
                }
            }
            // "said Name:"
            var afterVerb = i + verbLength < words.Count ? trimmed[words[i + verbLength].Start..] : "";
            var (name, rest) = ReadName(afterVerb);
            if (name is not null)
            {
                return new Attribution(AttributionKind.Name, name, ReadRole(rest));
            }
            // "He called upon all States to say ...": the subject of the sentence.
            if (Pronouns.Contains(words[0].Text))
            {
                return new Attribution(AttributionKind.Pronoun, null, null);
            }
            var (subject, _) = ReadName(trimmed);
            if (subject is not null && subject.Contains(' ', StringComparison.Ordinal) && !FunctionWords.Contains(subject.Split(' ')[0]))
            {
                return new Attribution(AttributionKind.Name, subject, null);
            }
            return Attribution.None;
        }
        return Attribution.None;
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "In", "On", "At", "The", "A", "An", "For", "As", "According", "After", "Before", "During", "Since", "When", "While", "This", "That",
        "En", "El", "La", "Los", "Las", "Un", "Una", "Para", "Según", "Tras", "Durante", "Desde", "Cuando",
    };

    private static bool IsWholeName(string segment)
    {
        if (segment.Length == 0 || segment.Length > 60)
        {
            return false;
        }
        var (name, rest) = ReadName(segment);
        return name is not null && rest.Trim().Length == 0 && !FunctionWords.Contains(name.Split(' ')[0])
               && (name.Contains(' ', StringComparison.Ordinal) || name.Length > 2);
    }

    /// <summary>True when the text holds a speech verb (for telling a quotation from a scare quote).</summary>
    public static bool HasSpeechVerb(string s)
    {
        var words = SplitWords(s);
        for (var i = 0; i < words.Count; i++)
        {
            if (VerbAt(words, i) > 0)
            {
                return true;
            }
        }
        return false;
    }

    private readonly record struct Word(int Start, int End, string Text);

    private static List<Word> SplitWords(string s)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && char.IsWhiteSpace(s[i]))
            {
                i++;
            }
            var j = i;
            while (j < s.Length && !char.IsWhiteSpace(s[j]))
            {
                j++;
            }
            if (j > i)
            {
                words.Add(new Word(i, j, s[i..j]));
            }
            i = j;
        }
        return words;
    }

    private static string Bare(string w) => w.Trim('.', ',', ';', ':', '"', '\'', '(', ')', '!', '?').ToLowerInvariant();

    // Looked up once per word of every text next to a quote: a frozen set instead of a scan of the list.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbLookup =
        SpeechVerbs.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanishParticipleLookup =
        SpanishParticiples.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Longer than any verb or verb particle, so a longer word need not be folded to be ruled out.
    private const int MaxVerbWordLength = 32;

    /// <summary><see cref="Bare(string)"/> into a buffer, without allocating; a word too long to be a verb gives "\0".</summary>
    private static ReadOnlySpan<char> Bare(string w, Span<char> buffer)
    {
        var trimmed = w.AsSpan().Trim(".,;:\"'()!?");
        if (trimmed.Length > buffer.Length)
        {
            return "\0";
        }
        return buffer[..trimmed.ToLowerInvariant(buffer)];
    }

    /// <summary>The number of words of a speech verb starting at word <paramref name="i"/>, or 0.</summary>
    private static int VerbAt(List<Word> words, int i)
    {
        if (i >= words.Count)
        {
            return 0;
        }
        if (!char.IsLower(words[i].Text[0]))
        {
            return 0; // "Member States" is not "states"
        }
        Span<char> wordBuffer = stackalloc char[MaxVerbWordLength];
        Span<char> nextBuffer = stackalloc char[MaxVerbWordLength];
        var w = Bare(words[i].Text, wordBuffer);
        var next = i + 1 < words.Count ? Bare(words[i + 1].Text, nextBuffer) : default;
        if (w is "ha" or "han" or "había" or "habría" && i + 1 < words.Count && SpanishParticipleLookup.Contains(next))
        {
            return 2;
        }
        if (i + 1 < words.Count
            && ((w is "pointed" or "points" && next is "out") || (w is "went" && next is "on") || (w is "told" && next is "reporters" or "journalists")))
        {
            return 2;
        }
        return SpeechVerbLookup.Contains(w) ? 1 : 0;
    }

    private static string FirstWord(string s)
    {
        var words = SplitWords(s);
        return words.Count == 0 ? "" : Bare(words[0].Text);
    }

    private static bool IsGeneric(string s, out int wordCount)
    {
        // "the organisation", "the international human rights organisation", "la organización"
        var words = SplitWords(s);
        wordCount = 0;
        if (words.Count < 2 || Bare(words[0].Text) is not ("the" or "la" or "el" or "this" or "esta" or "este"))
        {
            return false;
        }
        for (var i = 1; i < Math.Min(words.Count, 7); i++)
        {
            if (GenericHeads.Contains(Bare(words[i].Text)))
            {
                wordCount = i + 1;
                return true;
            }
            if (words[i].Text.EndsWith(',') || words[i].Text.EndsWith('.'))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Reads a personal or organisation name (capitalised words, particles, honorifics) at the start of <paramref name="s"/>.</summary>
    private static (string? Name, string Remainder) ReadName(string s)
    {
        var words = SplitWords(s);
        var taken = 0;
        var end = 0;
        for (var i = 0; i < words.Count && i < 6; i++)
        {
            var w = words[i].Text;
            var bare = w.TrimEnd(',', '.', ';', ':', '!', '?', '"', '\'', ')');
            if (bare.Length == 0)
            {
                break;
            }
            var ok = Honorifics.Contains(w) || (char.IsUpper(bare[0]) && bare.Any(char.IsLetter))
                     || (taken > 0 && NameParticles.Contains(bare) && i + 1 < words.Count && char.IsUpper(words[i + 1].Text[0]));
            if (!ok || (taken == 0 && Pronouns.Contains(bare)))
            {
                break;
            }
            taken++;
            end = words[i].Start + bare.Length;
            if (w.Length != bare.Length && !Honorifics.Contains(w) && !(w.EndsWith('.') && bare.Length == 1))
            {
                break; // punctuation ends the name
            }
        }
        if (taken == 0)
        {
            return (null, s);
        }
        var name = s[..end].Trim();
        if (Honorifics.Contains(name))
        {
            return (null, s);
        }
        return (name, s[end..]);
    }

    /// <summary>The name (or pronoun) that ends <paramref name="s"/>, e.g. "... Amnesty International" in "Amnesty International said".</summary>
    private static string? NameEndingAt(string s)
    {
        var words = SplitWords(s);
        if (words.Count == 0)
        {
            return null;
        }
        var last = words[^1].Text;
        if (Pronouns.Contains(last))
        {
            return last;
        }
        var first = words.Count;
        for (var i = words.Count - 1; i >= 0 && words.Count - i <= 5; i--)
        {
            var w = words[i].Text;
            if (w.EndsWith(',') || w.EndsWith('.') && i != words.Count - 1)
            {
                break;
            }
            if (char.IsUpper(w[0]) || (NameParticles.Contains(w) && i < words.Count - 1 && first <= words.Count - 1))
            {
                first = i;
            }
            else
            {
                break;
            }
        }
        if (first >= words.Count)
        {
            return null;
        }
        return s[words[first].Start..].Trim().TrimEnd(',');
    }

    private static string? ReadRole(string rest)
    {
        var r = rest.TrimStart();
        if (!r.StartsWith(','))
        {
            return null;
        }
        r = ", " + r[1..].TrimStart();
        var cut = r.Length;
        foreach (var stop in RoleStops)
        {
            var at = r.IndexOf(stop, 1, StringComparison.Ordinal);
            if (at >= 0 && at < cut)
            {
                cut = at;
            }
        }
        var role = r[1..cut].Trim().TrimEnd('.', ',', ';', ':', '—', '–', '-').Trim();
        return role.Length is > 0 and < 200 ? role : null;
    }
}
