using System.Buffers;
using System.Collections.Frozen;

namespace AmnestyArchive.Core.Extraction.Quotes;

/// <summary>Who a stretch of text next to a quote says spoke it.</summary>
internal enum AttributionKind
{
    None,
    Name,
    Pronoun,
    Generic,

    /// <summary>An unnamed speaker described by the text ("a 45-year-old farmer from the village"); the name is the description.</summary>
    Described,
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
/// It runs several times for every quoted passage, so it reads the text in place: words are
/// ranges of the text, and only the name and role it finds become strings.
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
        "relató", "relata", "narró", "narra", "contó", "lamentó", "lamenta", "reiteró", "reitera", "alertó", "criticó", "reclamó",
        "dijeron", "afirmaron", "declararon", "señalaron", "manifestaron", "añadieron", "explicaron", "subrayaron", "indicaron",
        "aseguraron", "advirtieron", "agregaron", "expresaron", "destacaron", "denunciaron", "recordaron", "relataron",
        "recounted", "recounts", "described", "describió", "spoke", "habló", "testified", "lamented", "claimed", "alleged", "admitted", "replied", "responded", "confirmed",
        "respondió", "respondieron", "replicó", "contestó", "informó", "informa", "informaron", "anunció", "anuncia", "anunciaron", "comunicó",
        "reported",
    ];

    private static readonly string[] ThatIsHow = ["That is how ", "This is how ", "That was how ", "This was how ", "Así lo ", "Así la ", "Con estas palabras "];

    private static readonly string[] SpanishParticiples =
    [
        "dicho", "afirmado", "declarado", "señalado", "manifestado", "añadido", "explicado", "subrayado", "indicado", "asegurado",
        "sostenido", "advertido", "agregado", "expresado", "destacado", "denunciado", "recordado", "insistido", "concluido",
        "apuntado", "precisado", "comentado", "puntualizado", "enfatizado", "relatado", "narrado", "contado", "lamentado", "reiterado",
        "alertado", "criticado", "reclamado", "informado", "anunciado",
    ];

    // "The Chief District Officer later told ...", "El Alto Comisionado también subrayó ...": an adverb between the subject and its verb.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AdverbsBeforeVerb = Lookup(StringComparer.OrdinalIgnoreCase,
        "later", "also", "then", "again", "further", "too", "already", "today", "yesterday", "subsequently",
        "también", "luego", "además", "asimismo", "igualmente", "posteriormente", "después", "ya", "hoy", "ayer");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns =
        Lookup(StringComparer.OrdinalIgnoreCase, "he", "she", "they", "él", "ella", "ellos", "ellas");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericHeads = Lookup(StringComparer.OrdinalIgnoreCase,
        "organisation", "organization", "group", "committee", "expert", "experts", "official", "spokesperson", "spokesman", "spokeswoman",
        "ngo", "body", "director", "chair", "chairperson", "president", "minister", "secretary", "rapporteur", "organización", "organismo",
        "directora", "portavoz", "relator", "relatora", "experto", "experta", "comité", "grupo", "presidente", "presidenta", "comisionado",
        "comisionada", "secretario", "secretaria", "ministro", "ministra", "vocero", "vocera", "expertos", "expertas", "commissioner",
        "viceministro", "viceministra", "vice-minister", "viceminister");

    // The words an unnamed speaker's description starts with: "a woman", "one witness", "una madre".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Indefinites =
        Lookup(StringComparer.OrdinalIgnoreCase, "a", "an", "one", "another", "un", "una", "otro", "otra");

    // Definite descriptions ("the mother of a detained student", "la madre de un joven detenido")
    // are read after the generic heads ("the organisation" speaks for the publisher).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Definites =
        Lookup(StringComparer.OrdinalIgnoreCase, "the", "el", "la", "los", "las");

    // A name with a title in front of it has at most this many words.
    private const int MaxTitledNameWords = 10;

    // A description has at most this many words ("a 60-year-old fisherman from the coastal town").
    private const int MaxDescriptionWords = 12;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticles =
        Lookup(StringComparer.Ordinal, "de", "del", "da", "dos", "van", "von", "al", "el", "bin", "la", "le", "di", "y");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Honorifics =
        Lookup(StringComparer.Ordinal, "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Sr.", "Sra.", "Dra.", "Mr", "Ms", "Mrs", "Dr");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = Lookup(StringComparer.Ordinal,
        "In", "On", "At", "The", "A", "An", "For", "As", "According", "After", "Before", "During", "Since", "When", "While", "This", "That",
        "En", "El", "La", "Los", "Las", "Un", "Una", "Para", "Según", "Como", "Tras", "Durante", "Desde", "Cuando",
        "And", "But", "Y", "Pero", "Then", "Later", "Finally", "Also", "Luego", "Después", "Entonces", "Finalmente", "También", "Además", "Asimismo");

    private static readonly string[] RoleStops = [", as ", ", who ", ", when ", ", while ", ", speaking", ", in a ", ", cuando ", ", quien ", ", mientras ", " at the ", " in a statement", " to reporters"];

    // Looked up once per word of every text next to a quote: a frozen set instead of a scan of the list.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbLookup = Lookup(StringComparer.Ordinal, SpeechVerbs);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanishParticipleLookup = Lookup(StringComparer.Ordinal, SpanishParticiples);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(StringComparer comparer, params string[] words) =>
        words.ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    private const string TrimmedPunctuation = ".,;:\"'()!?";

    // Longer than any word a set above holds, so a longer word need not be folded to be ruled out.
    private const int MaxListedWordLength = 32;

    /// <summary>An attribution right after a quote: ", said X, Role." or ", X said." or "he adds".</summary>
    public static Attribution After(ReadOnlySpan<char> s)
    {
        s = s.TrimStart(" ,-–—\n");
        // "... ?" That is how Amina Garba described the raid. / Así lo describió Ana Ruiz.
        foreach (var lead in ThatIsHow)
        {
            if (s.StartsWith(lead, StringComparison.Ordinal))
            {
                s = s[lead.Length..];
                break;
            }
        }
        // "—nos contó su esposa, Neema Mwakyusa—", "me dijo su hermano": the hearer as a pronoun before the verb.
        if (FirstWord(s) is "nos" or "me" or "le" or "les" && FirstWord(s).Length + 1 < s.Length)
        {
            var verb = s[(FirstWord(s).Length + 1)..].TrimStart();
            using var verbWords = Split(verb, stackalloc Word[WordBuffer], 3);
            if (VerbAt(verb, verbWords, 0) > 0)
            {
                s = verb;
            }
        }
        // "... ." These words were read out by Tamar Gelashvili, chair of ... / Estas palabras fueron pronunciadas por Ana Ruiz.
        if (WordsOf(s) is { } owner)
        {
            return owner;
        }
        // No rule below looks past the tenth word (a generic subject of up to seven words, then a verb of two).
        using var words = Split(s, stackalloc Word[WordBuffer], 10);
        if (words.Count == 0)
        {
            return Attribution.None;
        }
        // "..., according to Jane Doe, director at ...", "..., según Ana Ruiz."
        var cue = AccordingTo(s, words);
        if (cue > 0 && cue < words.Count && Cited(s[words[cue].Start..]) is { } cited)
        {
            return cited;
        }
        // Case A: the verb comes first ("said Agnès Callamard, ...", "ha señalado X").
        var verbLength = VerbAt(s, words, 0);
        if (verbLength > 0)
        {
            var rest = s[(verbLength < words.Count ? words[verbLength].Start : s.Length)..];
            // "contó a Human Rights Watch su esposa, Rosa Ibarra", "dijo a Amnistía Internacional Pedro Salas": who heard it, then who spoke.
            if (SpokenTo(rest, out var heard))
            {
                if (heard.Trim(" .,;").Length == 0)
                {
                    return new Attribution(AttributionKind.Pronoun, null, null);
                }
                rest = heard;
            }
            if (IsBarePronoun(FirstWord(rest)))
            {
                return new Attribution(AttributionKind.Pronoun, FirstWord(rest).ToString(), null);
            }
            if (ReadName(rest, out var name, out var afterName))
            {
                return Person(name, ReadRole(rest[afterName..]));
            }
            // "said the head of the commission, Jane Doe.", "said his wife, Rosa Ibarra.", "dijo la Relatora Especial sobre ..., Ana Ruiz."
            if (OpensWithDeterminer(rest) && DescribedThenName(rest) is { } named)
            {
                return named;
            }
            if (IsGeneric(rest, out _, out var phrase))
            {
                return TitledName(rest, phrase) ?? new Attribution(AttributionKind.Generic, rest[..WithMandate(rest, phrase)].ToString(), null);
            }
            // "señaló el abogado Mohamed Lbeyd, que defiende ...", "said her lawyer Ana Ruiz.": a role in lower case, then the name.
            if (OpensWithDeterminer(rest) && RoleBeforeName(rest) is { } roleNamed)
            {
                return roleNamed;
            }
            // "said a woman whose husband was detained."
            if (Apposition(rest) is { } fuller)
            {
                return new Attribution(AttributionKind.Described, fuller, null);
            }
            if (Description(rest) is { } described)
            {
                return new Attribution(AttributionKind.Described, described, null);
            }
            // Spanish drops the subject: "…”, añadió." speaks in the voice of the last speaker.
            return rest.Trim(" .,;").Length == 0 ? new Attribution(AttributionKind.Pronoun, null, null) : Attribution.None;
        }
        // "the Working Group on Arbitrary Detention said": an article before a proper name is part of how it is written.
        if (words.Count >= 3 && Definites.Contains(words.Text(s, 0)) && char.IsUpper(words.Text(s, 1)[0])
            && ProperNameSpeaking(s[words[1].Start..]) is { } proper)
        {
            return Person(proper, null);
        }
        // Case B: the speaker comes first ("Amnesty International pointed out", "he adds").
        if (Pronouns.Contains(words.Text(s, 0)) && VerbAt(s, words, 1) > 0)
        {
            return new Attribution(AttributionKind.Pronoun, words.Text(s, 0).ToString(), null);
        }
        if (IsGeneric(s, out var genericWords, out var genericPhrase) && VerbAt(s, words, genericWords) > 0)
        {
            return new Attribution(AttributionKind.Generic, s[..genericPhrase].ToString(), null);
        }
        // "a 60-year-old fisherman from the town told the organization"
        if (Indefinites.Contains(words.Text(s, 0)) || Definites.Contains(words.Text(s, 0)))
        {
            for (var i = 2; i < words.Count; i++)
            {
                if (VerbAt(s, words, i) > 0)
                {
                    if (Description(s[..words[i].Start], whole: true) is { } subject)
                    {
                        return new Attribution(AttributionKind.Described, subject, null);
                    }
                    // "one conscript, a 22-year-old man from Sittwe, told ...": the fuller description between the commas.
                    if (Apposition(s[..words[i].Start].TrimEnd().TrimEnd(',')) is { } fullerSubject)
                    {
                        return new Attribution(AttributionKind.Described, fullerSubject, null);
                    }
                    break;
                }
            }
        }
        if (RoleThenName(s) is { } apposed)
        {
            return apposed;
        }
        if (!ReadName(s, out var n, out var nameEnd))
        {
            return Attribution.None;
        }
        var tail = s[nameEnd..];
        // The appositive is looked through for 25 words, the verb after it may take a 26th.
        using var tailWords = Split(tail, stackalloc Word[WordBuffer], 26);
        if (VerbAt(tail, tailWords, 0) > 0)
        {
            return Person(n, null);
        }
        // "Jane Doe of Amnesty International said": the organisation is the role.
        if (tailWords.Count >= 3 && tailWords.Text(tail, 0) is "of" or "from" or "at" or "de" or "del"
            && ReadName(tail[tailWords[1].Start..], out var organisation, out var organisationEnd))
        {
            var afterOrganisation = tail[tailWords[1].Start..][organisationEnd..];
            using var verbWords = Split(afterOrganisation, stackalloc Word[WordBuffer], 3);
            if (VerbAt(afterOrganisation, verbWords, 0) > 0)
            {
                return Person(n, organisation);
            }
        }
        // "X, who chairs the Committee, told reporters": skip a short appositive.
        if (tail.StartsWith(',') && tailWords.Count > 0)
        {
            var limit = Math.Min(tailWords.Count, 25);
            for (var i = 1; i < limit; i++)
            {
                if (tailWords.Text(tail, i - 1).EndsWith(',') && VerbAt(tail, tailWords, i) > 0)
                {
                    // "Name, Role, said" gives a role; "Name, who chairs ..., said" does not.
                    var role = tail[1..tailWords[i - 1].End].Trim().TrimEnd(',');
                    var relative = role.StartsWith("who ", StringComparison.Ordinal) || role.StartsWith("whose ", StringComparison.Ordinal)
                                   || role.StartsWith("quien ", StringComparison.Ordinal) || role.StartsWith("que ", StringComparison.Ordinal)
                                   || role.StartsWith("cuy", StringComparison.Ordinal);
                    return Person(n, role.Length > 0 && !relative && !IsAge(role) ? role.ToString() : null);
                }
            }
        }
        return Attribution.None;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Possessives =
        Lookup(StringComparer.OrdinalIgnoreCase, "his", "her", "their", "su", "sus");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanishTo =
        Lookup(StringComparer.Ordinal, "a", "al");

    /// <summary>
    /// After a Spanish verb of saying, "a Human Rights Watch" or "al diario El País" names who heard the words: the
    /// text after it, where the speaker is named (or nothing, when the speaker is the last one). False when the
    /// words after the verb are no such hearer: "said a Human Rights Watch researcher" is English and describes the speaker.
    /// </summary>
    private static bool SpokenTo(ReadOnlySpan<char> rest, out ReadOnlySpan<char> tail)
    {
        tail = default;
        var first = FirstWord(rest);
        if (!SpanishTo.Contains(first))
        {
            return false;
        }
        var after = rest.TrimStart()[first.Length..].TrimStart();
        if (!after.IsEmpty && HearerDeterminers.Contains(FirstWord(after)))
        {
            return SpokenToPhrase(after, out tail);
        }
        if (after.IsEmpty || !char.IsUpper(after[0]) || !ReadName(after, out var heard, out var end))
        {
            return false;
        }
        tail = after[end..].TrimStart(" ,");
        // A capital right after a space is the same run of capitals, cut at the name's word limit
        // ("a Amnistía Internacional María de los Ángeles Torres"): read below where the organisation ends.
        var cut = end < after.Length && after[end] == ' ';
        if (tail.Trim(" .;").IsEmpty || (char.IsUpper(tail[0]) && !cut) || Possessives.Contains(FirstWord(tail)))
        {
            return true;
        }
        // "a Amnistía Internacional Pedro Salas, hermano de ..." reads as one run of capitals: the organisation
        // ends at its last institution word, and a name of two words or more follows it.
        var parts = heard.Split(' ');
        for (var i = parts.Length - 3; i >= 0; i--)
        {
            if (InstitutionWords.Contains(parts[i]))
            {
                var at = 0;
                for (var j = 0; j <= i; j++)
                {
                    at = after[at..].IndexOf(parts[j].AsSpan(), StringComparison.Ordinal) + at + parts[j].Length;
                }
                tail = after[at..].TrimStart(" ,");
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "a nuestra Oficina por teléfono desde Ouanaminthe", "a los periodistas su hermana, Luisa Ancalao": a hearer
    /// that opens with a determiner. It runs over its noun and what qualifies it ("por teléfono", "desde X") to
    /// the end or to a new subject: a possessive, an article or a capitalised word after a comma. The tail is
    /// where the speaker is named, empty when the speaker is left out.
    /// </summary>
    private static bool SpokenToPhrase(ReadOnlySpan<char> after, out ReadOnlySpan<char> tail)
    {
        tail = default;
        using var words = Split(after, stackalloc Word[WordBuffer], 16);
        for (var i = 2; i < words.Count; i++)
        {
            var word = words.Text(after, i);
            var previous = words.Text(after, i - 1);
            if (Possessives.Contains(word) || (Definites.Contains(word) && !SpanishPrepositions.Contains(previous))
                || (previous.EndsWith(',') && char.IsUpper(word[0]))
                // "a la Oficina una mujer venezolana de 31 años": an indefinite person after the hearer.
                || (Indefinites.Contains(word) && !SpanishPrepositions.Contains(previous) && i + 1 < words.Count
                    && words.Text(after, i + 1).TrimEnd(",.;:") is var noun && (PersonNouns.Contains(noun) || TitleNouns.Contains(noun)))
                // "a la prensa local Inácio Mucavele, portavoz ...": a whole name of two words right after the hearer's noun.
                // "a la Oficina Yessenia Maradiaga, hija de ...": or after the institution that heard it.
                || (char.IsUpper(word[0]) && (char.IsLower(previous[0]) || InstitutionWords.Contains(previous)) && !SpanishPrepositions.Contains(previous) && !previous.EndsWith(',')
                    && ReadName(after[words[i].Start..], out var person, out _) && person.Contains(' ') && IsWholeName(person.AsSpan())
                    && !IsOrganisationName(person) && SplitTitle(person) is null))
            {
                tail = after[words[i].Start..];
                return true;
            }
        }
        return true;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HearerDeterminers =
        Lookup(StringComparer.Ordinal, "nuestra", "nuestro", "nuestras", "nuestros", "la", "las", "los", "el", "su", "sus", "un", "una",
            "este", "esta", "varios", "varias");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanishPrepositions =
        Lookup(StringComparer.Ordinal, "a", "de", "en", "por", "desde", "con", "para", "sobre", "tras", "ante", "hacia", "según");

    /// <summary>"dijo la portavoz Ana Ruiz", "said the group's spokesperson Ana Ruiz": a title, then the name of who holds it.</summary>
    private static Attribution? TitledName(ReadOnlySpan<char> s, int titleEnd)
    {
        var after = s[titleEnd..];
        // "el presidente de la CIDH, José Luis Caballero Ochoa": the title's complement, then the name.
        var comma = after.IndexOf(',');
        if (comma > 3 && comma < 110 && after.TrimStart() is var complement && complement.Length > 0 && char.IsLower(complement[0])
            && ReadName(after[(comma + 1)..].TrimStart(), out var holder, out _) && holder.Contains(' ') && !IsAllTitle(holder))
        {
            var head = s[..titleEnd];
            var article = head.IndexOf(' ');
            return new Attribution(AttributionKind.Name, holder, (article > 0 ? head[(article + 1)..] : head).ToString() + " " + after[..comma].Trim().ToString());
        }
        // "la directora adjunta Paula Rivas", "el director ejecutivo Juan Pérez": lower-case words that go on with the title.
        var titleTail = TitleAdjectives(after);
        if (titleTail > 0)
        {
            titleEnd += titleTail;
            after = s[titleEnd..];
        }
        if (after.Length < 2 || after[0] != ' ' || !ReadName(after.TrimStart(), out var name, out _) || IsAllTitle(name)
            || (titleTail > 0 && !name.Contains(' ')) || (SplitTitle(name) is null && HasTitleConnector(name)))
        {
            return null; // "la Relatora Especial" names a title, not who holds it
        }
        var title = s[..titleEnd];
        var space = title.IndexOf(' ');
        var held = space > 0 ? title[(space + 1)..].ToString() : null;
        // "la Relatora Especial Irene Khan": the title goes on past its head word.
        if (SplitTitle(name) is var (rest, person))
        {
            return new Attribution(AttributionKind.Name, person, held is null ? rest : held + " " + rest);
        }
        return new Attribution(AttributionKind.Name, name, held);
    }

    /// <summary>
    /// The length of up to three lower-case words after a title's head word that go on with the title
    /// ("adjunta", "ejecutivo", "regional adjunta"), when a capitalised name follows them; 0 otherwise.
    /// Prepositions, articles and verbs end a title, so "la directora dijo" or "la directora de ..." give 0.
    /// </summary>
    private static int TitleAdjectives(ReadOnlySpan<char> after)
    {
        using var words = Split(after, stackalloc Word[WordBuffer], 5);
        Span<char> buffer = stackalloc char[MaxListedWordLength];
        for (var i = 0; i < words.Count && i < 4; i++)
        {
            var word = words.Text(after, i);
            if (char.IsUpper(word[0]))
            {
                return i == 0 ? 0 : words[i - 1].End;
            }
            if (i == 3 || word.Length < 4 || word.Length > MaxListedWordLength || TitleAdjectiveStops.Contains(Bare(word, buffer))
                || VerbAt(after, words, i) > 0 || word[^1] is ',' or '.' or ';' or ':')
            {
                return 0;
            }
        }
        return 0;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleAdjectiveStops =
        Lookup(StringComparer.Ordinal, "para", "sobre", "ante", "desde", "entre", "hasta", "contra", "según", "durante", "that", "from",
            "with", "when", "after", "before", "while", "this", "their", "that", "also", "said", "told", "about", "quien", "quienes", "cuando",
            "tras", "también", "además");

    /// <summary>
    /// "La comisionada Roberta Clarke", "the lawyer Ana Ruiz": an article, up to four lower-case
    /// words of a title, then a whole name of two words or more. Null otherwise.
    /// </summary>
    private static (string Name, string Title)? ArticleTitleName(ReadOnlySpan<char> segment)
    {
        using var words = Split(segment, stackalloc Word[WordBuffer], 8);
        if (words.Count < 4 || !Definites.Contains(words.Text(segment, 0)))
        {
            return null;
        }
        var i = 1;
        while (i < words.Count && i <= 4 && char.IsLower(words.Text(segment, i)[0]))
        {
            i++;
        }
        if (i == 1 || i >= words.Count)
        {
            return null;
        }
        var name = segment[words[i].Start..].Trim();
        return name.Contains(' ') && IsWholeName(name) && !IsAllTitle(name.ToString())
            ? (name.ToString(), segment[words[1].Start..words[i - 1].End].ToString())
            : null;
    }

    /// <summary>
    /// "el abogado Mohamed Salem Lbeyd, que defiende ...", "su hermana Aminetu Embarek.", "her lawyer Ana Ruiz": an
    /// article or possessive, one to three lower-case words of a role, then a name of two words or more that ends
    /// the text or meets a comma or a stop. Null otherwise.
    /// </summary>
    private static Attribution? RoleBeforeName(ReadOnlySpan<char> s)
    {
        using var words = Split(s, stackalloc Word[WordBuffer], 6);
        Span<char> buffer = stackalloc char[MaxListedWordLength];
        var i = 1;
        while (i < words.Count && i <= 3 && words.Text(s, i) is var w && char.IsLower(w[0]))
        {
            if (w.Length > MaxListedWordLength || w[^1] is ',' or '.' or ';' or ':' || TitleAdjectiveStops.Contains(Bare(w, buffer))
                || SpanishPrepositions.Contains(w) || Definites.Contains(w) || VerbAt(s, words, i) > 0)
            {
                return null;
            }
            i++;
        }
        if (i == 1 || i >= words.Count || !char.IsUpper(words.Text(s, i)[0]))
        {
            return null;
        }
        var after = s[words[i].Start..];
        if (!ReadName(after, out var name, out var end) || !name.Contains(' ') || IsAllTitle(name)
            || after[end..].TrimStart() is var tail && !(tail.IsEmpty || tail[0] is '.' or ',' or ';'))
        {
            return null;
        }
        return Person(name, s[words[1].Start..words[i - 1].End].ToString());
    }

    /// <summary>"the head of the commission, Jane Doe.": a description, a comma, then a whole name that ends the text or meets a comma.</summary>
    private static Attribution? DescribedThenName(ReadOnlySpan<char> s)
    {
        var comma = s.IndexOf(',');
        if (comma <= 3 || comma > 80)
        {
            return null;
        }
        var after = s[(comma + 1)..].TrimStart();
        if (!ReadName(after, out var name, out var end) || !name.Contains(' ') || IsAllTitle(name) || after[end..].TrimStart() is var tail && !(tail.IsEmpty || tail[0] is '.' or ',' or ';'))
        {
            // "su colega, la abogada Daniela Sifontes,": the name after the comma comes with a role of its own.
            return OpensWithDeterminer(after) ? RoleBeforeName(after) : null;
        }
        var description = s[..comma].Trim();
        var article = description.IndexOf(' ');
        return Person(name, description[(article + 1)..].ToString());
    }

    /// <summary>"his wife, Natalia Pinchuk, told ...", "the family's lawyer, Pavel Sokolov, said": a role, the name between commas, then the verb.</summary>
    /// <remarks>
    /// The role may hold commas of its own ("the permanent secretary in the Ministry of Public Service, Labour and
    /// Social Welfare, Tawanda Mhlanga, told"): the name is the part between two commas that a verb follows.
    /// </remarks>
    private static Attribution? RoleThenName(ReadOnlySpan<char> s)
    {
        var firstComma = s.IndexOf(',');
        if (firstComma <= 0 || firstComma > 120 || IsWholeName(s[..firstComma].Trim()))
        {
            return null;
        }
        var roleEnd = firstComma;
        Span<Word> buffer = stackalloc Word[WordBuffer];
        for (var part = 0; part < 3; part++)
        {
            var rest = s[(roleEnd + 1)..];
            var nextComma = rest.IndexOf(',');
            if (nextComma <= 0 || roleEnd + nextComma > 160)
            {
                return null;
            }
            var name = rest[..nextComma].Trim();
            var afterName = rest[(nextComma + 1)..];
            using var words = Split(afterName, buffer, 3);
            if (IsWholeName(name) && VerbAt(afterName, words, 0) > 0)
            {
                // Only the first part may be a name: a later one needs a name of two words or more.
                return part > 0 && !name.Contains(' ') ? null : new Attribution(AttributionKind.Name, name.ToString(), s[..roleEnd].Trim().ToString());
            }
            roleEnd += 1 + nextComma;
        }
        return null;
    }

    /// <summary>An attribution before a quote, in the same sentence: "X said:", "According to X,", "He called on them to say".</summary>
    public static Attribution Before(ReadOnlySpan<char> prefix)
    {
        var found = BeforeCore(prefix);
        // "In response to questions from journalists, the spokesperson said:": read again without the introduction.
        if (!found.Found && WithoutIntroduction(prefix.TrimStart()) is var rest && rest.Length < prefix.TrimStart().Length)
        {
            return BeforeCore(rest);
        }
        return found;
    }

    private static Attribution BeforeCore(ReadOnlySpan<char> prefix)
    {
        var trimmed = prefix.TrimEnd(" :,-–—");
        using var words = Split(trimmed, stackalloc Word[WordBuffer]);
        if (words.Count == 0)
        {
            return Attribution.None;
        }
        for (var i = 0; i + 1 < words.Count; i++)
        {
            // "Para Ana Ruiz, directora de ..., «...»" and "En palabras de X," open the sentence.
            var at = AccordingTo(trimmed, words, i, sentenceStart: i == 0);
            if (at > 0 && at < words.Count)
            {
                if (Cited(trimmed[words[at].Start..]) is { } cited)
                {
                    return cited;
                }
            }
        }
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var verbLength = VerbAt(trimmed, words, i);
            if (verbLength == 0)
            {
                continue;
            }
            // "Name said:" or "Role, Name, said:"
            var before = trimmed[..words[i].Start].TrimEnd().TrimEnd(',');
            // "Y el comisionado relator para el Perú afirmó:": the conjunction that opens the sentence is no part of who speaks.
            if (before.IndexOf(' ') is var conjunctionEnd and > 0 && before[..conjunctionEnd] is "Y" or "And" or "But" or "Pero")
            {
                before = before[(conjunctionEnd + 1)..];
            }
            // "La abogada Carmen Ruiz, que asiste a menores en Arrecife, explicó:": the clause is about her, not her name.
            var clause = before.LastIndexOf(',');
            if (clause > 0 && StartsRelative(before[(clause + 1)..].TrimStart()))
            {
                before = before[..clause].TrimEnd();
            }
            var back = NameEndingAt(before);
            if (!back.IsEmpty && Pronouns.Contains(back))
            {
                return new Attribution(AttributionKind.Pronoun, null, null);
            }
            if (FunctionWords.Contains(back))
            {
                back = default; // "Luego habló ...": a capitalised adverb opens the sentence, no one is named before the verb
            }
            // "El Alto Comisionado de las Naciones Unidas para los Derechos Humanos declaró:": the capitals before the verb
            // end an office's name, which the sentence opens with; no one called "Derechos Humanos" speaks.
            if (!back.IsEmpty && IsOfficeName(before))
            {
                return new Attribution(AttributionKind.Generic, before.ToString(), null);
            }
            // "In a statement to Parliament on 12 May, the Minister of Internal Affairs and Security said:": so after an introduction too.
            if (!back.IsEmpty && WithoutIntroduction(before) is var introduced && introduced.Length < before.Length && IsOfficeName(introduced))
            {
                return new Attribution(AttributionKind.Generic, introduced.ToString(), null);
            }
            var head = before[..^back.Length].TrimEnd();
            // "The Interior Minister told reporters on March 24:": the sentence opens with "The" and a title, no one's name.
            if (!back.IsEmpty && head.IsEmpty && IsGeneric(before, out _, out var wholeTitle) && wholeTitle == before.Length)
            {
                return new Attribution(AttributionKind.Generic, before.ToString(), null);
            }
            // "La Comisionada relatora para El Salvador dijo:": the capitals before the verb are the place an office is for.
            if (!back.IsEmpty && (head.EndsWith(" para") || head.EndsWith(" for") || head.EndsWith(" para el") || head.EndsWith(" for the"))
                && IsGeneric(before, out _, out var placed) && placed == before.Length)
            {
                return new Attribution(AttributionKind.Generic, before.ToString(), null);
            }
            // "In a statement on Monday, the High Commissioner said:": a title after an article stands for whoever holds it.
            if (!back.IsEmpty && EndsWithArticle(head) && before[(head.LastIndexOf(' ') + 1)..] is var titled
                && IsGeneric(titled, out _, out var titleLength) && titleLength == titled.Length)
            {
                return new Attribution(AttributionKind.Generic, titled.ToString(), null);
            }
            // "En una entrevista con Human Rights Watch, advirtió:": the name is whom the speaker spoke to, and Spanish left out the speaker.
            if (!back.IsEmpty && trimmed[..words[i].Start].TrimEnd().EndsWith(',') && EndsWithPreposition(head))
            {
                return new Attribution(AttributionKind.Pronoun, null, null);
            }
            // "The Minister of Communication told state television:": a title whose complement is capitalised names an
            // office, not a person called "Communication".
            if (!back.IsEmpty && OfficeBeforeJoiner(head) is var office and >= 0)
            {
                return new Attribution(AttributionKind.Generic, before[office..].ToString(), null);
            }
            // "Saning'o Ole Parmelo, a 63-year-old elder from Enkaruyan, said ...:": the name before the description speaks,
            // and the description, whose capitals end a place, is the role.
            if (!back.IsEmpty && before.LastIndexOf(',') is var appositiveComma and > 0
                && Indefinites.Contains(FirstWord(before[(appositiveComma + 1)..].TrimStart())) && !IsAcronym(FirstWord(before[(appositiveComma + 1)..].TrimStart()))
                && PersonAppositive(before[appositiveComma..])
                && ReadName(before[..appositiveComma], out var apposedName, out var apposedEnd) && before[..appositiveComma][apposedEnd..].Trim().IsEmpty)
            {
                return Person(apposedName, before[(appositiveComma + 1)..].Trim().ToString());
            }
            // "A spokesperson for the Ministry of Defence told reporters:", "un portavoz del ICE declaró:": an unnamed
            // speaker, described; the capitals before the verb end the body the description names.
            // "Consultado por Amnistía Internacional, un portavoz del ICE declaró:": after an introduction.
            if (!back.IsEmpty && before[(before.LastIndexOf(',') + 1)..].Trim() is var subjectPart && Indefinites.Contains(FirstWord(subjectPart))
                && !IsAcronym(FirstWord(subjectPart)) && Description(subjectPart, whole: true) is { } unnamed)
            {
                return new Attribution(AttributionKind.Described, unnamed, null);
            }
            // "Ana Brenes, Rapporteur on the Rights of Women, said:": the capitals before the verb end a
            // role ("... of Women"), and the name is the comma-separated one before it (below).
            if (!back.IsEmpty && !(head.Contains(',') && EndsWithJoiner(head)))
            {
                // "Jane Doe, director at Amnesty International, said:": the name at the end belongs to the role.
                if (InRole(head) is var (person, personRole))
                {
                    return new Attribution(AttributionKind.Name, person, personRole is null ? back.ToString() : personRole + " " + back.ToString());
                }
                string? role = null;
                // "Human Rights Watch researcher Lena Abt said:": the sentence opens with her role.
                if (head.Length > 0 && char.IsUpper(head[0]) && char.IsLower(head[^1]) && head.IndexOfAny(",;:") < 0 && !FunctionWords.Contains(FirstSpaceSeparated(head.ToString())))
                {
                    using var headWords = Split(head, stackalloc Word[WordBuffer], 8);
                    role = headWords.Count <= 6 ? head.ToString() : null;
                }
                if (head.EndsWith(','))
                {
                    var comma = head[..^1].LastIndexOfAny(",:;");
                    var r = head[(comma + 1)..^1].Trim();
                    role = r.Length is > 0 and < 120 ? r.ToString() : null;
                }
                return Person(back.ToString(), role);
            }
            // "La comisionada agregó:", "The rapporteur added:": a title alone stands for who holds it.
            if (IsGeneric(before, out var genericWords, out var genericLength) && genericWords == 2 && genericLength == before.Length)
            {
                return new Attribution(AttributionKind.Generic, before.ToString(), null);
            }
            // "A teacher from the same town said:"
            if (Description(before, whole: true) is { } described)
            {
                return new Attribution(AttributionKind.Described, described, null);
            }
            // "In a statement, Name, the mother of a detainee, said:": the comma-separated name nearest the verb.
            for (var end = before.Length; end >= 0;)
            {
                var start = before[..end].LastIndexOf(',') + 1;
                var segment = before[start..end].Trim();
                if (IsWholeName(segment))
                {
                    var role = end < before.Length ? before[(end + 1)..].Trim() : default;
                    return Person(segment.ToString(), role.Length is > 0 and < 120 ? role.ToString() : null);
                }
                // "La comisionada Roberta Clarke, relatora ..., señaló:"
                if ((start == 0 || (start > 1 && WithoutIntroduction(before).Length == before.Length - start)) && ArticleTitleName(segment) is var (titledName, title))
                {
                    // "la comisionada Patricia Noguera Lind, relatora sobre los Derechos de las Mujeres,": both are her roles.
                    var more = end < before.Length ? before[(end + 1)..].Trim() : default;
                    return new Attribution(AttributionKind.Name, titledName, more.Length is > 0 and < 100 ? title + ", " + more.ToString() : title);
                }
                end = start - 1;
            }
            // "said Name:"
            var afterVerb = i + verbLength < words.Count ? trimmed[words[i + verbLength].Start..] : default;
            if (ReadName(afterVerb, out var said, out var afterSaid))
            {
                return Person(said, ReadRole(afterVerb[afterSaid..]));
            }
            // "Luego habló el abogado de la familia, Tomás Ruiz:"
            if (OpensWithDeterminer(afterVerb) && DescribedThenName(afterVerb) is { } describedName)
            {
                return describedName;
            }
            // "Como explicó la madre de uno de los detenidos:", "Así lo relató la comisionada:": the verb, then who spoke.
            if (OpensWithDeterminer(afterVerb) && i > 0)
            {
                // "señalaron los expertos": the group, as "the experts said" is.
                if (IsGeneric(afterVerb, out _, out var spokenTitle) && spokenTitle == afterVerb.Length && IsGroupHead(afterVerb.ToString()))
                {
                    return new Attribution(AttributionKind.Generic, afterVerb.ToString(), null);
                }
                if (Description(afterVerb, whole: true) is { } spoke)
                {
                    return new Attribution(AttributionKind.Described, spoke, null);
                }
            }
            // "He called upon all States to say ...": the subject of the sentence.
            if (Pronouns.Contains(words.Text(trimmed, 0)))
            {
                return new Attribution(AttributionKind.Pronoun, null, null);
            }
            if (ReadName(trimmed, out var subject, out _) && subject.Contains(' ', StringComparison.Ordinal) && !FunctionWords.Contains(FirstSpaceSeparated(subject)))
            {
                return Person(subject, null);
            }
            return Attribution.None;
        }
        return Attribution.None;
    }

    /// <summary>
    /// "Jane Doe, director at" before an organisation's name: a whole name, a comma, then a role of
    /// lower-case words that runs into the organisation. Null when the text does not end that way.
    /// </summary>
    private static (string Name, string? Role)? InRole(ReadOnlySpan<char> head)
    {
        if (head.Length == 0 || head.EndsWith(',') || !char.IsLower(head[^1]))
        {
            return null;
        }
        // "Jane Doe of Amnesty International said:": the organisation alone is the role.
        var space = head.LastIndexOf(' ');
        if (space > 0 && head[(space + 1)..] is "of" or "from" or "at" or "de" or "del")
        {
            var person = NameEndingAt(head[..space].TrimEnd());
            if (person.Contains(' ') && !FunctionWords.Contains(FirstSpaceSeparated(person.ToString())) && SplitTitle(person.ToString()) is null)
            {
                return (person.ToString(), null);
            }
        }
        var comma = head.LastIndexOf(',');
        if (comma <= 0)
        {
            return null;
        }
        var role = head[(comma + 1)..].Trim();
        if (role.Length == 0 || role.Length > 60 || !char.IsLower(role[0]))
        {
            return null;
        }
        var start = head[..comma].LastIndexOfAny(",:;") + 1;
        var name = head[start..comma].Trim();
        return IsWholeName(name) ? (name.ToString(), role.ToString()) : null;
    }

    /// <summary>
    /// The index of the word after "according to", "según", "in the words of" or "en palabras de"
    /// when those start at word <paramref name="i"/>; a sentence-initial "Para" followed by a
    /// name and a comma counts too. 0 when there is no such cue.
    /// </summary>
    private static int AccordingTo(ReadOnlySpan<char> s, in WordList words, int i = 0, bool sentenceStart = false)
    {
        Span<char> buffer = stackalloc char[MaxListedWordLength];
        var first = i < words.Count ? Lower(words.Text(s, i), buffer) : default;
        if (first is "según" or "segun")
        {
            // "Según explicó su colega, la abogada Daniela Sifontes, ...": the verb of saying before whom it cites.
            return i + 1 < words.Count && SpeechVerbLookup.Contains(words.Text(s, i + 1)) ? i + 2 : i + 1;
        }
        if (first is "according" && WordIs(s, words, i + 1, "to"))
        {
            return i + 2;
        }
        if (first is "in" && WordIs(s, words, i + 1, "the") && WordIs(s, words, i + 2, "words") && WordIs(s, words, i + 3, "of"))
        {
            return i + 4;
        }
        if (first is "en" && WordIs(s, words, i + 1, "palabras") && (WordIs(s, words, i + 2, "de") || WordIs(s, words, i + 2, "del")))
        {
            return i + 3;
        }
        if (sentenceStart && WordIs(s, words, i, "Para") && i + 1 < words.Count && ReadName(s[words[i + 1].Start..], out _, out var end)
            && s[words[i + 1].Start..][end..].StartsWith(','))
        {
            return i + 1;
        }
        return 0;
    }

    private static readonly string[] StatementsBy =
        ["a statement by ", "a statement from ", "a statement issued by ", "a communiqué by ", "a communiqué from ", "un comunicado de ", "un comunicado del ", "un comunicado emitido por "];

    /// <summary>Who "according to" or "según" names: "Jane Doe, director ...", "el Alto Comisionado Volker Türk".</summary>
    private static Attribution? Cited(ReadOnlySpan<char> from)
    {
        // "According to a statement by the Ministry of Information, «...»": the body whose statement it is.
        foreach (var statement in StatementsBy)
        {
            if (from.StartsWith(statement, StringComparison.Ordinal))
            {
                return Cited(from[statement.Length..]);
            }
        }
        // "According to the Ministry of Information,", "según el Ministerio del Interior,": a body named with its article.
        if (Definites.Contains(FirstWord(from)) && from.IndexOf(' ') is var afterArticle and > 0 && from[(afterArticle + 1)..] is var body
            && OrganisationHeads.Contains(FirstWord(body)) && ReadName(body, out var bodyName, out _))
        {
            return Person(bodyName, null);
        }
        if (ReadName(from, out var name, out var afterName))
        {
            // "Según contó Pedro Álvarez, vecino del barrio, los agentes ...": the role ends at the comma, where what was said begins.
            var role = ReadRole(from[afterName..]);
            return Person(name, role?.IndexOf(", ", StringComparison.Ordinal) is > 0 and var cut ? role[..cut] : role);
        }
        if (IsGeneric(from, out _, out var phrase) && TitledName(from, phrase) is { } titled)
        {
            return titled;
        }
        // "Según su hermana, Aminetu Embarek,", "According to his lawyer, Ana Ruiz,": a role, then the name between commas.
        if (OpensWithDeterminer(from) && (DescribedThenName(from) ?? RoleBeforeName(from)) is { } described)
        {
            return described;
        }
        // "Según los expertos, «...»": the group, as "the experts said" is.
        if (Definites.Contains(FirstWord(from)) && IsGeneric(from, out _, out var groupPhrase) && from[groupPhrase..].Trim(" ,").IsEmpty
            && IsGroupHead(from[..groupPhrase].ToString()))
        {
            return new Attribution(AttributionKind.Generic, from[..groupPhrase].ToString(), null);
        }
        var article = FirstWord(from);
        if (Definites.Contains(article) && from.TrimStart()[article.Length..] is var titledName
            && ReadName(titledName.TrimStart(), out var held, out _) && SplitTitle(held) is not null)
        {
            return Person(held, null);
        }
        return null;
    }

    private static bool WordIs(ReadOnlySpan<char> s, in WordList words, int k, string word) => k < words.Count && words.Text(s, k).SequenceEqual(word);

    /// <summary>A speaker's name as the text gives it, with a title in front moved to the role ("UN Special Rapporteur Mary Lawlor").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleJoiners =
        Lookup(StringComparer.Ordinal, "of", "on", "for", "the", "de", "del", "la", "las", "los", "sobre", "para");

    /// <summary>
    /// Where "the Minister of" starts in <paramref name="head"/>, when the head ends with a generic title and "of",
    /// "de" or "del", after an article ("Two days later, the Minister of"); -1 otherwise.
    /// </summary>
    private static int OfficeBeforeJoiner(ReadOnlySpan<char> head)
    {
        var space = head.LastIndexOf(' ');
        if (space <= 0 || head[(space + 1)..] is not ("of" or "de" or "del"))
        {
            return -1;
        }
        var title = head[..space];
        var titleStart = title.LastIndexOf(' ') + 1;
        if (!GenericHeads.Contains(title[titleStart..]) || titleStart == 0)
        {
            return -1;
        }
        var articleStart = title[..(titleStart - 1)].LastIndexOf(' ') + 1;
        return Definites.Contains(title[articleStart..(titleStart - 1)]) ? articleStart : -1;
    }

    /// <summary>
    /// An article, a title word, then only capitalised words and the words that join them ("El Alto Comisionado de las
    /// Naciones Unidas para los Derechos Humanos", "The Special Rapporteur on the Rights of Indigenous Peoples"), with
    /// at least one joiner: an office named in full.
    /// </summary>
    private static bool IsOfficeName(ReadOnlySpan<char> phrase)
    {
        using var words = Split(phrase, stackalloc Word[WordBuffer], 20);
        // "The UN High Commissioner for Human Rights": the UN's title.
        var title = words.Count > 2 && words.Text(phrase, 1) is "UN" or "U.N." or "ONU" ? 2 : 1;
        if (words.Count < 4 || words.Count > 16 || !Definites.Contains(words.Text(phrase, 0)) || !TitleWords.Contains(words.Text(phrase, title)))
        {
            return false;
        }
        var joined = false;
        for (var i = title + 1; i < words.Count; i++)
        {
            var word = words.Text(phrase, i);
            if (RoleJoiners.Contains(word) || word is "y" or "and" or "el" or "in" or "en")
            {
                joined = true;
                continue;
            }
            if (!char.IsUpper(word[0]) || word.IndexOfAny(",;:.") >= 0)
            {
                return false;
            }
        }
        return joined;
    }

    private static bool EndsWithJoiner(ReadOnlySpan<char> head)
    {
        var space = head.LastIndexOf(' ');
        return RoleJoiners.Contains(space < 0 ? head : head[(space + 1)..]);
    }

    private static Attribution Person(string name, string? role)
    {
        if (SplitTitle(name) is var (title, person))
        {
            return new Attribution(AttributionKind.Name, person, role ?? title);
        }
        return new Attribution(AttributionKind.Name, name, role);
    }

    private static bool IsAge(ReadOnlySpan<char> role)
    {
        foreach (var c in role)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return role.Length is > 0 and < 4;
    }

    // Words of a title held in front of a name ("UN High Commissioner", "Relatora Especial").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleWords = Lookup(StringComparer.OrdinalIgnoreCase,
        "High", "Commissioner", "Deputy", "Assistant", "Special", "Rapporteur", "Secretary-General", "Under-Secretary-General", "Secretary",
        "General", "Director", "Director-General", "Executive", "Regional", "Senior", "President", "Vice-President", "Minister", "Prime",
        "Foreign", "Interior", "Ambassador", "Chair", "Chairperson", "Chairman", "Chairwoman", "Spokesperson", "Spokesman", "Spokeswoman",
        "Judge", "Prosecutor", "Attorney", "Senator", "Governor", "Mayor", "Representative", "Envoy", "Adviser", "Advisor", "Coordinator",
        "Head", "Chief", "Officer", "Researcher", "Campaigner", "Expert", "Archbishop", "Bishop", "Pope", "Commander", "Colonel",
        "Lieutenant", "Captain", "Brigadier", "Major", "Sergeant", "Admiral", "Marshal", "Rev.", "Reverend", "Pastor", "Pastora", "Imam", "Rabbi", "Cardinal", "Cardenal", "Mawlawi", "Maulvi", "Sheikh", "Mullah", "Alto", "Alta", "Comisionado", "Comisionada", "Relator", "Relatora", "Especial",
        "Secretario", "Secretaria", "Presidente", "Presidenta", "Ministro", "Ministra", "Canciller", "Directora", "Ejecutivo", "Ejecutiva",
        "Fiscal", "Portavoz", "Vocero", "Vocera", "Defensor", "Defensora", "Representante", "Enviado", "Enviada", "Jefe", "Jefa", "Juez",
        "Jueza", "Magistrado", "Magistrada", "Diputado", "Diputada", "Senador", "Senadora", "Gobernador", "Gobernadora", "Alcalde",
        "Alcaldesa", "Investigador", "Investigadora", "Coordinador", "Coordinadora", "Asesor", "Asesora", "Adjunto", "Adjunta", "Obispo",
        "Monseñor", "Subsecretario", "Subsecretaria",
        // "The Inspector General of Police", "el Procurador de los Derechos Humanos": offices whose holder the text may never name.
        "Inspector", "Inspectora", "Solicitor", "Auditor", "Ombudsman", "Ombudsperson", "Procurador", "Procuradora", "Contralor", "Contralora");

    // Words of an organisation or of a mandate's subject, never of a person's name ("for Human Rights").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InstitutionWords = Lookup(StringComparer.OrdinalIgnoreCase,
        "Rights", "Human", "Nations", "United", "International", "Affairs", "Council", "Commission", "Committee", "Office", "Watch",
        "Amnesty", "Freedom", "Expression", "Assembly", "Security", "Refugees", "Defenders", "Torture", "Ministry", "Department",
        "Government", "State", "Foundation", "Institute", "Centre", "Center", "Network", "Coalition", "Federation", "Union",
        "Organization", "Organisation", "Agency", "Bureau", "Court", "Tribunal", "Justice", "Derechos", "Humanos", "Naciones", "Unidas",
        "Internacional", "Amnistía", "Comisión", "Consejo", "Comité", "Oficina", "Libertad", "Expresión", "Ministerio", "Gobierno",
        "Estado", "Fundación", "Instituto", "Centro", "Red", "Coalición", "Federación", "Unión", "Organización", "Agencia", "Corte",
        "Justicia", "Interamericana", "Americas", "Américas", "Programme", "Program", "Programa");

    /// <summary>Whether the capitalised words ending at <paramref name="last"/> start with a body's head word ("Delegación Interministerial").</summary>
    private static bool HeadsBodyName(ReadOnlySpan<char> s, in WordList words, int last)
    {
        for (var k = last; k >= 0 && k > last - 4; k--)
        {
            var w = words.Text(s, k);
            if (w.Length == 0 || !char.IsUpper(w[0]))
            {
                return false;
            }
            if (OrganisationHeads.Contains(w))
            {
                return true;
            }
        }
        return false;
    }

    // The first words of bodies' names, which may run past five words.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationHeads = Lookup(StringComparer.Ordinal,
        "Alcaldía", "Asociación", "Association", "Delegación", "Delegation", "Movimiento", "Movement", "Colectivo", "Frente", "Front", "Sindicato", "Confederación",
        "Confederation", "Federación", "Federation", "Coordinadora", "Plataforma", "Platform", "Comisión", "Commission", "Comité", "Committee",
        "Consejo", "Council", "Defensoría", "Procuraduría", "Oficina", "Office", "Asamblea", "Assembly", "Unión", "Union", "Red", "Network",
        "Coalición", "Coalition", "Alianza", "Alliance", "Centro", "Centre", "Center", "Fundación", "Foundation", "Instituto", "Institute",
        "Ministry", "Ministerio", "Department", "Departamento", "Secretaría", "Secretariat", "Agency", "Agencia", "Directorate", "Dirección");

    // Lower-case words a title may hold between capitalised ones ("Commissioner for Human Rights", "Relator sobre la Tortura").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleConnectors =
        Lookup(StringComparer.Ordinal, "for", "on", "of", "de", "del", "para", "sobre", "and", "y");

    /// <summary>A title ("President", "Relatora"), an honorific ("Dr") or a capitalised function word ("The", "Según"): no given name.</summary>
    internal static bool IsTitleOrFunctionWord(ReadOnlySpan<char> w) => TitleWords.Contains(w) || Honorifics.Contains(w) || FunctionWords.Contains(w);

    /// <summary>
    /// The title written right before <paramref name="name"/> at the end of <paramref name="text"/> ("... – UN High
    /// Commissioner for Human Rights Nadia Halvorsen"), split off the way a speaker's title is; null when there is none.
    /// </summary>
    internal static string? TitleBefore(ReadOnlySpan<char> text, string name)
    {
        var run = NameEndingAt(text);
        return !run.IsEmpty && SplitTitle(run.ToString()) is var (title, person) && person == name ? title : null;
    }

    /// <summary>A word of an institution or of a mandate's subject ("Rights" in "for Human Rights Ana Ruiz"): no given name.</summary>
    internal static bool IsInstitutionWord(ReadOnlySpan<char> w) => InstitutionWords.Contains(w);

    private static bool IsTitleWord(ReadOnlySpan<char> w) =>
        TitleWords.Contains(w) || InstitutionWords.Contains(w) || IsAcronym(w) || IsPossessive(w);

    /// <summary>"Especial sobre Derechos Económicos": words joined as a title's are, which no one's name is.</summary>
    private static bool HasTitleConnector(string name)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "for" or "on" or "para" or "sobre")
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsAllTitle(string name)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TitleWords.Contains(word) && !TitleConnectors.Contains(word))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsAcronym(ReadOnlySpan<char> w)
    {
        var letters = 0;
        foreach (var c in w)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            if (char.IsLetter(c))
            {
                letters++;
            }
        }
        return letters >= 2;
    }

    /// <summary>A proper name of two words or more, then a verb of saying: "Working Group on Arbitrary Detention said". Null otherwise.</summary>
    private static string? ProperNameSpeaking(ReadOnlySpan<char> s)
    {
        // "the Special Rapporteur said" names a title, which the generic reading resolves to who holds it.
        if (!ReadName(s, out var name, out var end) || !name.Contains(' ') || IsAllTitle(name))
        {
            return null;
        }
        var after = s[end..];
        // "Working Group on Arbitrary Detention": a name goes on after "on", "of" or "for" and another capital.
        foreach (var joiner in (ReadOnlySpan<string>)[" on ", " of ", " for ", " de ", " sobre "])
        {
            if (after.StartsWith(joiner, StringComparison.Ordinal) && ReadName(after[joiner.Length..], out var more, out var moreEnd))
            {
                name = name + joiner + more;
                after = after[(joiner.Length + moreEnd)..];
                break;
            }
        }
        using var words = Split(after, stackalloc Word[WordBuffer], 3);
        return VerbAt(after, words, 0) > 0 ? name : null;
    }

    /// <summary>"Høeg said ...": one capitalised word opening the sentence, then a lower-case word. Null otherwise.</summary>
    public static string? OpeningSurname(ReadOnlySpan<char> sentence)
    {
        var space = sentence.IndexOf(' ');
        if (space < 2 || space + 1 >= sentence.Length || !char.IsUpper(sentence[0]) || !char.IsLower(sentence[space + 1]))
        {
            return null;
        }
        var word = sentence[..space];
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return null;
            }
        }
        return FunctionWords.Contains(word) || Pronouns.Contains(word) || IsBarePronoun(word) ? null : word.ToString();
    }

    private static Attribution? WordsOf(ReadOnlySpan<char> s)
    {
        var lead = false;
        foreach (var opening in (ReadOnlySpan<string>)["These words ", "Those words ", "These were the words ", "Those were the words ", "Estas palabras ", "Esas palabras ", "Estas fueron las palabras "])
        {
            lead |= s.StartsWith(opening, StringComparison.Ordinal);
        }
        if (!lead)
        {
            return null;
        }
        var head = s[..Math.Min(s.Length, 70)];
        foreach (var by in (ReadOnlySpan<string>)[" by ", " of ", " por ", " de "])
        {
            var at = head.IndexOf(by, StringComparison.Ordinal);
            if (at > 0 && s[(at + by.Length)..] is var rest && ReadName(rest, out var name, out var end) && name.Contains(' ') && !IsAllTitle(name))
            {
                return Person(name, ReadRole(rest[end..]));
            }
        }
        return null;
    }

    private static bool StartsRelative(ReadOnlySpan<char> clause)
    {
        foreach (var word in (ReadOnlySpan<string>)["que ", "quien ", "quienes ", "cuyo ", "cuya ", "who ", "whose ", "which "])
        {
            if (clause.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // "the head of the commission, ...", "his wife, ...", "La subsecretaria del Interior, ...": an article or a possessive first.
    private static bool OpensWithDeterminer(ReadOnlySpan<char> s) => Definites.Contains(FirstWord(s)) || Possessives.Contains(FirstWord(s));

    private static bool IsPossessive(ReadOnlySpan<char> w) => w.Length > 2 && w[^2] is '\'' or '’' && w[^1] is 's';

    /// <summary>
    /// Splits "UN High Commissioner for Human Rights Volker Türk" into its title and the name of
    /// who holds it. The name is the run of capitalised words at the end that belong to no title
    /// or organisation; the words before it must be a title. Null when the text is not a titled name.
    /// </summary>
    private static (string Title, string Name)? SplitTitle(string text)
    {
        var s = text.AsSpan();
        using var words = Split(s, stackalloc Word[WordBuffer], 16);
        if (words.Count < 2)
        {
            return null;
        }
        var first = words.Count;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var w = words.Text(s, i);
            if (char.IsUpper(w[0]) && !IsTitleWord(w) && !Honorifics.Contains(w))
            {
                first = i;
            }
            else if (!(NameParticles.Contains(w) && first < words.Count && i > 0 && !IsTitleWord(words.Text(s, i - 1))))
            {
                break;
            }
        }
        if (first == words.Count || first == 0)
        {
            return null;
        }
        var nameWords = words.Count - first;
        // "Special Rapporteur on Myanmar Tom Andrews": the first word after a connector is the mandate's.
        if (nameWords >= 3 && TitleConnectors.Contains(words.Text(s, first - 1)))
        {
            first++;
            nameWords--;
        }
        var lastTitleWord = words.Text(s, first - 1);
        var endsWithTitle = TitleWords.Contains(lastTitleWord);
        var holdsTitle = false;
        for (var i = 0; i < first && !holdsTitle; i++)
        {
            holdsTitle = TitleWords.Contains(words.Text(s, i));
        }
        // "Human Rights Watch's Dan Williams", "Commissioner for Human Rights Volker Türk"; a lone
        // surname only after the title itself ("President Ruto").
        if (!(IsPossessive(lastTitleWord) || (holdsTitle && IsTitleWord(lastTitleWord))) || (nameWords < 2 && !endsWithTitle))
        {
            return null;
        }
        // "UN High Commissioner for Human Rights": the words after "for" are the office's, not a person's.
        var allInstitution = true;
        for (var i = first; i < words.Count && allInstitution; i++)
        {
            allInstitution = InstitutionWords.Contains(words.Text(s, i).TrimEnd(",.;:"));
        }
        if (allInstitution)
        {
            return null;
        }
        var title = s[..words[first - 1].End];
        if (IsPossessive(title))
        {
            title = title[..^2];
        }
        return (title.ToString(), s[words[first].Start..].ToString());
    }

    /// <summary>True when the text holds a speech verb (for telling a quotation from a scare quote).</summary>
    public static bool HasSpeechVerb(ReadOnlySpan<char> s)
    {
        using var words = Split(s, stackalloc Word[WordBuffer]);
        for (var i = 0; i < words.Count; i++)
        {
            if (VerbAt(s, words, i) > 0)
            {
                return true;
            }
        }
        return false;
    }

    private static ReadOnlySpan<char> FirstSpaceSeparated(string s)
    {
        var space = s.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? s : s.AsSpan(0, space);
    }

    /// <summary>Whether <paramref name="name"/> is a person's whole name ("Ana Lucía Montenegro"), not an office or a body's name.</summary>
    public static bool IsPersonName(string name) => IsWholeName(name.AsSpan()) && !IsOrganisationName(name) && SplitTitle(name) is null && !IsAllTitle(name);

    private static bool IsWholeName(ReadOnlySpan<char> segment)
    {
        if (segment.Length == 0 || segment.Length > 60)
        {
            return false;
        }
        return ReadName(segment, out var name, out var end) && segment[end..].Trim().Length == 0 && !FunctionWords.Contains(FirstSpaceSeparated(name))
               && (name.Contains(' ', StringComparison.Ordinal) || name.Length > 2);
    }

    /// <summary>A whitespace-separated word: a range of the text it was split from.</summary>
    private readonly record struct Word(int Start, int End);

    // Words held on the stack before the list moves to a pooled array.
    private const int WordBuffer = 48;

    /// <summary>The words of one text, on the stack or in a pooled array; dispose to return the array.</summary>
    private ref struct WordList
    {
        private Span<Word> _items;
        private Word[]? _rented;

        public WordList(Span<Word> buffer)
        {
            _items = buffer;
        }

        public int Count { get; private set; }

        public readonly Word this[int i] => _items[..Count][i];

        public readonly ReadOnlySpan<char> Text(ReadOnlySpan<char> s, int i)
        {
            var w = this[i];
            return s[w.Start..w.End];
        }

        public void Add(Word word)
        {
            if (Count == _items.Length)
            {
                var bigger = ArrayPool<Word>.Shared.Rent(Math.Max(16, _items.Length * 2));
                _items.CopyTo(bigger);
                if (_rented is not null)
                {
                    ArrayPool<Word>.Shared.Return(_rented);
                }
                _rented = bigger;
                _items = bigger;
            }
            _items[Count++] = word;
        }

        public readonly void Dispose()
        {
            if (_rented is not null)
            {
                ArrayPool<Word>.Shared.Return(_rented);
            }
        }
    }

    /// <summary>The first <paramref name="max"/> words of <paramref name="s"/> (all of them by default).</summary>
    private static WordList Split(ReadOnlySpan<char> s, Span<Word> buffer, int max = int.MaxValue)
    {
        var words = new WordList(buffer);
        var i = 0;
        while (i < s.Length && words.Count < max)
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
                words.Add(new Word(i, j));
            }
            i = j;
        }
        return words;
    }

    /// <summary>The last <paramref name="max"/> words of <paramref name="s"/>, in text order (at most the buffer's length).</summary>
    private static WordList SplitLast(ReadOnlySpan<char> s, Span<Word> buffer, int max)
    {
        Span<Word> reversed = stackalloc Word[Math.Min(max, buffer.Length)];
        var n = 0;
        var j = s.Length;
        while (j > 0 && n < reversed.Length)
        {
            while (j > 0 && char.IsWhiteSpace(s[j - 1]))
            {
                j--;
            }
            var i = j;
            while (i > 0 && !char.IsWhiteSpace(s[i - 1]))
            {
                i--;
            }
            if (j > i)
            {
                reversed[n++] = new Word(i, j);
            }
            j = i;
        }
        var words = new WordList(buffer);
        for (var k = n - 1; k >= 0; k--)
        {
            words.Add(reversed[k]);
        }
        return words;
    }

    /// <summary>The word without surrounding punctuation, lower-cased into <paramref name="buffer"/>; a word too long for any list gives "\0".</summary>
    private static ReadOnlySpan<char> Bare(ReadOnlySpan<char> w, Span<char> buffer) => Lower(w.Trim(TrimmedPunctuation), buffer);

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> w, Span<char> buffer) =>
        w.Length > buffer.Length ? "\0" : buffer[..w.ToLowerInvariant(buffer)];

    /// <summary>The number of words of a speech verb starting at word <paramref name="i"/>, or 0.</summary>
    private static int VerbAt(ReadOnlySpan<char> s, in WordList words, int i)
    {
        if (i >= words.Count)
        {
            return 0;
        }
        var word = words.Text(s, i);
        if (!char.IsLower(word[0]))
        {
            return 0; // "Member States" is not "states"
        }
        // "The ministry has not said which ...", "no ha dicho": a verb said not to have been said attributes nothing.
        if (i > 0 && words.Text(s, i - 1) is var before
            && (before is "not" or "never" or "no" or "nunca" || before.EndsWith("n't", StringComparison.Ordinal) || before.EndsWith("n’t", StringComparison.Ordinal)))
        {
            return 0;
        }
        Span<char> wordBuffer = stackalloc char[MaxListedWordLength];
        Span<char> nextBuffer = stackalloc char[MaxListedWordLength];
        var w = Bare(word, wordBuffer);
        var next = i + 1 < words.Count ? Bare(words.Text(s, i + 1), nextBuffer) : default;
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

    /// <summary>The first word, without punctuation (not yet lower-cased), or empty.</summary>
    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> s)
    {
        var start = 0;
        while (start < s.Length && char.IsWhiteSpace(s[start]))
        {
            start++;
        }
        var end = start;
        while (end < s.Length && !char.IsWhiteSpace(s[end]))
        {
            end++;
        }
        return s[start..end].Trim(TrimmedPunctuation);
    }

    /// <summary>
    /// The description of an unnamed speaker at the start of <paramref name="s"/>: an indefinite
    /// article and up to <see cref="MaxDescriptionWords"/> words, to the first comma or stop or to
    /// the end; null when <paramref name="s"/> does not start with one. With <paramref name="whole"/>,
    /// the description must be all of <paramref name="s"/>: the subject of the verb that follows it,
    /// not "A day after the raid" in "A day after the raid, the ministry said".
    /// </summary>
    private static string? Description(ReadOnlySpan<char> s, bool whole = false)
    {
        s = s.Trim();
        using var words = Split(s, stackalloc Word[WordBuffer], MaxDescriptionWords + 1);
        var definite = words.Count > 0 && Definites.Contains(words.Text(s, 0));
        // "UN" is not "un".
        var indefinite = words.Count > 0 && Indefinites.Contains(words.Text(s, 0)) && !IsAcronym(words.Text(s, 0));
        if (words.Count < 2 || !(definite || indefinite) || !char.IsLetterOrDigit(words.Text(s, 1)[0]))
        {
            return null;
        }
        var end = words[0].End;
        // Where a relative clause opens ("una mujer venezolana de 31 años que viajaba ..."): a description too long to
        // read whole ends there.
        var beforeRelative = 0;
        for (var i = 1; i < words.Count; i++)
        {
            if (i == MaxDescriptionWords)
            {
                if (!whole && beforeRelative > 0)
                {
                    end = beforeRelative;
                    break;
                }
                return null; // too long to be a description of a speaker
            }
            var w = words.Text(s, i);
            if (i >= 2 && beforeRelative == 0 && w is "que" or "who" or "whose" or "quien" or "cuyo" or "cuya")
            {
                beforeRelative = end;
            }
            // "The Ministry of the Interior described the pushbacks as lawful and": the subject's own verb, outside any
            // relative clause, ends the subject; what runs on past it describes no speaker.
            if (whole && i >= 2 && beforeRelative == 0 && ReportingVerbWords.Contains(w))
            {
                return null;
            }
            // "la jueza Osorio Cifuentes hizo llegar un mensaje ...": a title, a name, then the sentence's own words.
            if (definite && i >= 3 && NameThenSentence(s, words, i))
            {
                return null;
            }
            // "afirmó una lideresa del pueblo Nukak durante la audiencia ...": when and where the words were said are no part of who said them.
            if (!whole && i >= 2 && DescriptionEnds.Contains(w))
            {
                break;
            }
            // "La representante del Instituto Colombiano de Bienestar Familiar (ICBF)": the body's acronym is part of its name.
            if (w.Length > 3 && w[0] == '(' && w.TrimEnd(",.;:") is var closed && closed.Length > 3 && closed[^1] == ')' && IsAcronym(closed[1..^1]))
            {
                end = words[i].Start + closed.Length;
                if (closed.Length != w.Length)
                {
                    break;
                }
                continue;
            }
            var bare = w.TrimEnd(",.;:!?\"')");
            if (bare.Length == 0)
            {
                break;
            }
            end = words[i].Start + bare.Length;
            if (bare.Length != w.Length)
            {
                break; // punctuation ends the description
            }
        }
        var description = s[..end].Trim();
        if (whole && description.Length != s.Length)
        {
            return null;
        }
        // "The Chief District Officer later": the adverb belongs to the verb.
        var lastSpace = description.LastIndexOf(' ');
        if (lastSpace > 0 && AdverbsBeforeVerb.Contains(description[(lastSpace + 1)..]))
        {
            description = description[..lastSpace].TrimEnd();
        }
        // "the UN High Commissioner Volker Türk" ends with a name: a title, not a description.
        if (definite && EndsWithTwoCapitalised(description))
        {
            return null;
        }
        return description.Length is > 2 and < 160 ? description.ToString() : null;
    }

    /// <summary>
    /// "said one of them, a 22-year-old student", "dijo uno de ellos, un estudiante de 22 años": a short description
    /// followed by a fuller one after a comma, which says more of who spoke. Null when there is none.
    /// </summary>
    private static string? Apposition(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        var comma = s.IndexOf(',');
        if (comma <= 0 || comma + 2 >= s.Length)
        {
            return null;
        }
        var head = s[..comma];
        if (head.Count(' ') > 3 || !(Indefinites.Contains(FirstWord(head)) || FirstWord(head) is "uno") || IsAcronym(FirstWord(head)) || !head.Contains(' '))
        {
            return null;
        }
        // The same test the sentence openers use ("One woman, a 61-year-old widow who ..., told ..."): a person, described.
        return PersonAppositive(s[comma..]) && Description(s[(comma + 1)..]) is { } fuller ? fuller : null;
    }

    // The words that start what a description of a speaker does not take in: when and where the words were said.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DescriptionEnds = Lookup(StringComparer.Ordinal,
        "during", "while", "when", "after", "before", "durante", "mientras", "cuando", "tras", "luego");

    // The lower-case words that may go on a description after a capitalised name: "el director de Human Rights Watch para las Américas".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DescriptionLinks = Lookup(StringComparer.Ordinal,
        "of", "for", "in", "at", "from", "on", "to", "and", "the", "de", "del", "para", "sobre", "en", "y", "la", "el", "los", "las", "ante", "con", "with");

    /// <summary>Whether the word at <paramref name="i"/> is lower case and follows two capitalised words that are not title words: a name, then more of the sentence.</summary>
    private static bool NameThenSentence(ReadOnlySpan<char> s, in WordList words, int i)
    {
        var w = words.Text(s, i);
        if (!char.IsLower(w[0]) || DescriptionLinks.Contains(w) || TitleNouns.Contains(w.TrimEnd(",.;:")))
        {
            return false;
        }
        var a = words.Text(s, i - 2);
        var b = words.Text(s, i - 1);
        return char.IsUpper(a[0]) && char.IsUpper(b[0]) && !TitleWords.Contains(a) && !TitleWords.Contains(b) && !IsAcronym(a) && !IsAcronym(b)
               && a.IndexOfAny(",.;:") < 0 && b.IndexOfAny(",.;:") < 0;
    }

    private static bool EndsWithTwoCapitalised(ReadOnlySpan<char> s)
    {
        using var words = SplitLast(s, stackalloc Word[WordBuffer], 2);
        // "the High Commissioner" ends with two title words, which name no one.
        return words.Count == 2 && char.IsUpper(words.Text(s, 0)[0]) && char.IsUpper(words.Text(s, 1)[0])
               && !(TitleWords.Contains(words.Text(s, 0)) && TitleWords.Contains(words.Text(s, 1)));
    }

    /// <summary>A pronoun, once lower-cased as the lists are.</summary>
    private static bool IsBarePronoun(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxListedWordLength];
        return Pronouns.Contains(Lower(word, buffer));
    }

    /// <summary>True when a generic phrase names a group of people ("the experts", "los expertos"), who are not any one of them.</summary>
    /// <summary>"they", "ellos", "ellas": a pronoun that may stand for a group.</summary>
    public static bool IsPluralPronoun(string? word) => word?.ToLowerInvariant() is "they" or "ellos" or "ellas";

    /// <summary>
    /// Where a title ends that goes on with its mandate: "la Relatora Especial sobre la situación de los defensores de
    /// los derechos humanos, quien ..." runs to the comma. <paramref name="end"/> when no mandate follows.
    /// </summary>
    private static int WithMandate(ReadOnlySpan<char> s, int end)
    {
        var title = end;
        // "la Relatora Especial sobre ...": the rest of the title, in capitals, comes first.
        for (var k = 0; k < 2 && title < s.Length - 2 && s[title] == ' ' && char.IsUpper(s[title + 1]); k++)
        {
            var next = s[(title + 1)..].IndexOfAny(" ,;.:");
            title = next < 0 ? s.Length : title + 1 + next;
        }
        var after = s[title..];
        // "the Minister of Communication", "el Ministro de Defensa": an office named by capitalised words after "of".
        if (after.StartsWith(" of ", StringComparison.Ordinal) || after.StartsWith(" de ", StringComparison.Ordinal) || after.StartsWith(" del ", StringComparison.Ordinal))
        {
            var at = title + after[1..].IndexOf(' ') + 1;
            var named = at;
            while (at < s.Length - 1 && s[at] == ' ')
            {
                var next = s[(at + 1)..].IndexOfAny(" ,;.:");
                var wordEnd = next < 0 ? s.Length : at + 1 + next;
                var word = s[(at + 1)..wordEnd];
                if (word.IsEmpty || !(char.IsUpper(word[0]) || word is "of" or "the" or "and" or "de" or "la" or "y" or "del"))
                {
                    break;
                }
                if (char.IsUpper(word[0]))
                {
                    named = wordEnd;
                }
                at = wordEnd;
            }
            return named > title + after[1..].IndexOf(' ') + 1 ? named : end;
        }
        if (!(after.StartsWith(" sobre ", StringComparison.Ordinal) || after.StartsWith(" on ", StringComparison.Ordinal) || after.StartsWith(" para ", StringComparison.Ordinal)))
        {
            return end;
        }
        var stop = after.IndexOfAny(",;.:");
        if (stop > 0 && after[stop] == ',' && Enumerated(after[stop..]) is var listed and > 0)
        {
            stop += listed;
        }
        var mandate = stop < 0 ? after : after[..stop];
        return mandate.Length <= 120 && mandate.IndexOfAny("\"«»“”") < 0 ? title + mandate.TrimEnd().Length : end;
    }

    /// <summary>
    /// ", Sociales, Culturales y Ambientales": the rest of an enumeration in a mandate's name, single capitalised words
    /// after commas and the last two joined by "y" or "and"; its length, or 0 when the words after the comma are no such
    /// list (", Alice Edwards" names who holds the mandate).
    /// </summary>
    private static int Enumerated(ReadOnlySpan<char> s)
    {
        var at = 0;
        while (at < s.Length && s[at] == ',')
        {
            var segmentEnd = s[(at + 1)..].IndexOfAny(",;.:");
            var segment = (segmentEnd < 0 ? s[(at + 1)..] : s.Slice(at + 1, segmentEnd)).Trim();
            var capitalised = segment.Length > 0 && char.IsUpper(segment[0]);
            var space = segment.IndexOf(' ');
            if (capitalised && space > 0 && segment[(space + 1)..] is var rest && rest.IndexOf(' ') is var joiner and > 0
                && rest[..joiner] is "y" or "and" or "e" && rest[(joiner + 1)..] is var last && last.Length > 0 && char.IsUpper(last[0]) && !last.Contains(' '))
            {
                return segmentEnd < 0 ? s.Length : at + 1 + segmentEnd;
            }
            if (!capitalised || space >= 0 || segmentEnd < 0)
            {
                return 0;
            }
            at += 1 + segmentEnd;
        }
        return 0;
    }

    /// <summary>Whether a word heads a generic description of an office or body: "experta", "relator", "minister", "committee".</summary>
    public static bool IsGenericHead(string word) => GenericHeads.Contains(word);

    /// <summary>
    /// Whether a title names its mandate: "la Relatora Especial sobre la situación de ...", "the Special Rapporteur on
    /// torture". Such a title is one office, so it stands for no other speaker named before.
    /// </summary>
    public static bool NamesMandate(string phrase) =>
        phrase.Contains(" sobre ", StringComparison.Ordinal) || phrase.Contains(" on ", StringComparison.Ordinal) || phrase.Contains(" para ", StringComparison.Ordinal)
        || phrase.Contains(" of ", StringComparison.Ordinal) || phrase.Contains(" de ", StringComparison.Ordinal) || phrase.Contains(" del ", StringComparison.Ordinal);

    public static bool IsGroupHead(string phrase)
    {
        var space = phrase.LastIndexOf(' ');
        var head = space < 0 ? phrase : phrase[(space + 1)..];
        return head.ToLowerInvariant() is "experts" or "expertos" or "expertas";
    }

    /// <summary>
    /// The person a sentence reports speaking: "His mother, Grace Akinyi, said ...", "Gina Romero
    /// expresó ...", "La Relatora Especial, Gina Romero, afirmó ...": a whole name of two words or
    /// more at the start or between the first two commas, and a verb of saying after it. Null otherwise.
    /// </summary>
    public static string? ReportedSubject(ReadOnlySpan<char> sentence)
    {
        if (!HasSpeechVerb(sentence) && !HasReportingVerb(sentence))
        {
            return null;
        }
        sentence = WithoutIntroduction(sentence);
        string? name = null;
        // "Nurcan Oflaz's husband, Kerem Oflaz, told ...": a possessive opens the role, the speaker is between the commas.
        if (ReadName(sentence, out var opening, out var openingEnd) && !IsPossessive(sentence, openingEnd)
            && (opening.Contains(' ') || Pseudonym(sentence[openingEnd..]) || PersonAppositive(sentence[openingEnd..])) && IsWholeName(opening.AsSpan())
            // "Pastor Joseph Kambu, who has sheltered ..., said": a title before a whole name.
            && (SplitTitle(opening) is not var (_, titled) || titled.Contains(' ')))
        {
            name = opening;
        }
        else
        {
            var first = sentence.IndexOf(',');
            var second = first > 0 ? sentence[(first + 1)..].IndexOf(',') : -1;
            if (first > 0 && first < 90 && second > 0)
            {
                var between = sentence.Slice(first + 1, second).Trim();
                if (between.Contains(' ') && IsWholeName(between))
                {
                    name = between.ToString();
                }
            }
        }
        // "A 24-year-old detainee, whom Human Rights Watch is calling Daniel for his protection, described ...": the name given him.
        name ??= GivenName(sentence) ?? TitledPerson(sentence);
        if (name is null || IsOrganisationName(name))
        {
            return null;
        }
        // "Mawlawi Saif ul-Haq Moheb": the person, without the title.
        return SplitTitle(name) is var (_, person) ? person : name;
    }

    /// <summary>
    /// "The Special Rapporteur on the independence of judges and lawyers said she had been told ...": the office a
    /// sentence opens with, up to its verb of saying or reporting; null when the sentence opens otherwise.
    /// </summary>
    public static string? OpeningOffice(ReadOnlySpan<char> sentence)
    {
        // "Speaking to the Legislative Council on 14 May, the Secretary for Security defended the arrests.": after the introduction.
        sentence = WithoutIntroduction(sentence);
        if (!IsGeneric(sentence, out var head, out _))
        {
            return null;
        }
        using var words = Split(sentence, stackalloc Word[WordBuffer], head + 16);
        for (var i = head; i < words.Count; i++)
        {
            // "The High Commissioner described the directive as ...": a verb that reports speech counts too.
            if (VerbAt(sentence, words, i) > 0 || (i > head - 1 && i > 0 && ReportingVerbWords.Contains(words.Text(sentence, i))))
            {
                return Description(sentence[..words[i].Start], whole: true);
            }
            if (words.Text(sentence, i).IndexOfAny(",;:.") >= 0)
            {
                return null;
            }
        }
        return null;
    }

    // ", saying that", ", telling reporters that", ", añadiendo:": a verb of saying in its gerund, whose subject is the clause's.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechGerunds = Lookup(StringComparer.Ordinal,
        "saying", "adding", "telling", "noting", "stating", "explaining", "warning", "insisting", "arguing", "claiming", "declaring",
        "stressing", "diciendo", "señalando", "afirmando", "asegurando", "añadiendo", "agregando", "indicando", "explicando",
        "advirtiendo", "subrayando", "manifestando", "declarando", "sosteniendo", "insistiendo");

    /// <summary>
    /// "The minister rejected the report, saying that", "..., telling reporters:", "..., señalando a la prensa que": the clause
    /// before a gerund of saying (with at most four words of its own, then "that", "que" or a colon) that ends the words
    /// before a quote. Empty when they end otherwise.
    /// </summary>
    public static ReadOnlySpan<char> ClauseBeforeGerund(ReadOnlySpan<char> prefix)
    {
        var s = prefix.TrimEnd();
        if (s.EndsWith(':'))
        {
            s = s[..^1].TrimEnd();
        }
        else if (s.EndsWith(" that", StringComparison.Ordinal) || s.EndsWith(" que", StringComparison.Ordinal))
        {
            s = s[..s.LastIndexOf(' ')];
        }
        else
        {
            return default;
        }
        var comma = s.LastIndexOf(',');
        if (comma <= 0)
        {
            return default;
        }
        var tail = s[(comma + 1)..].Trim();
        using var words = Split(tail, stackalloc Word[WordBuffer], 6);
        if (words.Count is 0 or > 5 || !SpeechGerunds.Contains(words.Text(tail, 0)) || tail.IndexOfAny(";:.\"«»“”") >= 0)
        {
            return default;
        }
        return s[..comma].TrimEnd();
    }

    /// <summary>
    /// Who speaks in a quote that a gerund of saying introduces: the person, office or unnamed speaker its clause opens
    /// with ("The Inspector General of Police denied ..., saying that "...""). None when the words before the quote end
    /// otherwise, or the clause opens with no one.
    /// </summary>
    public static Attribution Gerund(ReadOnlySpan<char> prefix)
    {
        var clause = WithoutIntroduction(ClauseBeforeGerund(prefix));
        if (clause.IsEmpty)
        {
            return Attribution.None;
        }
        if (LeadingOfficeName(clause) is { } named)
        {
            return new Attribution(AttributionKind.Generic, named, null);
        }
        if (OpeningPerson(clause) is { } person)
        {
            return new Attribution(AttributionKind.Name, person, null);
        }
        if (OpeningOffice(clause) is { } office)
        {
            return new Attribution(AttributionKind.Generic, office, null);
        }
        return OpeningDescription(clause, definite: true) is { } described ? new Attribution(AttributionKind.Described, described, null) : Attribution.None;
    }

    /// <summary>"The Inspector General of Police denied ...": an office named in full (see <see cref="IsOfficeName"/>) that opens a sentence, before a word in lower case.</summary>
    private static string? LeadingOfficeName(ReadOnlySpan<char> sentence)
    {
        using var words = Split(sentence, stackalloc Word[WordBuffer], 18);
        var end = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words.Text(sentence, i);
            if (i == 0 || char.IsUpper(word[0]) || RoleJoiners.Contains(word) || word is "y" or "and")
            {
                if (char.IsUpper(word[0]))
                {
                    end = words[i].End;
                }
                if (word.IndexOfAny(",;:.") >= 0)
                {
                    break;
                }
                continue;
            }
            var phrase = sentence[..end];
            return IsOfficeName(phrase) ? phrase.ToString() : null;
        }
        return null;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingVerbWords = Lookup(StringComparer.Ordinal,
        "described", "expressed", "recalled", "explained", "stressed", "emphasised", "emphasized", "underlined", "deplored", "condemned",
        "welcomed", "describió", "expresó", "recordó", "explicó", "subrayó", "destacó", "lamentó", "condenó", "celebró",
        "defended", "justified", "denied", "rejected", "insisted", "defendió", "justificó", "negó", "rechazó", "insistió",
        "dismissed", "disputed", "contested", "questioned", "responded", "reacted", "desestimó", "cuestionó", "respondió", "reaccionó");

    private static readonly string[] NamingPhrases =
        [" is calling ", " are calling ", " calls ", " identified as ", " referred to as ", " llamaremos ", " llamamos ", " llama ", " identificado como ", " identificada como "];

    /// <summary>The capitalised name a sentence gives someone it will not name ("whom we are calling Daniel"), or null.</summary>
    private static string? GivenName(ReadOnlySpan<char> sentence)
    {
        foreach (var phrase in NamingPhrases)
        {
            var at = sentence.IndexOf(phrase, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            // "whom Human Rights Watch is calling "Peter" for his protection": the name may stand in quotation marks.
            var rest = sentence[(at + phrase.Length)..].TrimStart('"');
            var end = 0;
            while (end < rest.Length && char.IsLetter(rest[end]))
            {
                end++;
            }
            if (end >= 2 && char.IsUpper(rest[0]) && (end == rest.Length || !char.IsLetter(rest[end])) && !FunctionWords.Contains(rest[..end]))
            {
                return rest[..end].ToString();
            }
        }
        return null;
    }

    private static bool EndsWithArticle(ReadOnlySpan<char> head) =>
        head.EndsWith(" the", StringComparison.Ordinal) || head.EndsWith(" la", StringComparison.Ordinal) || head.EndsWith(" el", StringComparison.Ordinal);

    private static bool EndsWithPreposition(ReadOnlySpan<char> head)
    {
        var space = head.LastIndexOf(' ');
        var last = head[(space + 1)..];
        foreach (var word in (ReadOnlySpan<string>)["con", "with", "a", "to", "ante", "para", "por", "by"])
        {
            if (last.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsPossessive(ReadOnlySpan<char> s, int nameEnd) =>
        s[nameEnd..].StartsWith("'s", StringComparison.Ordinal) || s[nameEnd..].StartsWith("’s", StringComparison.Ordinal)
        || (nameEnd >= 2 && (s[(nameEnd - 2)..nameEnd] is "'s" or "’s"));

    // "Mamadou (nombre ficticio), un adolescente ...": one name, marked as not the person's own.
    private static bool Pseudonym(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        if (!after.StartsWith("(", StringComparison.Ordinal))
        {
            return false;
        }
        var close = after.IndexOf(')');
        var inside = close > 0 ? after[1..close] : default;
        foreach (var marker in (ReadOnlySpan<string>)["ficticio", "ficticia", "not his real name", "not her real name", "not their real name", "pseudonym", "seudónimo", "nombre cambiado", "name changed"])
        {
            if (inside.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    // The nouns that say an appositive describes a person ("Ibrahima, a 24-year-old man from Guinea, ...").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonNouns = Lookup(StringComparer.OrdinalIgnoreCase,
        "woman", "man", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "widow", "widower", "girl", "boy",
        "student", "teacher", "farmer", "fisherman", "fisherwoman", "worker", "trader", "vendor", "nurse", "doctor", "journalist", "lawyer",
        "activist", "defender", "resident", "survivor", "witness", "detainee", "migrant", "refugee", "grandmother", "grandfather", "mujer",
        "hombre", "madre", "padre", "hijo", "hija", "esposa", "esposo", "hermano", "hermana", "viuda", "viudo", "joven", "niña", "niño",
        "estudiante", "maestra", "maestro", "campesina", "campesino", "pescador", "pescadora", "trabajador", "trabajadora", "comerciante",
        "vendedora", "vendedor", "enfermera", "enfermero", "periodista", "abogada", "abogado", "activista", "defensora", "defensor",
        "vecina", "vecino", "sobreviviente", "testigo", "migrante", "refugiada", "refugiado", "abuela", "abuelo");

    /// <summary>
    /// ", a 29-year-old woman from Côte d'Ivoire, ...", ", una mujer de 52 años, ...": an appositive that describes a
    /// person, right after a name. A single name ("Fatoumata", "Ibrahima") is a person's when one follows it.
    /// </summary>
    private static bool PersonAppositive(ReadOnlySpan<char> after)
    {
        if (after.Length < 4 || after[0] != ',')
        {
            return false;
        }
        var rest = after[1..].TrimStart();
        var close = rest.IndexOf(',');
        var appositive = close > 0 ? rest[..close] : rest;
        using var words = Split(appositive, stackalloc Word[WordBuffer], 8);
        if (words.Count < 2 || !Indefinites.Contains(words.Text(appositive, 0)) || IsAcronym(words.Text(appositive, 0)))
        {
            return false;
        }
        for (var i = 1; i < words.Count; i++)
        {
            var word = words.Text(appositive, i);
            if (PersonNouns.Contains(word) || word.EndsWith("-year-old", StringComparison.Ordinal) || word is "años")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "A 34-year-old woman said soldiers took her husband ...", "One woman, a 61-year-old widow who ..., told the
    /// experts ...": the unnamed person a sentence opens with, as its subject of a verb of saying or reporting; the
    /// appositive, when there is one, is the fuller description. With <paramref name="definite"/>, a definite one too
    /// ("la alcaldesa de Viña del Mar declaró ..."). Null when the sentence opens otherwise.
    /// </summary>
    public static string? OpeningDescription(ReadOnlySpan<char> sentence, bool definite = false)
    {
        sentence = WithoutIntroduction(sentence);
        if (!(Indefinites.Contains(FirstWord(sentence)) || (definite && Definites.Contains(FirstWord(sentence)))) || IsAcronym(FirstWord(sentence)))
        {
            return null;
        }
        var comma = sentence.IndexOf(',');
        if (comma > 0 && PersonAppositive(sentence[comma..]))
        {
            var rest = sentence[(comma + 1)..].TrimStart();
            var close = rest.IndexOf(',');
            if (close <= 0 || Description(sentence[..comma], whole: true) is null)
            {
                return null;
            }
            using var verbs = Split(rest[(close + 1)..], stackalloc Word[WordBuffer], 4);
            return verbs.Count > 0 && (VerbAt(rest[(close + 1)..], verbs, 0) > 0 || ReportingVerbWords.Contains(verbs.Text(rest[(close + 1)..], 0)))
                ? rest[..close].Trim().ToString()
                : null;
        }
        // "A 31-year-old teacher from Rasht, who asked not to be named, said ...": the clause between the commas says
        // what the person did; the verb after it is the sentence's.
        if (comma > 0 && RelativeClauseEnd(sentence[comma..]) is var clauseEnd and > 0)
        {
            var verbPart = sentence[(comma + clauseEnd)..];
            using var verbs = Split(verbPart, stackalloc Word[WordBuffer], 4);
            return verbs.Count > 0 && (VerbAt(verbPart, verbs, 0) > 0 || ReportingVerbWords.Contains(verbs.Text(verbPart, 0)))
                ? Description(sentence[..comma], whole: true)
                : null;
        }
        using var words = Split(sentence, stackalloc Word[WordBuffer], MaxDescriptionWords + 1);
        for (var i = 2; i < words.Count; i++)
        {
            if (VerbAt(sentence, words, i) > 0 || ReportingVerbWords.Contains(words.Text(sentence, i)))
            {
                return Description(sentence[..words[i].Start], whole: true);
            }
        }
        return null;
    }

    private static readonly string[] RelativeOpeners =
        [", who ", ", whose ", ", que ", ", quien ", ", cuyo ", ", cuya ", ", and who ", ", and whose ", ", y que ", ", y quien ", ", y cuyo ", ", y cuya "];

    /// <summary>
    /// ", who asked not to be named, ...", ", que pidió no ser identificada, ...": where a relative clause that opens
    /// right after a comma ends, past its closing comma; 0 when none does within a short clause.
    /// </summary>
    private static int RelativeClauseEnd(ReadOnlySpan<char> fromComma)
    {
        foreach (var opener in RelativeOpeners)
        {
            if (fromComma.StartsWith(opener, StringComparison.Ordinal))
            {
                var close = fromComma[1..].IndexOf(',');
                return close > 0 && close < 120 ? close + 2 : 0;
            }
        }
        return 0;
    }

    // Offices a description may name a person by, beside the title nouns: "the deputy inspector general of police".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OfficeNouns = Lookup(StringComparer.OrdinalIgnoreCase,
        "inspector", "procurador", "procuradora", "ombudsman", "auditor", "commissioner", "comisionado", "comisionada", "rapporteur",
        "relator", "relatora", "superintendent", "ambassador", "embajador", "embajadora", "canciller", "chair", "chairperson",
        "coordinator", "coordinador", "coordinadora", "spokesperson");

    /// <summary>
    /// True when a definite description names a person, by a title or as a person ("the deputy inspector general of
    /// police for the northern range", "el fiscal del Estado"), not a thing or a body ("the report", "the ministry"): one of
    /// its words before the first "of", "for", "de", "del" or "para" is a title's noun, an office's or a person's.
    /// </summary>
    public static bool DescribesPerson(string description)
    {
        foreach (var word in description.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "of" or "for" or "de" or "del" or "para")
            {
                return false;
            }
            var bare = word.AsSpan().Trim(",.;:");
            if (TitleNouns.Contains(bare.ToString().ToLowerInvariant()) || OfficeNouns.Contains(bare) || PersonNouns.Contains(bare))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Tras el crimen, la Fiscalía estatal informó en un comunicado que", "The ministry said in a statement that": the
    /// article and head of a body the sentence opens with ("la Fiscalía", "The ministry"), a word that names a body back
    /// (<see cref="QuoteExtractor.BodyHead"/>), before at most two lower-case words and a verb of saying; null otherwise.
    /// </summary>
    public static string? OpeningBody(ReadOnlySpan<char> sentence)
    {
        sentence = WithoutIntroduction(sentence).TrimStart();
        using var words = Split(sentence, stackalloc Word[WordBuffer], 6);
        if (words.Count < 3 || !Definites.Contains(words.Text(sentence, 0)))
        {
            return null;
        }
        var phrase = sentence[..words[1].End].ToString();
        if (QuoteExtractor.BodyHead(phrase.ToLowerInvariant()) is null)
        {
            return null;
        }
        for (var i = 2; i < words.Count && i <= 4; i++)
        {
            if (VerbAt(sentence, words, i) > 0 || ReportingVerbWords.Contains(words.Text(sentence, i)))
            {
                return phrase;
            }
            if (!char.IsLower(words.Text(sentence, i)[0]) || words.Text(sentence, i).IndexOfAny(",;:.") >= 0)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// "Al día siguiente, el Consejo Estatal de Seguridad (CES) publicó un comunicado en el que afirmó:", "The State Human
    /// Rights Commission (SHRC) issued a statement": the body a sentence opens with as its subject (after an article),
    /// with the acronym it is given in parentheses; null when the sentence opens otherwise.
    /// </summary>
    public static string? OpeningOrganisation(ReadOnlySpan<char> sentence)
    {
        sentence = WithoutIntroduction(sentence).TrimStart();
        if (Definites.Contains(FirstWord(sentence)))
        {
            sentence = sentence[(sentence.IndexOf(' ') + 1)..];
        }
        if (!ReadName(sentence, out var name, out var end) || !name.Contains(' ') || !IsOrganisationName(name))
        {
            return null;
        }
        var after = sentence[end..];
        if (after.StartsWith(" (", StringComparison.Ordinal) && after.IndexOf(')') is var close and > 3 and < 14 && IsAcronym(after[2..close]))
        {
            name += after[..(close + 1)].ToString();
            after = after[(close + 1)..];
        }
        return after.Length > 1 && after[0] == ' ' && char.IsLower(after[1]) ? name : null;
    }

    /// <summary>
    /// The person whose whole name opens the sentence as its subject ("Marta Lopez, whose son was arrested ...,
    /// has not seen him since"), or null: a paragraph that opens by introducing someone, then quotes "she", quotes her.
    /// </summary>
    public static string? OpeningPerson(ReadOnlySpan<char> sentence)
    {
        sentence = WithoutIntroduction(sentence);
        if (!ReadName(sentence, out var name, out var end) || !(name.Contains(' ') || PersonAppositive(sentence[end..])) || !IsWholeName(name.AsSpan()) || SplitTitle(name) is not null
            || IsOrganisationName(name) || IsPossessive(sentence, end))
        {
            return AppositivePerson(sentence, possessive: name.Length > 0 && IsPossessive(sentence, end)) ?? TitledPerson(sentence);
        }
        var after = sentence[end..];
        return after.Length > 1 && (after[0] == ',' || (after[0] == ' ' && char.IsLower(after[1]))) ? name : null;
    }

    // What opens a sentence before its subject and ends at a comma: "Speaking to reporters in Bishkek on 6 March, ",
    // "In remarks to local media, ", "En declaraciones a la radio, ".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IntroductionOpeners = Lookup(StringComparer.Ordinal,
        "In", "At", "During", "On", "Speaking", "Addressing", "Asked", "Interviewed", "Writing", "Responding", "Earlier", "Later",
        "After", "Before", "Following", "En", "Durante", "Ante", "Hablando", "Consultado", "Consultada", "Preguntado", "Preguntada", "Respondiendo", "Más",
        "Tras", "Después", "Antes", "Al", "Luego", "Next", "Then",
        // "Days later, ", "Poco después, ", "Sin embargo, ", "Por su parte, ": a time or a link before the subject.
        "Days", "Weeks", "Months", "Hours", "Moments", "Shortly", "Yesterday", "Today", "Meanwhile", "However", "Separately", "Last",
        "Días", "Semanas", "Meses", "Horas", "Minutos", "Poco", "Ayer", "Hoy", "Sin", "Asimismo", "Además", "Por");

    // "The next day, ", "That evening, ": the words after "The" or "That" that make a time of the sentence's opening.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWords = Lookup(StringComparer.Ordinal,
        "next", "following", "same", "day", "morning", "afternoon", "evening", "night", "week", "month");

    /// <summary>"El 23 de septiembre, ...", "El lunes, ...", "The next day, ...", "That evening, ...": a date or a time that opens the sentence.</summary>
    private static bool OpensWithDate(ReadOnlySpan<char> sentence)
    {
        if (sentence.StartsWith("The ", StringComparison.Ordinal) || sentence.StartsWith("That ", StringComparison.Ordinal))
        {
            return TimeWords.Contains(FirstWord(sentence[(sentence.IndexOf(' ') + 1)..]));
        }
        if (!sentence.StartsWith("El ", StringComparison.Ordinal))
        {
            return false;
        }
        var next = FirstWord(sentence[3..]);
        return (next.Length > 0 && char.IsAsciiDigit(next[0])) || next is "lunes" or "martes" or "miércoles" or "jueves" or "viernes" or "sábado" or "domingo";
    }

    /// <summary>The sentence after an introductory phrase that opens it and ends at its first comma; the sentence itself when it has none.</summary>
    private static ReadOnlySpan<char> WithoutIntroduction(ReadOnlySpan<char> sentence)
    {
        var comma = sentence.IndexOf(',');
        if (comma <= 0 || comma > 90 || !(IntroductionOpeners.Contains(FirstWord(sentence)) || OpensWithDate(sentence)))
        {
            return sentence;
        }
        var rest = sentence[(comma + 1)..].TrimStart();
        return rest.Length > 3 ? rest : sentence;
    }

    // Lower-case words of a title that may stand right before the holder's name: "Ministry of Interior spokesperson
    // Talant Usenov", "el general de brigada Elias Nahra", "the rights lawyer Ana Ruiz".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleNouns = Lookup(StringComparer.Ordinal,
        "spokesperson", "spokesman", "spokeswoman", "minister", "director", "lawyer", "activist", "journalist", "general", "colonel",
        "commander", "officer", "governor", "mayor", "president", "secretary", "chief", "prosecutor", "judge", "official", "researcher",
        "brigada", "portavoz", "vocero", "vocera", "ministro", "ministra", "director", "directora", "abogado", "abogada", "activista",
        "periodista", "coronel", "comandante", "gobernador", "gobernadora", "alcalde", "alcaldesa", "presidente", "presidenta",
        "secretario", "secretaria", "fiscal", "juez", "jueza", "funcionario", "funcionaria", "investigador", "investigadora",
        "leader", "farmer", "teacher", "priest", "student", "doctor", "dirigente", "lider", "líder", "lideresa", "campesino", "campesina",
        "sindicalista", "viceministro", "viceministra", "maestro", "maestra", "profesor", "profesora", "sacerdote", "estudiante", "médico", "médica", "defensor", "defensora");

    /// <summary>"the Tehran Prosecutor", "el Fiscal General": a phrase whose last word is a title's noun.</summary>
    public static bool EndsWithTitleNoun(string phrase)
    {
        var space = phrase.LastIndexOf(' ');
        var last = phrase[(space + 1)..];
        return TitleNouns.Contains(last) || TitleNouns.Contains(last.ToLowerInvariant());
    }

    // Words a title may run through before its noun: "Ministry of the Interior", "general de brigada".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLinks =
        Lookup(StringComparer.Ordinal, "of", "the", "for", "and", "de", "del", "la", "las", "los", "el", "y", "rights", "human", "police", "army", "deputy");

    /// <summary>
    /// "Ministry of Internal Affairs spokesperson Talant Usenov defended ...", "El general de brigada Elias Nahra, portavoz
    /// de ..., defendió ...": a sentence that opens with a title of capitalised words and title nouns, then the whole
    /// name of who holds it, then a comma or a lower-case word. Null when anything else stands before the name.
    /// </summary>
    private static string? TitledPerson(ReadOnlySpan<char> sentence)
    {
        using var words = Split(sentence, stackalloc Word[WordBuffer], 12);
        Span<char> buffer = stackalloc char[MaxListedWordLength];
        // "the lawyer of journalist Ana Ruiz": after a title noun and a preposition, the name is someone else's.
        var noun = false;
        var ofSomeone = false;
        for (var i = 0; i < words.Count && i < 10; i++)
        {
            var word = words.Text(sentence, i);
            if (char.IsUpper(word[0]))
            {
                // The name starts after a title noun: "spokesperson Talant Usenov".
                if (i > 0 && !ofSomeone && TitleNouns.Contains(Bare(words.Text(sentence, i - 1), buffer)) && ReadName(sentence[words[i].Start..], out var name, out var end)
                    && name.Contains(' ') && IsWholeName(name.AsSpan()) && SplitTitle(name) is null && !IsOrganisationName(name)
                    && sentence[(words[i].Start + end)..] is var after && after.Length > 1 && (after[0] == ',' || (after[0] == ' ' && char.IsLower(after[1]))))
                {
                    return name;
                }
                if (word.IndexOfAny(",;:.") >= 0)
                {
                    return null;
                }
                continue;
            }
            var bare = Bare(word, buffer);
            if (word.Length != bare.Length || !(TitleNouns.Contains(bare) || TitleLinks.Contains(bare) || (i == 0 && Definites.Contains(bare))))
            {
                return null;
            }
            if (TitleNouns.Contains(bare))
            {
                // "general de brigada" is one rank.
                if (bare is "brigada")
                {
                    ofSomeone = false;
                }
                noun = true;
            }
            else if (noun && bare is "of" or "for" or "de" or "del")
            {
                ofSomeone = true;
            }
        }
        return null;
    }

    /// <summary>
    /// "His sister, Mahnaz Dashti, has joined ...", "La subsecretaria del Interior, Andrea Molina, rechazó ...": a
    /// role that opens with an article or a possessive, then a whole name of two words or more between the first
    /// two commas, then a lower-case verb. Null otherwise.
    /// </summary>
    private static string? AppositivePerson(ReadOnlySpan<char> sentence, bool possessive)
    {
        var first = sentence.IndexOf(',');
        if (first <= 0 || first > 90)
        {
            return null;
        }
        // "un portavoz de la Dirección General de Centros Penales, Raúl Antonio Cerna, defendió ...": an indefinite role too.
        if (!possessive && !OpensWithDeterminer(sentence) && !Indefinites.Contains(FirstWord(sentence)))
        {
            return null;
        }
        var rest = sentence[(first + 1)..];
        var second = rest.IndexOf(',');
        if (second <= 0)
        {
            return null;
        }
        var name = rest[..second].Trim();
        var after = rest[(second + 1)..];
        if (!name.Contains(' ') || !IsWholeName(name) || after.Length < 2 || after[0] != ' ' || !char.IsLower(after[1]))
        {
            return null;
        }
        var found = name.ToString();
        if (IsOrganisationName(found))
        {
            return null;
        }
        // "the SAF spokesperson, Brigadier General Omer Kamal, denied ...": the person, without the rank.
        return SplitTitle(found) is var (_, person) ? person : found;
    }

    /// <summary>The role in front of a name set off by commas: "La Relatora Especial sobre X, Carmen Ortiz, expresó" gives "Relatora Especial sobre X".</summary>
    public static string? RoleBefore(ReadOnlySpan<char> sentence, string name)
    {
        var at = sentence.IndexOf(name.AsSpan(), StringComparison.Ordinal);
        if (at < 3 || sentence[..at].TrimEnd() is var head && (head.IsEmpty || head[^1] != ','))
        {
            return null;
        }
        var role = sentence[..at].TrimEnd().TrimEnd(',').Trim();
        var space = role.IndexOf(' ');
        if (space > 0 && (Definites.Contains(role[..space]) || Possessives.Contains(role[..space])))
        {
            role = role[(space + 1)..];
        }
        // A role is a title, not a clause: "Durante la audiencia, Carmen Ortiz dijo" has none.
        return role.Length > 0 && char.IsUpper(role[0]) && role.IndexOf(',') < 0 ? role.ToString() : null;
    }

    private static bool HasReportingVerb(ReadOnlySpan<char> sentence)
    {
        foreach (var verb in ReportingVerbs)
        {
            if (sentence.Contains(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // Verbs that report what someone said without quoting it.
    private static readonly string[] ReportingVerbs =
    [
        " expressed ", " described ", " recalled ", " explained ", " expresó ", " describió ", " relató ", " contó ", " explicó ", " manifestó ",
    ];

    private static bool IsOrganisationName(string name)
    {
        foreach (var word in name.Split(' '))
        {
            if (InstitutionWords.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a generic phrase ("the organisation", "the rights group", "la organización") names an organisation, not a person.</summary>
    public static bool IsOrganisationHead(string phrase)
    {
        var space = phrase.LastIndexOf(' ');
        var head = space < 0 ? phrase : phrase[(space + 1)..];
        return head.ToLowerInvariant() is "organisation" or "organization" or "group" or "ngo" or "body" or "organización" or "organismo" or "grupo";
    }

    /// <summary>
    /// The end of "relatora para El Salvador", "rapporteur for Trinidad and Tobago" after a generic head: a second title
    /// word, "para" or "for", and a capitalised place (with "y" or "and" inside it); 0 when the words after the head are
    /// not that.
    /// </summary>
    private static int OfficeForPlace(ReadOnlySpan<char> s, int wordIndex)
    {
        using var words = Split(s, stackalloc Word[WordBuffer], wordIndex + 8);
        if (words.Count < wordIndex + 3 || words.Text(s, wordIndex) is not ("relatora" or "relator" or "rapporteur")
            || words.Text(s, wordIndex + 1) is not ("para" or "for"))
        {
            return 0;
        }
        // "relatora para el Perú", "rapporteur for the Dominican Republic": an article before the place's name.
        var place = wordIndex + 2;
        if (words.Text(s, place) is "el" or "la" or "los" or "the" && place + 1 < words.Count)
        {
            place++;
        }
        return CapitalisedRunEnd(s, in words, place, joinsWithOf: false);
    }

    /// <summary>
    /// The end of the run of capitalised words from word <paramref name="from"/> ("El Salvador", "Trinidad and Tobago",
    /// "Human Rights"), with "y" or "and" (and, with <paramref name="joinsWithOf"/>, "of") between them; 0 when none opens there.
    /// </summary>
    private static int CapitalisedRunEnd(ReadOnlySpan<char> s, in WordList words, int from, bool joinsWithOf)
    {
        var end = 0;
        for (var i = from; i < words.Count; i++)
        {
            var word = words.Text(s, i);
            var bare = word.TrimEnd(",.;:!?\"')");
            if (bare.Length == 0 || !(char.IsUpper(bare[0]) || (end > 0 && (bare is "y" or "and" || (joinsWithOf && bare is "of")) && i + 1 < words.Count)))
            {
                break;
            }
            if (char.IsUpper(bare[0]))
            {
                end = words[i].Start + bare.Length;
            }
            if (bare.Length != word.Length)
            {
                break;
            }
        }
        return end;
    }

    /// <summary>
    /// The end of "for Human Rights", "for Refugees" after a capitalised title: "for" and capitalised words (with "and" or "of"
    /// between them); 0 when the words after the title are not that.
    /// </summary>
    private static int OfficeFieldEnd(ReadOnlySpan<char> s, int wordIndex)
    {
        using var words = Split(s, stackalloc Word[WordBuffer], wordIndex + 6);
        if (words.Count < wordIndex + 2 || words.Text(s, wordIndex) is not "for")
        {
            return 0;
        }
        return CapitalisedRunEnd(s, in words, wordIndex + 1, joinsWithOf: true);
    }

    /// <param name="length">The length of the phrase ("the experts"), which stands for its speaker when no one has been named yet.</param>
    private static bool IsGeneric(ReadOnlySpan<char> s, out int wordCount, out int length)
    {
        // "the organisation", "the international human rights organisation", "la organización"
        using var words = Split(s, stackalloc Word[WordBuffer], 7);
        wordCount = 0;
        length = 0;
        Span<char> buffer = stackalloc char[MaxListedWordLength];
        if (words.Count < 2 || Bare(words.Text(s, 0), buffer) is not ("the" or "la" or "el" or "los" or "las" or "this" or "these" or "esta" or "este" or "estos" or "estas"))
        {
            return false;
        }
        for (var i = 1; i < Math.Min(words.Count, 7); i++)
        {
            var word = words.Text(s, i);
            if (GenericHeads.Contains(Bare(word, buffer)))
            {
                wordCount = i + 1;
                length = words[i].Start + word.TrimEnd(",.;:!?\"')").Length;
                // "la comisionada relatora para El Salvador", "the commissioner rapporteur for Haiti": the office and its place.
                if (OfficeForPlace(s, i + 1) is var placeEnd and > 0)
                {
                    length = placeEnd;
                }
                // "the UN High Commissioner for Human Rights": a title in capitals with the capitalised field it is for.
                else if (char.IsUpper(word[0]) && OfficeFieldEnd(s, i + 1) is var fieldEnd and > 0)
                {
                    length = fieldEnd;
                }
                return true;
            }
            if (word.EndsWith(',') || word.EndsWith('.'))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Reads a personal or organisation name (capitalised words, particles, honorifics) at the start
    /// of <paramref name="s"/>; <paramref name="end"/> is where the text after the name starts.
    /// </summary>
    /// <summary>"al-Nasser", "el-Sisi", "bin-Salman": a lower-case particle joined by a hyphen to a capitalised name.</summary>
    private static bool HyphenatedParticle(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen is > 0 and <= 3 && hyphen + 2 < word.Length && char.IsUpper(word[hyphen + 1]) && HasLetter(word[(hyphen + 2)..])
               && word[..hyphen] is "al" or "el" or "ad" or "ar" or "as" or "ash" or "at" or "az" or "bin" or "ibn" or "bint" or "abu" or "ul" or "ud" or "ur";
    }

    private static bool ReadName(ReadOnlySpan<char> s, out string name, out int end)
    {
        // A name has at most six words; a particle as the sixth looks at the seventh. A title in
        // front of it ("UN High Commissioner for Human Rights Volker Türk") may take four more.
        using var words = Split(s, stackalloc Word[WordBuffer], MaxTitledNameWords + 1);
        var taken = 0;
        end = 0;
        var sixth = 0;
        var titled = false;
        for (var i = 0; i < words.Count && i < MaxTitledNameWords; i++)
        {
            var w = words.Text(s, i);
            var bare = w.TrimEnd(",.;:!?\"')");
            if (bare.Length == 0)
            {
                break;
            }
            var nextCapitalised = i + 1 < words.Count && char.IsUpper(words.Text(s, i + 1)[0]);
            // "María de los Ángeles Torres", "Rosa de la Cruz": "de" and an article before the capital go on with the name.
            if (taken > 0 && !nextCapitalised && bare is "de" && i + 2 < words.Count && words.Text(s, i + 1) is "la" or "las" or "los"
                && char.IsUpper(words.Text(s, i + 2)[0]))
            {
                nextCapitalised = true;
            }
            var particle = NameParticles.Contains(bare) || (bare is "los" or "las" && i > 0 && words.Text(s, i - 1) is "de");
            var connector = taken > 0 && nextCapitalised && TitleConnectors.Contains(bare) && IsTitleWord(words.Text(s, i - 1));
            var ok = Honorifics.Contains(w) || (char.IsUpper(bare[0]) && HasLetter(bare))
                     || (taken > 0 && particle && nextCapitalised) || connector || (taken > 0 && HyphenatedParticle(bare));
            if (!ok || (taken == 0 && Pronouns.Contains(bare)) || (i >= 6 && !titled))
            {
                break;
            }
            titled |= connector || TitleWords.Contains(bare);
            taken++;
            end = words[i].Start + bare.Length;
            // "Aïssata D. (not her real name)": an initial keeps its full stop.
            if (taken > 1 && bare.Length == 1 && char.IsUpper(bare[0]) && w.Length > 1 && w[1] == '.')
            {
                end++;
            }
            if (i == 5)
            {
                sixth = end;
            }
            if (w.Length != bare.Length && !Honorifics.Contains(w) && !(w.EndsWith('.') && bare.Length == 1))
            {
                break; // punctuation ends the name
            }
        }
        // Past six words only a titled name is kept whole.
        if (taken > 6 && SplitTitle(s[..end].Trim().ToString()) is null)
        {
            end = sixth;
        }
        var found = s[..end].Trim();
        if (taken == 0 || Honorifics.Contains(found))
        {
            name = "";
            end = 0;
            return false;
        }
        name = found.ToString();
        return true;
    }

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The name (or pronoun) that ends <paramref name="s"/>, e.g. "... Amnesty International" in "Amnesty International said"; empty if none.</summary>
    private static ReadOnlySpan<char> NameEndingAt(ReadOnlySpan<char> s)
    {
        // Only the last five words can be the name, or ten when a title holds it.
        using var words = SplitLast(s, stackalloc Word[WordBuffer], MaxTitledNameWords);
        if (words.Count == 0)
        {
            return default;
        }
        var lastWord = words[words.Count - 1];
        var last = s[lastWord.Start..lastWord.End];
        if (Pronouns.Contains(last))
        {
            return last;
        }
        var first = words.Count;
        var fifth = words.Count;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var w = words.Text(s, i);
            if (w.EndsWith(',') || w.EndsWith('.') && i != words.Count - 1)
            {
                break;
            }
            if (char.IsUpper(w[0]) || (NameParticles.Contains(w) && i < words.Count - 1 && first <= words.Count - 1))
            {
                first = i;
            }
            else if (!(TitleConnectors.Contains(w) && first < words.Count && i > 0 && IsTitleWord(words.Text(s, i - 1)))
                     // "Delegación Interministerial para los Derechos Humanos": an article after a connector, inside a body's name.
                     && !(first < words.Count && i > 1 && w is "los" or "las" or "la" or "the" && TitleConnectors.Contains(words.Text(s, i - 1))
                          && HeadsBodyName(s, words, i - 2))
                     && !(first < words.Count && i > 0 && TitleConnectors.Contains(w) && HeadsBodyName(s, words, i - 1)))
            {
                break;
            }
            if (words.Count - i <= 5 && fifth == i + 1 && (char.IsUpper(w[0]) || NameParticles.Contains(w)))
            {
                fifth = i;
            }
        }
        // "uno de los jóvenes de El Guadual Alto": a name never opens with "de", so what follows it is a place or a body.
        while (first < words.Count - 1 && words.Text(s, first) is "de" or "del")
        {
            first++;
            fifth = Math.Max(fifth, first);
        }
        // "The Ministry of the Interior", "La Secretaría de Gobernación": the article is not part of the body's name.
        if (first < words.Count - 2 && Definites.Contains(words.Text(s, first)) && OrganisationHeads.Contains(words.Text(s, first + 1)))
        {
            first++;
            fifth = Math.Max(fifth, first);
        }
        if (first >= words.Count)
        {
            return default;
        }
        var name = s[words[first].Start..].Trim().TrimEnd(',');
        if (words.Count - first > 5 || fifth != first)
        {
            // Past five words, or across a connector, only a titled name, or a body's ("Alcaldía Indígena de
            // Santa Lucía Utatlán"), is kept whole.
            var head = first;
            while (head < words.Count - 1 && NameParticles.Contains(words.Text(s, head)))
            {
                head++;
            }
            if (SplitTitle(name.ToString()) is null && !OrganisationHeads.Contains(words.Text(s, head)))
            {
                if (fifth >= words.Count)
                {
                    return default;
                }
                name = s[words[fifth].Start..].Trim().TrimEnd(',');
            }
            else if (head > first)
            {
                name = s[words[head].Start..].Trim().TrimEnd(',');
            }
        }
        return name;
    }

    private static string? ReadRole(ReadOnlySpan<char> rest)
    {
        var r = rest.TrimStart();
        if (!r.StartsWith(','))
        {
            return null;
        }
        // The role runs from after the comma to the first stop. The stops are looked for in
        // ", " + body, from its second character on, as if that string were built.
        var body = r[1..].TrimStart();
        var cut = body.Length + 2;
        foreach (var stop in RoleStops)
        {
            var at = stop[0] == ' ' && body.StartsWith(stop.AsSpan(1), StringComparison.Ordinal) ? 1 : body.IndexOf(stop, StringComparison.Ordinal) is var k and >= 0 ? k + 2 : -1;
            if (at >= 0 && at < cut)
            {
                cut = at;
            }
        }
        var role = body[..Math.Max(0, cut - 2)].Trim().TrimEnd(".,;:—–-").Trim();
        return role.Length is > 0 and < 200 ? role.ToString() : null;
    }
}
