using System.Text;
using AmnestyArchive.Core.Extraction.Text;

namespace AmnestyArchive.Core.Extraction.Demands;

/// <summary>
/// Addressees the registry does not know: a person or an organ named in the text ("President
/// William Ruto should ...", "Parliament must ...", "insta a la presidenta Claudia Sheinbaum a
/// ..."). A name is a run of capitalised words, with "of", "de la" and the like between them; a
/// lower-case title ("la presidenta", "el fiscal") may open it. A name with an office in it
/// takes the country of the state the demand is read against, so "Parliament" in a statement on
/// Kenya and in one on Peru are two actors; a bare name or an acronym has no country.
/// </summary>
internal static class NamedAddressee
{
    /// <summary>The kind of an actor made from a name in the text, not taken from the registry.</summary>
    public const string Kind = "named";

    private const int MaxWords = 8;

    // Words that name an organ of a state or the holder of an office. A run made of one of them
    // alone ("Parliament", "El Congreso") names the organ; one at the start of a sentence is
    // capitalised by position, so it is believed only with such a word or with two capitals.
    private static readonly WordSet OfficeWords = new(
        "parliament", "congress", "senate", "assembly", "judiciary", "legislature", "cabinet", "presidency", "prosecutor", "prosecutors",
        "ministry", "minister", "president", "premier", "governor", "mayor", "court", "tribunal", "commission", "council", "office",
        "ombudsman", "attorney", "director", "secretary", "chancellor", "king", "queen", "prince", "authority", "agency", "department", "service",
        "parlamento", "congreso", "senado", "asamblea", "fiscalia", "fiscal", "ministerio", "ministro", "ministra", "presidente",
        "presidenta", "gobernador", "gobernadora", "alcalde", "alcaldesa", "corte", "comision", "consejo", "defensoria", "procuraduria",
        "secretaria", "secretario", "rey", "reina", "general", "autoridad", "agencia", "departamento", "servicio", "instituto",
        "board", "foundation", "junta", "fundacion");

    // Organs of a state that one word names: "Parliament must ...", "El Congreso debe ...". A lone
    // "Court", "Commission" or "President" most often points back to a body named before, so it
    // makes no actor of its own.
    private static readonly WordSet Organs = new(
        "parliament", "congress", "senate", "judiciary", "legislature", "cabinet", "presidency", "parlamento", "congreso", "senado",
        "fiscalia", "procuraduria", "defensoria", "president", "presidente", "presidenta");

    // Joining words inside a name: "Director of Public Prosecutions", "Fiscalía General de la República".
    private static readonly WordSet Joiners = new("of", "for", "on", "the", "de", "del", "la", "las", "los", "el", "para");

    // Capitalised words that open no name: pronouns, quantifiers, demonstratives.
    private static readonly WordSet NotNames = new(
        "we", "you", "they", "he", "she", "it", "i", "this", "these", "those", "such", "all", "every", "each", "any", "some", "many",
        "most", "no", "our", "their", "his", "her", "my", "your", "everyone", "everybody", "nobody", "none",
        "nosotros", "ellos", "ellas", "esto", "este", "esta", "estos", "estas", "ese", "esa", "todos", "todas", "nadie", "cada", "nuestro", "nuestra");

    // The publisher asks; it is not asked.
    private static readonly WordSet Publishers = new("amnesty", "amnistia");

    /// <summary>Whether a capitalised word may open a name: not a pronoun, quantifier or demonstrative ("They", "Todos").</summary>
    public static bool MayOpenName(Token word) => !NotNames.Contains(word);

    /// <summary>The end (exclusive) of the name that starts at <paramref name="from"/>, or <paramref name="from"/> when none does.</summary>
    public static int RunEnd(string text, ReadOnlySpan<Token> words, int from, int limit)
    {
        var end = from;
        var listed = false;
        for (var k = from; k < limit && k - from < MaxWords + (listed ? 4 : 0); k++)
        {
            if (k > from && !Joined(text, words[k - 1], words[k]))
            {
                if (!ListInMinistryName(text, words, from, k, limit))
                {
                    break;
                }
                listed = true;
            }
            // Spanish writes titles in lower case: "el fiscal general Tarek William Saab", "la ministra de Defensa".
            if (Token.StartsUpper(text, words[k]) || OfficeWords.Contains(words[k]))
            {
                end = k + 1;
            }
            else if (k == from || !(Joiners.Contains(words[k]) || PossessiveS(text, words[k - 1], words[k]) || AndInsideName(text, words, k, limit)
                                      || (listed && ListAnd.Contains(words[k]) && k + 1 < limit && Token.StartsUpper(text, words[k + 1]))))
            {
                break;
            }
        }
        return end;
    }

    private static readonly WordSet MinistryHeads = new("ministry", "ministerio", "department", "departamento", "secretaria", "secretariat");

    private static readonly WordSet ListAnd = new("and", "y", "e");

    /// <summary>
    /// "the Ministry of Land Management, Urban Planning and Construction": after a comma at <paramref name="k"/>, a
    /// ministry's name goes on with capitalised words up to "and" and its last part.
    /// </summary>
    private static bool ListInMinistryName(string text, ReadOnlySpan<Token> words, int from, int k, int limit)
    {
        if (text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End) is not ", " || !Token.StartsUpper(text, words[k])
            || !MinistryHeads.Contains(words[from]) || from + 1 >= k || !Joiners.Contains(words[from + 1]))
        {
            return false;
        }
        for (var j = k + 1; j + 1 < limit && j < k + 5; j++)
        {
            if (ListAnd.Contains(words[j]))
            {
                return Token.StartsUpper(text, words[j + 1]);
            }
            if (!Token.StartsUpper(text, words[j]) || !Joined(text, words[j - 1], words[j]))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the "y" at <paramref name="k"/> joins two parts of one name: "Ministerio de Ciencia y Tecnología",
    /// "Delegación General de Administración Penitenciaria y Reinserción". After "de", between two capitalised
    /// words, with no article after it; "el Gobierno y el Parlamento" are two.
    /// </summary>
    public static bool AndInsideName(string text, ReadOnlySpan<Token> words, int k, int limit)
    {
        // "Board of Pardons and Paroles", but not "the Minister of Justice and Parliament": an organ after "and" is another addressee.
        var english = EnglishAnd.Contains(words[k]);
        if (k < 2 || k + 1 >= limit || !(SpanishAnd.Contains(words[k]) || (english && !OfficeWords.Contains(words[k + 1]))) || !Token.StartsUpper(text, words[k - 1]))
        {
            return false;
        }
        // "Ministerio del Interior y de los Municipios": "y de" goes on with the name's second part.
        var next = k + 1;
        if (Of.Contains(words[next]) && next + 1 < limit)
        {
            next++;
            if (Articles.Contains(words[next]) && next + 1 < limit)
            {
                next++;
            }
        }
        if (!Token.StartsUpper(text, words[next]))
        {
            return false;
        }
        for (var j = k - 1; j >= 0 && (Token.StartsUpper(text, words[j]) || Joiners.Contains(words[j])); j--)
        {
            if ((Of.Contains(words[j]) || (english && EnglishOf.Contains(words[j]))) && j > 0 && Token.StartsUpper(text, words[j - 1]))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly WordSet SpanishAnd = new("y", "e");

    private static readonly WordSet EnglishAnd = new("and");

    private static readonly WordSet EnglishOf = new("of");

    private static readonly WordSet Articles = new("la", "las", "los", "el");

    private static readonly WordSet Of = new("de", "del");

    /// <summary>
    /// The actor that the words [<paramref name="from"/>, <paramref name="end"/>) name, or null when
    /// they are no name. <paramref name="positional"/>: the first word is capitalised because it opens a sentence.
    /// </summary>
    public static Actor? Make(string text, ReadOnlySpan<Token> words, int from, int end, bool positional, string? countryCode, ActorRegistry registry)
    {
        if (end <= from || NotNames.Contains(words[from]))
        {
            return null;
        }
        var capitals = 0;
        var office = false;
        for (var k = from; k < end; k++)
        {
            if (Publishers.Contains(words[k]))
            {
                return null;
            }
            if (Token.StartsUpper(text, words[k]))
            {
                capitals++;
            }
            office |= OfficeWords.Contains(words[k]);
        }
        if (end - from == 1)
        {
            // One word: an organ, an acronym ("FIFA"), or a capitalised word that its place in the sentence does not explain ("... and Ruto must").
            if (!Organs.Contains(words[from]) && !IsAcronym(text, words[from]) && (office || positional))
            {
                return null;
            }
        }
        else if (capitals == 0 || (positional && !office && capitals < 2))
        {
            return null;
        }
        var name = Name(text, words[from].Start, words[end - 1].End);
        // "El INDI debe ...": an acronym the statement spelled out before ("el Instituto Paraguayo del Indígena (INDI)") is that name.
        if (end - from == 1 && IsAcronym(text, words[from]) && SpelledOut(text, name, words[from].Start) is { } spelled)
        {
            name = spelled;
        }
        // An organ the registry knows has one English name in both languages, made the state's:
        // "la Fiscalía General de la República" in a statement on Mexico is the Mexican Attorney General's Office.
        // "the Parliament of Georgia", "el Congreso de Guatemala": the organ, of the state it names.
        var organName = name;
        foreach (var joiner in (ReadOnlySpan<string>)[" of ", " de "])
        {
            var at = name.LastIndexOf(joiner, StringComparison.Ordinal);
            if (at > 0 && registry.Organ(name) is null && registry.StateCode(name[(at + joiner.Length)..]) is { } named)
            {
                organName = name[..at];
                countryCode = named;
            }
        }
        if (registry.Organ(organName) is { } organ)
        {
            var demonym = countryCode is null ? null : registry.DemonymOf(countryCode);
            var organSlug = Citations.CitationResolver.Slug(organ.Replace("'", "", StringComparison.Ordinal));
            return new Actor(countryCode is null ? organSlug : countryCode.ToLowerInvariant() + "-" + organSlug, Kind,
                demonym is null ? organ : demonym + " " + organ, name, countryCode, []);
        }
        // "la Junta Central Electoral" is the Central Electoral Board, in a statement in either language; a name
        // put into English is a public body's.
        var english = SpanishName.Body(name, registry);
        // An office or organ is of the state in focus; a bare name or an acronym may be of anywhere.
        if (!office && english is null)
        {
            countryCode = null;
        }
        english ??= name;
        var slug = Citations.CitationResolver.Slug(english);
        var id = countryCode is null ? slug : countryCode.ToLowerInvariant() + "-" + slug;
        return new Actor(id, Kind, english, name, countryCode, []);
    }

    // The title of a mandate of the Human Rights Council's special procedures.
    private static readonly WordSet MandateTitles = new("rapporteur", "relator", "relatora", "expert", "experto", "experta");

    private static readonly WordSet MandateJoiners = new("on", "sobre");

    // What may come between a mandate's title and "sobre": "Relator Especial de las Naciones Unidas sobre ...".
    private static readonly WordSet TitleQualifiers = new("especial", "independiente", "independent", "de", "del", "las", "naciones", "unidas", "onu", "un");

    // What ends a mandate: "... on adequate housing to seek ...", "... and the Working Group", "... a que ...".
    private static readonly WordSet MandateEnds = new("to", "and", "a", "y", "que", "para", "who", "which", "quien");

    private static readonly int MandateTo = Lexicon.Register("to").Id;

    // What a right "to" is in a mandate's name: "the right to food", "the rights to freedom of ...".
    private static readonly WordSet MandateNouns = new("freedom", "food", "health", "education", "development", "privacy", "truth", "water", "housing", "life", "the", "a", "la", "el");

    private static readonly WordSet AndWords = new("and", "y");

    private static readonly WordSet OfWords = new("of", "de");

    /// <summary>
    /// "the UN Special Rapporteur on adequate housing", "el Relator Especial sobre el derecho a la vivienda": a special
    /// procedures mandate, its title (the capitalised run [<paramref name="from"/>, <paramref name="end"/>)) and what it
    /// is on, in lower case. Null when the run holds no such title or no "on" follows it.
    /// </summary>
    public static Actor? Mandate(string text, ReadOnlySpan<Token> words, int from, int end)
    {
        if (end >= words.Length - 1 || !MandateJoiners.Contains(words[end]))
        {
            return null;
        }
        // "el Relator Especial de las Naciones Unidas sobre ...", "la Experta Independiente sobre ...": the title, then
        // what qualifies it, before "sobre".
        var title = end - 1;
        while (title > from && TitleQualifiers.Contains(words[title]))
        {
            title--;
        }
        if (!MandateTitles.Contains(words[title]))
        {
            return null;
        }
        var last = end;
        for (var k = end + 1; k < words.Length && k <= end + 10; k++)
        {
            // "... on the rights to freedom of peaceful assembly and of association": "to" and "and" inside the mandate.
            var inside = k + 1 < words.Length && ((words[k].WordId == MandateTo && MandateNouns.Contains(words[k + 1]))
                                                  || (AndWords.Contains(words[k]) && OfWords.Contains(words[k + 1])));
            if ((MandateEnds.Contains(words[k]) && !inside) || text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(",;:.()\"") >= 0)
            {
                break;
            }
            last = k;
        }
        if (last == end)
        {
            return null;
        }
        return Unregistered(Name(text, words[from].Start, words[last].End));
    }

    /// <summary>An actor the registry does not hold, of no country, known by the name the text gives it ("Golden Crest Mining Ltd").</summary>
    public static Actor Unregistered(string name) => new(Citations.CitationResolver.Slug(name), Kind, name, name, null, []);

    // What may follow a group asked to act, before the modal: "..., including lenders financing ..., should".
    private static readonly WordSet AppositiveOpeners = new("including", "such", "particularly", "notably", "especially", "incluidos", "incluidas", "como", "en", "in");

    /// <summary>
    /// "Nigeria's international partners, including lenders ..., should ...": a group a state's name owns, in lower
    /// case after the possessive, as the subject of the modal at <paramref name="modal"/>. <paramref name="state"/> is the
    /// state's mention, which must open the sentence. Null when the sentence opens otherwise.
    /// </summary>
    public static Actor? PossessiveGroup(string text, ReadOnlySpan<Token> words, int stateFirst, int stateLast, string? countryCode, int modal)
    {
        var s = stateLast + 1;
        if (stateFirst != 0 || s + 1 >= modal || !PossessiveS(text, words[stateLast], words[s]))
        {
            return null;
        }
        var end = s + 1;
        while (end < modal && end - s <= 4 && !Token.StartsUpper(text, words[end]) && !text.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).Contains(','))
        {
            end++;
        }
        if (end == s + 1)
        {
            return null;
        }
        var next = end < modal ? text.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End) : default;
        if (end < modal && !(next.Contains(',') && AppositiveOpeners.Contains(words[end])
                             && text.AsSpan(words[modal - 1].End, words[modal].Start - words[modal - 1].End).Contains(',')))
        {
            return null;
        }
        var name = Name(text, words[stateFirst].Start, words[end - 1].End).Replace('’', '\'');
        return new Actor((countryCode is null ? "" : countryCode.ToLowerInvariant() + "-") + Citations.CitationResolver.Slug(name[(words[s].End - words[stateFirst].Start)..]),
            Kind, name, name, countryCode, []);
    }

    /// <summary>Whether the word at <paramref name="i"/> is capitalised by its place: first in the sentence, or after a quotation mark, colon or bracket.</summary>
    public static bool OpensSentence(string text, ReadOnlySpan<Token> words, int i, int sentenceStart)
    {
        var from = i == 0 ? sentenceStart : words[i - 1].End;
        if (i == 0)
        {
            return true;
        }
        foreach (var c in text.AsSpan(from, words[i].Start - from))
        {
            if (c is '"' or '“' or '«' or '\'' or '‘' or ':' or '(' or '—' or '–' or '¿' or '¡')
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> SpelledOutJoiners = new(StringComparer.Ordinal)
    {
        "de", "del", "la", "las", "los", "el", "para", "a", "al", "contra", "sobre", "y", "e", "of", "the", "and", "for", "on", "in",
    };

    /// <summary>
    /// The name an acronym stands for, where the text before <paramref name="before"/> gives it with the acronym in
    /// brackets after it ("Instituto Paraguayo del Indígena (INDI)"): capitalised words and the words that join them,
    /// the first with the acronym's first letter. Null when the text gives none.
    /// </summary>
    internal static string? SpelledOut(string text, string acronym, int before)
    {
        var at = text.IndexOf("(" + acronym + ")", StringComparison.Ordinal);
        if (at <= 0 || at >= before)
        {
            return null;
        }
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        // Word by word back from the bracket: each word ends where the space before the last one read is.
        var wordEnd = end;
        var first = -1;
        for (var words = 0; words < 10 && wordEnd > 0; words++)
        {
            var space = text.LastIndexOf(' ', wordEnd - 1);
            var word = text[(space + 1)..wordEnd];
            if (word.Length == 0 || (!char.IsUpper(word[0]) && !SpelledOutJoiners.Contains(word)) || word.AsSpan().IndexOfAny(",;:.()") >= 0)
            {
                break;
            }
            if (char.IsUpper(word[0]))
            {
                first = space + 1;
            }
            wordEnd = space;
        }
        return first >= 0 && first < end && char.ToUpperInvariant(text[first]) == acronym[0] && text.IndexOf(' ', first, end - first) > 0 ? text[first..end] : null;
    }

    private static bool IsAcronym(string text, Token t)
    {
        if (t.Length < 2)
        {
            return false;
        }
        foreach (var c in text.AsSpan(t.Start, t.Length))
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool CompanyAbbreviation(ReadOnlySpan<char> name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && name[(space + 1)..] is "Ltd" or "Inc" or "Co" or "Corp" or "Bhd" or "Pty" or "Ltda";
    }

    // "Prosecutor General's Office": the "s" of a possessive inside a name.
    internal static bool PossessiveS(string text, Token a, Token b) =>
        b.Length == 1 && text[b.Start] == 's' && b.Start - a.End == 1 && text[a.End] is '\'' or '’';

    // Two words of one name are apart by spaces only, by a hyphen ("Jean-Pierre"), or by the stop of an initial ("William S. Ruto").
    private static bool Joined(string text, Token a, Token b)
    {
        var gap = text.AsSpan(a.End, b.Start - a.End);
        if (gap.Length == 1 && (gap[0] == '-' || PossessiveS(text, a, b)))
        {
            return true;
        }
        if (a.Length == 1 && gap.Length == 2 && gap[0] == '.' && gap[1] == ' ')
        {
            return true;
        }
        // "Palmas del Litoral S.A.": the letters of an abbreviation.
        if (a.Length == 1 && b.Length == 1 && gap.Length == 1 && gap[0] == '.')
        {
            return true;
        }
        foreach (var c in gap)
        {
            if (c != ' ' && c != '\u00A0')
            {
                return false;
            }
        }
        return gap.Length > 0;
    }

    private static string Name(string text, int start, int end)
    {
        // "S.A." and "Ltd." keep their last stop.
        if (end < text.Length && text[end] == '.' && ((end >= 3 && text[end - 2] == '.' && char.IsLetter(text[end - 1])) || CompanyAbbreviation(text.AsSpan(start, end - start))))
        {
            end++;
        }
        var sb = new StringBuilder(end - start);
        sb.Append(char.ToUpperInvariant(text[start]));
        sb.Append(text, start + 1, end - start - 1);
        return sb.ToString();
    }
}
