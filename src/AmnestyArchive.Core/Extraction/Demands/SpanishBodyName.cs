using System.Text;
using AmnestyArchive.Core.Extraction.Text;

namespace AmnestyArchive.Core.Extraction.Demands;

/// <summary>
/// The English name of a public body named in Spanish that the registry does not know, put
/// together from the words of its name (<c>body-words.json</c>): "Junta Central Electoral" is the
/// "Central Electoral Board", "Ministerio de Salud Pública de Salta" the "Ministry of Public Health of
/// Salta". Addressees are named in English in both languages, so that a body's demands in Spanish
/// and in English statements meet on one page. A name with a word the glossary lacks, or that is
/// no body's ("Fiscal general Rubén Castillo"), keeps its Spanish name.
/// </summary>
internal static class SpanishBodyName
{
    private static readonly Glossary Words = Glossary.Load();

    private enum Part
    {
        Noun,
        Adjective,
        Preposition,
        Article,
        And,
        Proper,
    }

    /// <summary>A word or phrase of the name; <see cref="AsAdjective"/> is its English as an adjective too, when it may be one ("penitenciaria").</summary>
    private readonly record struct Unit(Part Part, string English, string? AsAdjective = null);

    /// <summary>The English name, or null when the name is not one this can put into English.</summary>
    public static string? ToEnglish(string name, ActorRegistry registry)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 16)
        {
            return null;
        }
        var folded = Array.ConvertAll(words, w => Token.Fold(w));
        var units = new List<Unit>(words.Length);
        for (var k = 0; k < words.Length;)
        {
            if (Words.Phrase(folded, k) is { } phrase)
            {
                units.Add(new Unit(Part.Noun, phrase.English));
                k += phrase.Length;
                continue;
            }
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
                    : char.IsUpper(words[k][0]) ? new Unit(Part.Proper, words[k])
                    : new Unit(Part.Proper, ""),
            });
            // A word the glossary lacks, in lower case, is no proper name: the name is not put into English.
            if (units[^1] is { Part: Part.Proper, English: "" })
            {
                return null;
            }
            k++;
        }
        // An English name ("Director General") has no word that differs from its English form.
        if (!units.Exists(u => u.Part is Part.Preposition or Part.Article or Part.And || (u.Part is Part.Noun or Part.Adjective && !SameWord(u.English, folded))))
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
        while (at < units.Count)
        {
            if (units[at].Part != Part.Preposition)
            {
                return null;
            }
            sb.Append(' ').Append(units[at].English);
            at++;
            while (at < units.Count && units[at].Part == Part.Article)
            {
                at++;
            }
            // "de Administración Penitenciaria y Reinserción": phrases joined by "y".
            while (true)
            {
                var part = NounPhrase(units, ref at, properAllowed: true, registry);
                if (part is null)
                {
                    return null;
                }
                sb.Append(' ').Append(part);
                if (at < units.Count && units[at].Part == Part.And)
                {
                    sb.Append(" and");
                    at++;
                    // "del Interior y de los Municipios": English says the preposition once ("of Interior and Municipalities").
                    if (at + 1 < units.Count && units[at].Part == Part.Preposition && units[at].English == "of")
                    {
                        at++;
                        while (at < units.Count && units[at].Part == Part.Article)
                        {
                            at++;
                        }
                    }
                    continue;
                }
                break;
            }
        }
        return sb.ToString();
    }

    // Whether an English form is one of the name's own words: "Director" in "Director General".
    private static bool SameWord(string english, string[] folded) => Array.IndexOf(folded, Token.Fold(english)) >= 0;

    /// <summary>
    /// A noun and its adjectives from <paramref name="at"/> to the next preposition or "y", in English order
    /// (adjectives first); or a run of proper names ("Salta", a state's Spanish name, which becomes its English one).
    /// </summary>
    private static string? NounPhrase(List<Unit> units, ref int at, bool properAllowed, ActorRegistry? registry)
    {
        var end = at;
        while (end < units.Count && units[end].Part is not (Part.Preposition or Part.And))
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
        if (span[0].Part != Part.Noun || span.Exists(u => u.Part is Part.Proper or Part.Article))
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
        private readonly List<(string[] Words, string English)> _phrases;

        private Glossary(Dictionary<string, string> nouns, Dictionary<string, string> adjectives, List<(string[] Words, string English)> phrases)
        {
            _nouns = nouns;
            _adjectives = adjectives;
            _phrases = phrases;
        }

        public static Glossary Load()
        {
            var dto = RegistryResource.Load("body-words.json", RegistryJsonContext.Default.BodyWordsDto);
            var phrases = dto.Phrases.Select(p => (Token.Fold(p.Key).Split(' '), p.Value)).ToList();
            // Longest first, so that a phrase is not read as a shorter one.
            phrases.Sort((x, y) => y.Item1.Length.CompareTo(x.Item1.Length));
            return new Glossary(
                dto.Nouns.ToDictionary(p => Token.Fold(p.Key), p => p.Value, StringComparer.Ordinal),
                dto.Adjectives.ToDictionary(p => Token.Fold(p.Key), p => p.Value, StringComparer.Ordinal),
                phrases);
        }

        public string? Noun(string folded) => _nouns.GetValueOrDefault(folded);

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
        public (string English, int Length)? Phrase(string[] folded, int k)
        {
            foreach (var (words, english) in _phrases)
            {
                if (k + words.Length <= folded.Length)
                {
                    var all = true;
                    for (var i = 0; i < words.Length && all; i++)
                    {
                        all = folded[k + i] == words[i];
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
