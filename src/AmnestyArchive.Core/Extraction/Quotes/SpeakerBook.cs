using System.Collections.Frozen;
using AmnestyArchive.Core.Extraction;
using AmnestyArchive.Core.Extraction.Demands;
namespace AmnestyArchive.Core.Extraction.Quotes;

/// <summary>
/// The speakers met so far in a statement, so that "Roth", "Mr. Grossman", "he" or "the
/// organisation" resolve to the full name given earlier.
/// </summary>
internal sealed class SpeakerBook
{
    // Each honorific with the space that must follow it.
    private static readonly string[] Honorifics = ["Mr. ", "Mr ", "Ms. ", "Ms ", "Mrs. ", "Mrs ", "Dr. ", "Dr ", "Prof. ", "Prof ", "Sr. ", "Sra. ", "Dra. ", "Mawlawi ", "Maulvi ", "Sheikh ", "Mullah ", "Pastor ", "Pastora ", "Imam ", "Rabbi ", "Reverend ", "Rev. "];

    private readonly List<(string Name, string? Role)> _speakers = [];

    // The statement's text, where a surname no speaker bore may be found with its given name ("by Elena Marchetti, spokesperson").
    private readonly string _text;

    public SpeakerBook(string text = "")
    {
        _text = text;
    }

    public string? Last { get; private set; }

    /// <summary>The last named speaker: "the organisation said" speaks in the publisher's voice, never a witness's.</summary>
    public string? LastNamed { get; private set; }

    /// <summary>The last speaker whose name is an organisation's ("Amnesty International"): the voice of "the organisation said".</summary>
    public string? LastOrganisation { get; private set; }

    /// <summary>The last group of speakers ("UN experts"): the voice of "they said".</summary>
    public string? LastGroup { get; private set; }

    // Words that make a speaker's name an organisation's.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationWords =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
        [
            "International", "Watch", "Commission", "Committee", "Council", "Office", "Federation", "Network", "Coalition", "Foundation",
            "Institute", "Centre", "Center", "Union", "Organization", "Organisation", "Agency", "Ministry", "Amnesty", "Amnistía",
            "Internacional", "Comisión", "Comité", "Consejo", "Oficina", "Federación", "Red", "Coalición", "Fundación", "Instituto", "Centro",
            "Organización", "Ministerio",
        ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Called for every name resolved: the words are read in place, with no string made.
    private static bool IsOrganisation(string name)
    {
        foreach (var range in name.AsSpan().Split(' '))
        {
            if (OrganisationWords.Contains(name.AsSpan()[range]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The organisation a role names at its start ("Human Rights Watch researcher", "Amnesty International's ...") or its end ("director at Amnesty International").</summary>
    private static string? OrganisationIn(string role)
    {
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var n = 0;
        while (n < words.Length && char.IsUpper(words[n][0]))
        {
            var possessive = words[n].EndsWith("'s", StringComparison.Ordinal) || words[n].EndsWith("’s", StringComparison.Ordinal);
            n++;
            if (possessive)
            {
                break;
            }
        }
        var leading = string.Join(' ', words[..n]);
        if (leading.EndsWith("'s", StringComparison.Ordinal) || leading.EndsWith("’s", StringComparison.Ordinal))
        {
            leading = leading[..^2];
        }
        if (n > 0 && IsOrganisation(leading))
        {
            return leading;
        }
        var m = words.Length;
        while (m > 0 && (char.IsUpper(words[m - 1][0]) || (m < words.Length && words[m - 1] is "de" or "la" or "del")))
        {
            m--;
        }
        if (m > 0 && m < words.Length && words[m - 1] is "at" or "of" or "de" or "del" or "for" or "en")
        {
            var trailing = string.Join(' ', words[m..]).TrimEnd('.', ',');
            if (IsOrganisation(trailing))
            {
                return trailing;
            }
        }
        return IsOrganisation(role) && IsProperName(role) ? role : null;
    }

    private static bool IsProperName(string s)
    {
        foreach (var word in s.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(word[0]) && word is not ("for" or "of" or "on" or "de" or "del" or "la" or "para"))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The last speaker whose role holds the title a generic phrase names ("la Relatora" for "Relatora Especial sobre ..."), or null.</summary>
    public string? HoldingTitle(string phrase)
    {
        var space = phrase.IndexOf(' ');
        var title = space < 0 ? phrase : phrase[(space + 1)..];
        if (title.Length < 4)
        {
            return null;
        }
        // Of two holders of the title ("la Relatora Especial"), the one who spoke last.
        if (Last is { } last && RoleOf(last) is { } lastRole && Holds(lastRole, title))
        {
            return last;
        }
        for (var i = _speakers.Count - 1; i >= 0; i--)
        {
            if (_speakers[i].Role is { } role && Holds(role, title))
            {
                return _speakers[i].Name;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a role is the title's: "Relatora Especial sobre ..." holds "Relatora", "Spokesperson for the UN High
    /// Commissioner" does not hold "High Commissioner", which it names after "for".
    /// </summary>
    private static bool Holds(string role, string title)
    {
        var at = role.IndexOf(title, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }
        var before = role.AsSpan(0, at);
        foreach (var joiner in (ReadOnlySpan<string>)[" for ", " of ", " to ", " at ", " de ", " del ", " para ", " en ", " ante "])
        {
            if (before.Contains(joiner, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "subrayó la experta", "dijo el relator": of the speakers with a role, the one who spoke last whose role's
    /// first word has the grammatical gender of the phrase's article ("Relatora Especial" for "la", "Relator
    /// Especial" for "el"); null when the phrase has no Spanish article or no role matches.
    /// </summary>
    public string? LastOfGender(string phrase)
    {
        var feminine = phrase.StartsWith("la ", StringComparison.OrdinalIgnoreCase);
        if (!feminine && !phrase.StartsWith("el ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        // "la alcaldesa de Valparaíso", "la Relatora Especial sobre ..." name an office: she is not whichever woman in office spoke last.
        foreach (var complement in (ReadOnlySpan<string>)[" de ", " del ", " para ", " sobre "])
        {
            if (phrase.Contains(complement, StringComparison.Ordinal))
            {
                return null;
            }
        }
        if (Last is { } last && IsOfGender(RoleOf(last), feminine))
        {
            return last;
        }
        for (var i = _speakers.Count - 1; i >= 0; i--)
        {
            if (IsOfGender(_speakers[i].Role, feminine))
            {
                return _speakers[i].Name;
            }
        }
        return null;
    }

    private static bool IsOfGender(string? role, bool feminine)
    {
        if (role is null)
        {
            return false;
        }
        var space = role.IndexOf(' ');
        var head = (space < 0 ? role : role[..space]).ToLowerInvariant();
        // An office ("experta", "Relatora Especial"), not a tie ("esposa", "hermano"): those are not what "la experta" names.
        if (!AttributionParser.IsGenericHead(head))
        {
            return false;
        }
        return feminine ? head.Length > 3 && head.EndsWith('a') : head.EndsWith("or", StringComparison.Ordinal) || head.EndsWith('o');
    }

    /// <summary>
    /// The last named speaker, for a generic title with no holder named ("the minister said", "dijo la experta"):
    /// only if the text gave them no role, or a role with the title's head word in it. A relative or a witness
    /// ("su esposa", "his brother") is never such a speaker.
    /// </summary>
    public string? LastNamedInOffice(string phrase)
    {
        if (LastNamed is not { } name || RoleOf(name) is not { } role)
        {
            return LastNamed;
        }
        // "the minister said" after "Clarisse Ebong-Mfor, senior researcher at Human Rights Watch": not her.
        var space = phrase.LastIndexOf(' ');
        var head = space < 0 ? phrase : phrase[(space + 1)..];
        return !IsTie(role) && role.Contains(head, StringComparison.OrdinalIgnoreCase) ? name : null;
    }

    private static readonly HashSet<string> Ties = new(StringComparer.OrdinalIgnoreCase)
    {
        "esposa", "esposo", "hermana", "hermano", "madre", "padre", "hijo", "hija", "abuela", "abuelo", "tía", "tío", "prima", "primo",
        "vecina", "vecino", "amiga", "amigo", "pareja", "compañera", "compañero", "testigo", "sobrina", "sobrino", "nieta", "nieto", "cuñada", "cuñado",
        "wife", "husband", "sister", "brother", "mother", "father", "son", "daughter", "grandmother", "grandfather", "aunt", "uncle",
        "cousin", "neighbour", "neighbor", "friend", "partner", "witness", "niece", "nephew", "relative", "familiar", "widow", "viuda",
    };

    private static bool IsTie(string? role)
    {
        if (role is null)
        {
            return false;
        }
        var words = role.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length && i < 3; i++)
        {
            if (Ties.Contains(words[i].TrimEnd(',', '.')))
            {
                return true;
            }
        }
        return false;
    }

    public string? RoleOf(string? name)
    {
        foreach (var (n, r) in _speakers)
        {
            if (n == name && r is not null)
            {
                return r;
            }
        }
        return null;
    }

    /// <summary>The full name of the last speaker who bears <paramref name="surname"/>, or null; records nothing.</summary>
    public string? Known(string surname)
    {
        for (var i = _speakers.Count - 1; i >= 0; i--)
        {
            var n = _speakers[i].Name;
            if (n.Contains(' ', StringComparison.Ordinal) && (EndsWithWord(n, surname) || ContainsWord(n, surname)))
            {
                return n;
            }
        }
        return null;
    }

    /// <summary>Resolves a written name to a full name already seen, or records it.</summary>
    public string Resolve(string written, string? role)
    {
        var name = StripHonorific(written.Trim());
        // "sostuvo la CIDH": a body the registry knows speaks under its English name, in either language.
        if (ActorRegistry.Default.BodyNamed(name) is { } body)
        {
            name = body.NameEn;
        }
        string? found = null;
        foreach (var (n, _) in _speakers)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                found = n;
                break;
            }
        }
        if (found is null && !name.Contains(' ', StringComparison.Ordinal))
        {
            // A surname alone points back to the last speaker who bore it.
            for (var i = _speakers.Count - 1; i >= 0; i--)
            {
                var n = _speakers[i].Name;
                // Either surname of a Spanish double surname ("Olivares" for "Edith Olivares Ferreto").
                if (EndsWithWord(n, name) || ContainsWord(n, name))
                {
                    found = n;
                    break;
                }
            }
        }
        if (found is null && name.Contains(' ', StringComparison.Ordinal))
        {
            // Both surnames without the given name ("Olivares Ferreto" for "Edith Olivares Ferreto").
            for (var i = _speakers.Count - 1; i >= 0; i--)
            {
                if (EndsWithWord(_speakers[i].Name, name))
                {
                    found = _speakers[i].Name;
                    break;
                }
            }
        }
        // "la jueza Osorio Cifuentes afirma" after "la jueza ... Regina Osorio Cifuentes": both surnames, given in full before.
        if (found is null && name.AsSpan().Count(' ') <= 1 && FullNameInText(name, out var titleBefore) is { } full)
        {
            // "Marchetti said" in a briefing note "by Elena Marchetti": the name as the text gives it in full,
            // with the title written before it ("UN High Commissioner for Human Rights Nadia Halvorsen on Friday
            // called on ..."), so that "the High Commissioner said" finds her later.
            name = full;
            role ??= titleBefore;
        }
        if (found is null && name.Contains(' ', StringComparison.Ordinal) && LongerNameInText(name) is { } longer)
        {
            // "—dijo Domingo Xol—" after "Domingo Xol Bac, esposo de ...": the name as the text first gave it.
            name = longer;
        }
        if (found is null)
        {
            _speakers.Add((name, role));
            found = name;
        }
        else if (role is not null && RoleOf(found) is null)
        {
            _speakers.Add((found, role));
        }
        Last = found;
        LastNamed = found;
        if (IsOrganisation(found))
        {
            LastOrganisation = found;
        }
        else if (role is not null && OrganisationIn(role) is { } organisation)
        {
            // "Jane Doe of Amnesty International", "Human Rights Watch researcher": the organisation she speaks for.
            LastOrganisation = organisation;
        }
        return found;
    }

    /// <summary>
    /// Records someone the statement names with a role before anyone speaks ("Spokesperson for the UN High
    /// Commissioner for Human Rights: Marta Lindqvist"), so that "the spokesperson said" finds her; no one is
    /// made the last speaker by it.
    /// </summary>
    public void Introduce(string name, string role) => _speakers.Add((name, role));

    // Descriptions of unnamed speakers ("a 45-year-old farmer"): they are nobody's name, so no
    // surname or later name is resolved to them, but a pronoun or a run of quotes may point back.
    // Made on the first description: most statements have none.
    private HashSet<string>? _described;

    /// <summary>Records the description of an unnamed speaker as the last speaker.</summary>
    public string Describe(string description)
    {
        description = AsOffice(description);
        // "la comisionada relatora para el Perú": an office with its name, which is a speaker's as "the High Commissioner" is.
        if (description.StartsWith(IachrRapporteur, StringComparison.Ordinal))
        {
            Last = description;
            LastNamed = description;
            return description;
        }
        if (AttributionParser.IsGroupHead(description))
        {
            LastGroup = description;
        }
        (_described ??= new HashSet<string>(StringComparer.Ordinal)).Add(description);
        Last = description;
        return description;
    }

    // In lower case or capitalised: "UN experts" opens with no article.
    private static readonly FrozenSet<string> Articles = FrozenSet.Create(StringComparer.Ordinal,
        "the", "The", "a", "A", "an", "An", "el", "El", "la", "La", "los", "Los", "las", "Las", "un", "Un", "una", "Una", "unos", "Unos", "unas", "Unas");

    private static readonly string[] RelativeWords = [" who ", " whose ", " which ", ", who ", ", whose ", " que ", " quien ", " quienes ", ", que ", ", quien ", " cuyo ", " cuya ", " cuyos ", " cuyas "];

    /// <summary>
    /// An unnamed speaker is named as the statement describes them, without the article: "a 52-year-old farmer" is
    /// "52-year-old farmer", "el Ministerio del Interior" "Ministerio del Interior". A relative clause after a
    /// description of two words or more is what they did, not who they are ("A 41-year-old tailor who saw the
    /// shooting" is "41-year-old tailor"); after one word it is all that tells them apart ("madre que busca a su
    /// hijo"). An office for a place written in lower case is capitalised, as offices are ("la comisionada relatora
    /// para El Salvador": "Comisionada relatora para El Salvador").
    /// </summary>
    private static string AsOffice(string description)
    {
        var space = description.IndexOf(' ');
        if (space <= 0 || space + 1 >= description.Length || !Articles.Contains(description[..space]))
        {
            return description;
        }
        var rest = description[(space + 1)..];
        foreach (var relative in RelativeWords)
        {
            var at = rest.IndexOf(relative, StringComparison.Ordinal);
            if (at > 0 && rest.AsSpan(0, at).Contains(' '))
            {
                rest = rest[..at];
            }
        }
        if (CountryRapporteur(rest) is { } rapporteur)
        {
            return rapporteur;
        }
        if (char.IsUpper(rest[0]))
        {
            return rest;
        }
        if (SpokespersonOf(rest) is { } spokesperson)
        {
            return spokesperson;
        }
        foreach (var place in (ReadOnlySpan<string>)[" para ", " for "])
        {
            var at = rest.IndexOf(place, StringComparison.Ordinal);
            if (at > 0 && at + place.Length < rest.Length && char.IsUpper(rest[at + place.Length]))
            {
                return char.ToUpperInvariant(rest[0]) + rest[1..];
            }
        }
        return rest;
    }

    /// <summary>
    /// "la comisionada relatora para el Perú", "el relator de la CIDH para Cuba", "the commissioner rapporteur for
    /// Haiti": the Inter-American Commission's rapporteur for a state, one office in either language, named as the
    /// Commission names it in English ("IACHR Rapporteur for Peru"); null for any other description.
    /// </summary>
    private static string? CountryRapporteur(string description)
    {
        var words = description.Split(' ');
        var k = 0;
        var commissioner = k < words.Length && words[k].ToLowerInvariant() is "comisionado" or "comisionada" or "commissioner";
        if (commissioner)
        {
            k++;
        }
        if (k >= words.Length || words[k].ToLowerInvariant() is not ("relator" or "relatora" or "rapporteur"))
        {
            return null;
        }
        k++;
        // "relatora de la CIDH para Bolivia": the Commission named in the office.
        if (k + 2 < words.Length && words[k] == "de" && words[k + 1] == "la" && words[k + 2] == "CIDH")
        {
            k += 3;
            commissioner = true;
        }
        // In English, "rapporteur for" alone is also the UN's; the Commission's says "commissioner".
        if (k >= words.Length || !(words[k] == "para" || (words[k] == "for" && commissioner)))
        {
            return null;
        }
        k++;
        if (k < words.Length && words[k] is "el" or "la" or "the")
        {
            k++;
        }
        if (k >= words.Length || ActorRegistry.Default.StateCode(string.Join(' ', words, k, words.Length - k)) is not { } code
            || ActorRegistry.Default.StateOf(code) is not { } state)
        {
            return null;
        }
        return IachrRapporteur + ActorRegistry.WithArticle(state.NameEn);
    }

    private const string IachrRapporteur = "IACHR Rapporteur for ";

    private static readonly string[] SpokespersonNouns = ["spokesperson ", "spokesman ", "spokeswoman "];

    private static readonly string[] SpanishSpokespersonNouns = ["portavoz ", "vocero ", "vocera "];

    /// <summary>
    /// "spokesperson for the Ministry of Interior" is named as the body's spokespeople are, "Ministry of Interior
    /// spokesperson"; "portavoz del ICE", with a body named by its acronym, "ICE spokesperson". Null for any other description.
    /// </summary>
    private static string? SpokespersonOf(string description)
    {
        foreach (var noun in SpokespersonNouns)
        {
            if (description.StartsWith(noun, StringComparison.Ordinal))
            {
                var body = description[noun.Length..];
                body = body.StartsWith("for ", StringComparison.Ordinal) ? body[4..] : body.StartsWith("of ", StringComparison.Ordinal) ? body[3..] : null;
                if (body is not null && body.StartsWith("the ", StringComparison.Ordinal))
                {
                    body = body[4..];
                }
                return body is { Length: > 1 } && char.IsUpper(body[0]) ? body + " " + noun.TrimEnd() : null;
            }
        }
        foreach (var noun in SpanishSpokespersonNouns)
        {
            if (description.StartsWith(noun, StringComparison.Ordinal))
            {
                var body = description[noun.Length..];
                body = body.StartsWith("del ", StringComparison.Ordinal) ? body[4..] : body.StartsWith("de la ", StringComparison.Ordinal) ? body[6..]
                    : body.StartsWith("de ", StringComparison.Ordinal) ? body[3..] : null;
                var acronym = body is { Length: >= 2 and <= 8 } && !body.Contains(' ');
                if (acronym)
                {
                    foreach (var c in body!)
                    {
                        acronym &= char.IsUpper(c) || char.IsDigit(c) || c is '-' or '/';
                    }
                }
                return acronym ? body + " spokesperson" : null;
            }
        }
        return null;
    }

    /// <summary>False when <paramref name="speaker"/> is a description given to <see cref="Describe"/>.</summary>
    public bool IsNamed(string? speaker) => speaker is null || _described is null || !_described.Contains(speaker);

    public void Touch(string? name)
    {
        if (name is not null)
        {
            Last = name;
            if (IsNamed(name))
            {
                LastNamed = name;
            }
        }
    }

    /// <summary>
    /// The first place the text writes <paramref name="surname"/> after a given name or initials
    /// ("Elena Marchetti", "M. L. Tan"), or null. Titles and honorifics are not given names.
    /// </summary>
    /// <summary>
    /// "Domingo Xol" in a text that first wrote "Domingo Xol Bac, esposo de ...": the name with the one capitalised
    /// word that follows it there, where a comma or a lower-case word ends the longer name; null otherwise.
    /// </summary>
    private string? LongerNameInText(string name)
    {
        var at = _text.IndexOf(name + " ", StringComparison.Ordinal);
        if (at < 0 || (at > 0 && char.IsLetter(_text[at - 1])))
        {
            return null;
        }
        var start = at + name.Length + 1;
        var end = start;
        while (end < _text.Length && (char.IsLetter(_text[end]) || _text[end] == '-'))
        {
            end++;
        }
        if (end - start < 2 || !char.IsUpper(_text[start]) || end >= _text.Length || _text[end] != ',' || OrganisationWords.Contains(_text.AsSpan(start, end - start)))
        {
            return null;
        }
        return _text[at..end];
    }

    private string? FullNameInText(string surname, out string? title)
    {
        title = null;
        if (surname.Length < 3 || !char.IsUpper(surname[0]) || _text.Length == 0)
        {
            return null;
        }
        for (var at = _text.IndexOf(" " + surname, StringComparison.Ordinal); at > 0; at = _text.IndexOf(" " + surname, at + 1, StringComparison.Ordinal))
        {
            var end = at + 1 + surname.Length;
            if (end < _text.Length && char.IsLetter(_text[end]))
            {
                continue;
            }
            // Up to three given names or initials before it, each capitalised and joined by one space.
            var start = at;
            var given = 0;
            while (given < 3)
            {
                var wordEnd = start;
                var wordStart = wordEnd;
                while (wordStart > 0 && !char.IsWhiteSpace(_text[wordStart - 1]))
                {
                    wordStart--;
                }
                var word = _text.AsSpan(wordStart, wordEnd - wordStart);
                var initial = word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';
                if (word.Length < 2 || !char.IsUpper(word[0]) || (!initial && !IsGivenName(word)) || (wordStart > 0 && _text[wordStart - 1] != ' '))
                {
                    break;
                }
                start = wordStart - 1;
                given++;
                if (wordStart == 0)
                {
                    start = -1;
                    break;
                }
            }
            if (given > 0)
            {
                // The line up to the name's end, read as the parser reads the words before "said": a title and the name.
                var line = _text.LastIndexOf('\n', Math.Max(0, start)) + 1;
                title = AttributionParser.TitleBefore(_text.AsSpan(line, end - line), _text[(start + 1)..end]);
                return _text[(start + 1)..end];
            }
        }
        return null;
    }

    // A given name: letters (and hyphens), lower case after the first, and no title, honorific or function word.
    private static bool IsGivenName(ReadOnlySpan<char> word)
    {
        foreach (var c in word[1..])
        {
            if (!char.IsLower(c) && c != '-')
            {
                return false;
            }
        }
        return !AttributionParser.IsTitleOrFunctionWord(word) && !AttributionParser.IsInstitutionWord(word) && word is not ("Said" or "Told" or "Added" or "And" or "But");
    }

    private static string StripHonorific(string name)
    {
        foreach (var h in Honorifics)
        {
            if (name.StartsWith(h, StringComparison.Ordinal))
            {
                return name[h.Length..].Trim();
            }
        }
        return name;
    }

    /// <summary>Whether <paramref name="full"/> ends with a space and then <paramref name="word"/>, in any case.</summary>
    private static bool EndsWithWord(string full, string word) =>
        full.Length > word.Length && full[^(word.Length + 1)] == ' ' && full.AsSpan(full.Length - word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="full"/> holds <paramref name="word"/> with a space on each side, in any case.</summary>
    private static bool ContainsWord(string full, string word)
    {
        if (word.Length == 0)
        {
            return full.Contains("  ", StringComparison.Ordinal);
        }
        // Each place the word occurs after the first character, tried for a space on either side.
        var from = 1;
        while (from + word.Length < full.Length)
        {
            var at = full.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || at + word.Length >= full.Length)
            {
                return false;
            }
            if (full[at - 1] == ' ' && full[at + word.Length] == ' ')
            {
                return true;
            }
            from = at + 1;
        }
        return false;
    }
}
