using System.Text;
using AmnestyArchive.Core.Extraction.Demands;

namespace AmnestyArchive.Core.Extraction.Text;

/// <summary>
/// The English name of a public body or a national law named in Spanish, put together from the words of its name
/// (<c>spanish-words.json</c>). "Junta Central Electoral" is the "Central Electoral Board", "Ministerio de Salud
/// Pública de Salta" the "Ministry of Public Health of Salta", "Ley Especial contra Actos de Terrorismo" the "Special
/// Law against Acts of Terrorism". Addressees and instruments are named in English in both languages, so that a
/// body's demands, or a law's citations, in Spanish and in English statements meet on one page. A name with a word
/// the glossary lacks, or that is no body's ("Fiscal general Rubén Castillo"), keeps its Spanish name.
/// </summary>
internal static class SpanishName
{
    private static readonly Glossary Words = Glossary.Load();

    private enum Part
    {
        Noun,
        Adjective,
        Preposition,
        Article,
        And,
        Comma,
        Verb,
        Proper,
    }

    /// <summary>
    /// A word or phrase of the name; <see cref="AsAdjective"/> is its English as an adjective too, when it may be one
    /// ("penitenciaria"). A joiner that is a verb's participle ("que regula": "Regulating") keeps the article after it.
    /// </summary>
    private readonly record struct Unit(Part Part, string English, string? AsAdjective = null, bool Participle = false);

    /// <summary>The English name of a public body, or null when the name is not one this can put into English.</summary>
    public static string? Body(string name, ActorRegistry registry)
    {
        if (Parse(name) is not { } units)
        {
            return null;
        }
        // The head, up to the first preposition: a body's noun, then its adjectives ("Comisión Independiente").
        var at = 0;
        var head = NounPhrase(units, ref at, properAllowed: false, registry: null);
        if (head is null)
        {
            return null;
        }
        var sb = new StringBuilder(head);
        return Tail(units, at, sb, registry, law: false) ? sb.ToString() : null;
    }

    /// <summary>
    /// The English name of a law named in Spanish ("Ley ..."), or null: "Ley Especial contra Actos de Terrorismo" is the
    /// "Special Law against Acts of Terrorism", "Ley de Libertad de Información" the "Freedom of Information Law", "Ley
    /// Micaela" (named after a person) the "Micaela Law", "Ley de Delitos Cibernéticos de 2015" the "Cyber Crimes Law of 2015".
    /// </summary>
    public static string? Law(string name, ActorRegistry registry)
    {
        var year = "";
        if (name.Length > 12 && name[^8..^4] == " de " && name[^4..].All(char.IsAsciiDigit))
        {
            year = " of " + name[^4..];
            name = name[..^8];
        }
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || Token.Fold(words[0]) != "ley")
        {
            return null;
        }
        // "Ley Micaela", "Ley Laken Riley": a law known by a person's name, which stays as it is.
        if (words.Skip(1).All(w => char.IsUpper(w[0]) && !Words.Knows(Token.Fold(w.TrimEnd(',')))))
        {
            return string.Join(' ', words.Skip(1)) + " Law" + year;
        }
        if (Parse(name) is not { } units)
        {
            return null;
        }
        var at = 0;
        var head = NounPhrase(units, ref at, properAllowed: false, registry: null);
        if (head is null || at == units.Count)
        {
            return at == units.Count && head is not null && head != "Law" ? head + year : null;
        }
        var tail = new StringBuilder();
        if (!Tail(units, at, tail, registry, law: true))
        {
            return null;
        }
        // "Ley de Partidos Políticos": a short subject after "de", with no preposition of its own, goes before the word Law, as in English.
        var subject = tail.ToString();
        if (head == "Law" && units[at] is { Part: Part.Preposition, English: "of" } && subject.StartsWith(" on ", StringComparison.Ordinal)
            && subject.AsSpan(4).Count(' ') <= 2 && !subject.Contains(',', StringComparison.Ordinal)
            && !units.Skip(at + 1).Any(u => u.Part == Part.Preposition))
        {
            return subject[4..] + " Law" + year;
        }
        return head + subject + year;
    }

    /// <summary>The English of a numbered law's subject after its number ("de Minería y Metalurgia": "on Mining and Metallurgy"), or null.</summary>
    public static string? LawSubject(string spanish, ActorRegistry registry)
    {
        if (Parse(spanish) is not { } units || units.Count == 0 || units[0].Part != Part.Preposition)
        {
            return null;
        }
        var sb = new StringBuilder();
        return Tail(units, 0, sb, registry, law: true) ? sb.ToString(1, sb.Length - 1) : null;
    }

    /// <summary>The name's words as units, or null when a word is not one this can put into English.</summary>
    private static List<Unit>? Parse(string name)
    {
        var raw = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (raw.Length == 0 || raw.Length > 24)
        {
            return null;
        }
        // "Odio, por la Convivencia": a comma is a unit of its own, and no phrase reads across it.
        var words = Array.ConvertAll(raw, w => w.Length > 1 && w[^1] == ',' ? w[..^1] : w);
        var commaAfter = Array.ConvertAll(raw, w => w.Length > 1 && w[^1] == ',');
        var folded = Array.ConvertAll(words, w => Token.Fold(w));
        var units = new List<Unit>(words.Length);
        for (var k = 0; k < words.Length;)
        {
            var length = 1;
            if (Words.Joiner(folded, commaAfter, k) is { } joiner)
            {
                units.Add(new Unit(Part.Preposition, joiner.English, Participle: joiner.English.EndsWith("ing", StringComparison.Ordinal)));
                length = joiner.Length;
            }
            else if (Words.Phrase(folded, commaAfter, k) is { } phrase)
            {
                units.Add(new Unit(Part.Noun, phrase.English));
                length = phrase.Length;
            }
            else
            {
                var w = folded[k];
                units.Add(w switch
                {
                    "de" or "del" => new Unit(Part.Preposition, "of"),
                    "para" => new Unit(Part.Preposition, "for"),
                    "contra" => new Unit(Part.Preposition, "against"),
                    "sobre" => new Unit(Part.Preposition, "on"),
                    "el" or "la" or "los" or "las" => new Unit(Part.Article, ""),
                    "y" or "e" => new Unit(Part.And, "and"),
                    _ => Words.Noun(w) is { } noun ? new Unit(Part.Noun, noun, Words.Adjective(w))
                        : Words.Adjective(w) is { } adjective ? new Unit(Part.Adjective, adjective)
                        : Words.Verb(w) is { } verb ? new Unit(Part.Verb, verb)
                        : char.IsUpper(words[k][0]) ? new Unit(Part.Proper, words[k])
                        : new Unit(Part.Proper, ""),
                });
                // A word the glossary lacks, in lower case, is no proper name: the name is not put into English.
                if (units[^1] is { Part: Part.Proper, English: "" })
                {
                    return null;
                }
            }
            k += length;
            if (commaAfter[k - 1])
            {
                units.Add(new Unit(Part.Comma, ","));
            }
        }
        // An English name ("Director General") has no word that differs from its English form.
        if (!units.Exists(u => u.Part is Part.Preposition or Part.Article or Part.And || (u.Part is Part.Noun or Part.Adjective or Part.Verb && !SameWord(u.English, folded))))
        {
            return null;
        }
        return units;
    }

    /// <summary>
    /// Appends the English of the name's parts from <paramref name="at"/> on, each a preposition and what it governs;
    /// false when they are not such parts. A law's first "de" is "on" ("Law on the Protection of ..."), and "para" before
    /// infinitives is "to" ("Law to Prevent and Punish the ...").
    /// </summary>
    private static bool Tail(List<Unit> units, int at, StringBuilder sb, ActorRegistry registry, bool law)
    {
        var first = true;
        while (at < units.Count)
        {
            var joiner = units[at];
            if (joiner.Part != Part.Preposition)
            {
                return false;
            }
            var english = law && first && joiner.English == "of" ? "on" : joiner.English;
            var keepArticle = joiner.Participle;
            first = false;
            at++;
            if (at < units.Count && units[at].Part == Part.Verb)
            {
                sb.Append(' ').Append(english == "for" ? "to" : english);
                // "para Prevenir, Sancionar y Erradicar": infinitives joined by commas and "y".
                while (true)
                {
                    sb.Append(' ').Append(units[at].English);
                    at++;
                    if (at + 1 < units.Count && units[at].Part is Part.And or Part.Comma && units[at + 1].Part == Part.Verb)
                    {
                        sb.Append(units[at].Part == Part.Comma ? "," : " and");
                        at++;
                        continue;
                    }
                    break;
                }
                keepArticle = true;
            }
            else
            {
                sb.Append(' ').Append(english);
            }
            var article = SkipArticles(units, ref at);
            // "de Administración Penitenciaria y Reinserción": phrases joined by "y" or commas.
            while (true)
            {
                var part = NounPhrase(units, ref at, properAllowed: true, registry);
                if (part is null)
                {
                    return false;
                }
                // A law's name keeps "the" after a verb, and before a noun a preposition completes ("on the Protection of Society").
                if (law && article && (keepArticle || (at < units.Count && units[at].Part == Part.Preposition)))
                {
                    sb.Append(" the");
                }
                sb.Append(' ').Append(part);
                if (at < units.Count && units[at].Part is Part.And or Part.Comma)
                {
                    var and = units[at].Part == Part.And;
                    at++;
                    // "del Interior y de los Municipios": English says the preposition once ("of Interior and Municipalities").
                    if (and && at + 1 < units.Count && units[at] is { Part: Part.Preposition, English: "of" })
                    {
                        at++;
                    }
                    else if (at < units.Count && units[at].Part == Part.Preposition)
                    {
                        // ", por la Convivencia ...": the comma ends a part, and the next preposition opens one.
                        sb.Append(and ? " and" : ",");
                        break;
                    }
                    sb.Append(and ? " and" : ",");
                    article = SkipArticles(units, ref at);
                    keepArticle = false;
                    continue;
                }
                break;
            }
        }
        return true;
    }

    /// <summary>Skips articles ("la", "las y los"); true when there was one.</summary>
    private static bool SkipArticles(List<Unit> units, ref int at)
    {
        var any = false;
        while (at < units.Count && (units[at].Part == Part.Article || (any && units[at].Part == Part.And && at + 1 < units.Count && units[at + 1].Part == Part.Article)))
        {
            any = true;
            at++;
        }
        return any;
    }

    // Whether an English form is one of the name's own words: "Director" in "Director General".
    private static bool SameWord(string english, string[] folded) => Array.IndexOf(folded, Token.Fold(english)) >= 0;

    /// <summary>
    /// A noun and its adjectives from <paramref name="at"/> to the next preposition, "y" or comma, in English order
    /// (adjectives first); or a run of proper names ("Salta", a state's Spanish name, which becomes its English one).
    /// </summary>
    private static string? NounPhrase(List<Unit> units, ref int at, bool properAllowed, ActorRegistry? registry)
    {
        var end = at;
        while (end < units.Count && units[end].Part is not (Part.Preposition or Part.And or Part.Comma))
        {
            end++;
        }
        if (end == at)
        {
            return null;
        }
        var span = units.GetRange(at, end - at);
        at = end;
        if (span.TrueForAll(u => u.Part == Part.Proper))
        {
            if (!properAllowed)
            {
                return null;
            }
            var proper = string.Join(' ', span.Select(u => u.English));
            return registry?.StateCode(proper) is { } code && registry.StateOf(code) is { } state ? state.NameEn : proper;
        }
        // Spanish puts the noun first: a phrase that opens with an adjective or mixes in a proper name is not one.
        if (span[0].Part != Part.Noun || span.Exists(u => u.Part is Part.Proper or Part.Article or Part.Verb))
        {
            return null;
        }
        // After the noun, a word that may be either is its adjective: "Administración Penitenciaria".
        var adjectives = span.Skip(1).Where(u => u.Part == Part.Adjective || u.AsAdjective is not null).Select(u => u.AsAdjective ?? u.English);
        var nouns = span.Where((u, i) => u.Part == Part.Noun && (i == 0 || u.AsAdjective is null)).Select(u => u.English);
        return string.Join(' ', adjectives.Concat(nouns));
    }

    private sealed class Glossary
    {
        private readonly Dictionary<string, string> _nouns;
        private readonly Dictionary<string, string> _adjectives;
        private readonly Dictionary<string, string> _verbs;
        private readonly List<(string[] Words, string English)> _phrases;
        private readonly List<(string[] Words, string English)> _joiners;

        private Glossary(SpanishWordsDto dto)
        {
            _nouns = Folded(dto.Nouns);
            _adjectives = Folded(dto.Adjectives);
            _verbs = Folded(dto.Verbs);
            _phrases = Phrases(dto.Phrases);
            _joiners = Phrases(dto.Joiners);
        }

        public static Glossary Load() => new(RegistryResource.Load("spanish-words.json", RegistryJsonContext.Default.SpanishWordsDto));

        private static Dictionary<string, string> Folded(Dictionary<string, string>? words) =>
            (words ?? []).ToDictionary(p => Token.Fold(p.Key), p => p.Value, StringComparer.Ordinal);

        // Longest first, so that a phrase is not read as a shorter one.
        private static List<(string[] Words, string English)> Phrases(Dictionary<string, string>? phrases)
        {
            var list = (phrases ?? []).Select(p => (Token.Fold(p.Key).Split(' '), p.Value)).ToList();
            list.Sort((x, y) => y.Item1.Length.CompareTo(x.Item1.Length));
            return list;
        }

        public string? Noun(string folded) => _nouns.GetValueOrDefault(folded);

        public string? Verb(string folded) => _verbs.GetValueOrDefault(folded);

        /// <summary>Whether the glossary has the word, as a noun, an adjective or a verb.</summary>
        public bool Knows(string folded) => Noun(folded) is not null || Adjective(folded) is not null || Verb(folded) is not null;

        /// <summary>An adjective in any of its forms: "pública", "públicos", "nacionales" and "independientes" are found as "publico", "nacional", "independiente".</summary>
        public string? Adjective(string folded)
        {
            if (_adjectives.TryGetValue(folded, out var english))
            {
                return english;
            }
            var stem = folded.EndsWith("es", StringComparison.Ordinal) && _adjectives.ContainsKey(folded[..^2]) ? folded[..^2]
                : folded.EndsWith('s') ? folded[..^1] : folded;
            if (_adjectives.TryGetValue(stem, out english))
            {
                return english;
            }
            return stem.EndsWith('a') && _adjectives.TryGetValue(stem[..^1] + "o", out english) ? english : null;
        }

        /// <summary>The phrase that the folded words from <paramref name="k"/> open, with its length in words.</summary>
        public (string English, int Length)? Phrase(string[] folded, bool[] commaAfter, int k) => Find(_phrases, folded, commaAfter, k);

        /// <summary>The joiner ("que regula", "en materia de", "por") that the folded words from <paramref name="k"/> open.</summary>
        public (string English, int Length)? Joiner(string[] folded, bool[] commaAfter, int k) => Find(_joiners, folded, commaAfter, k);

        private static (string English, int Length)? Find(List<(string[] Words, string English)> phrases, string[] folded, bool[] commaAfter, int k)
        {
            foreach (var (words, english) in phrases)
            {
                if (k + words.Length <= folded.Length)
                {
                    var all = true;
                    for (var i = 0; i < words.Length && all; i++)
                    {
                        all = folded[k + i] == words[i] && (i == words.Length - 1 || !commaAfter[k + i]);
                    }
                    if (all)
                    {
                        return (english, words.Length);
                    }
                }
            }
            return null;
        }
    }
}
