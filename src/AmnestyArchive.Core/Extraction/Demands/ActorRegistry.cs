using AmnestyArchive.Core.Extraction.Text;

namespace AmnestyArchive.Core.Extraction;

/// <summary>An addressee of demands: a state, its authorities, an international body, a group.</summary>
public sealed record Actor(string Id, string Kind, string NameEn, string NameEs, string? CountryCode, IReadOnlyList<string> Aliases);

/// <summary>
/// Actors and their aliases, loaded from the embedded <c>actors.json</c>. Each state also yields
/// an "authorities" actor whose aliases come from the templates in the file, so that "Authorities
/// in Venezuela" and "the Venezuelan authorities" are one actor.
/// </summary>
public sealed class ActorRegistry
{
    private readonly Dictionary<string, Actor> _byId;

    // Organs of a state by the slug of each of their names ("fiscalia-general-de-la-republica"), and the English demonym of each state.
    private readonly Dictionary<string, string> _organs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _demonyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _states = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _constitutions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _capitals = new(StringComparer.Ordinal);

    // The phrases that name a body of a state on their own ("courts", "fuerzas armadas"), as word ids, with the body's id suffix ("courts").
    private readonly List<(int[] Words, string Body)> _bodies = [];

    // The ids of the words those phrases start with: most words start none, and are passed over at once.
    private readonly HashSet<int> _bodyFirstWords = [];

    private ActorRegistry(List<(Actor Actor, bool LowercaseOk)> actors, List<OrganDto> organs, List<StateDto> states, List<StateBodyDto> bodies)
    {
        foreach (var body in bodies)
        {
            foreach (var phrase in body.Generic)
            {
                _bodies.Add((Array.ConvertAll(phrase.Split(' '), w => Lexicon.Register(w).Id), body.Id));
            }
        }
        // Longest first, so that "fuerzas de seguridad" is not read as a shorter phrase.
        _bodies.Sort((x, y) => y.Words.Length.CompareTo(x.Words.Length));
        foreach (var (phrase, _) in _bodies)
        {
            _bodyFirstWords.Add(phrase[0]);
        }
        foreach (var organ in organs)
        {
            foreach (var name in organ.Names)
            {
                _organs[Citations.CitationResolver.Slug(name)] = organ.En;
            }
        }
        foreach (var state in states)
        {
            _demonyms[state.Code] = state.Demonym.En;
            _constitutions[state.Code] = state.Constitution ?? "Constitution of " + state.Name.En;
            var feminine = state.Demonym.EsFp.EndsWith('s') ? state.Demonym.EsFp[..^1] : state.Demonym.EsFp;
            foreach (var name in state.Aliases.Append(state.Name.En).Append(state.Name.Es).Append(state.Demonym.En).Append(state.Demonym.EsMs).Append(feminine).Append(state.Formal ?? state.Name.En))
            {
                _states.TryAdd(Citations.CitationResolver.Slug(name), state.Code);
            }
            foreach (var capital in state.Capitals ?? [])
            {
                _capitals.TryAdd(Citations.CitationResolver.Slug(capital), state.Code);
            }
        }
        Actors = actors.ConvertAll(a => a.Actor);
        _byId = Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var (actor, lowercaseOk) in actors)
        {
            foreach (var alias in actor.Aliases)
            {
                Matcher.Add(alias, actor, lowercaseOk);
            }
        }
        Matcher.Freeze();
    }

    /// <summary>The registry shipped with the library.</summary>
    public static ActorRegistry Default { get; } = Load();

    public IReadOnlyList<Actor> Actors { get; }

    internal PhraseMatcher<Actor> Matcher { get; } = new();

    public Actor? Find(string id) => _byId.GetValueOrDefault(id);

    // International bodies by each of their names as written ("CIDH", "Inter-American Commission on Human Rights").
    private Dictionary<string, Actor>? _bodiesByName;

    /// <summary>The international body one of whose names is exactly <paramref name="name"/>, or null.</summary>
    internal Actor? BodyNamed(string name)
    {
        if (_bodiesByName is null)
        {
            var byName = new Dictionary<string, Actor>(StringComparer.Ordinal);
            foreach (var actor in Actors)
            {
                if (actor.Kind == "international body")
                {
                    foreach (var alias in actor.Aliases)
                    {
                        byName.TryAdd(alias, actor);
                    }
                }
            }
            _bodiesByName = byName;
        }
        return _bodiesByName.GetValueOrDefault(name);
    }

    /// <summary>The English name of the organ of a state that <paramref name="name"/> names ("Fiscalía General de la República": "Attorney General's Office"), or null.</summary>
    internal string? Organ(string name) => _organs.GetValueOrDefault(Citations.CitationResolver.Slug(name));

    /// <summary>The ISO code of the state whose government a city stands for ("Jakarta", "Moscú"), or null.</summary>
    internal string? StateOfCapital(string city) => _capitals.GetValueOrDefault(Citations.CitationResolver.Slug(city));

    /// <summary>The ISO code of the state a name, alias or demonym names ("Kenya", "Kenyan", "mexicana"), or null.</summary>
    internal string? StateCode(string nameOrDemonym) => _states.GetValueOrDefault(Citations.CitationResolver.Slug(nameOrDemonym));

    /// <summary>
    /// The English title a state's constitution is cited by ("Constitution of the People's Republic of Bangladesh",
    /// "Political Constitution of the United Mexican States"); "Constitution of" and the short name where the
    /// registry gives none. Null for a code the registry does not hold.
    /// </summary>
    internal string? ConstitutionOf(string countryCode) => _constitutions.GetValueOrDefault(countryCode);

    /// <summary>"the United States", "the Philippines", "Kenya": a state's short name as it reads after "of".</summary>
    internal static string WithArticle(string name)
    {
        foreach (var start in (ReadOnlySpan<string>)["United ", "Republic ", "Democratic ", "Central African", "Dominican ", "Czech ", "Russian ", "Holy ",
                     "Netherlands", "Philippines", "Gambia", "Bahamas", "Maldives", "Comoros", "Seychelles", "Marshall ", "Solomon ", "Cook ", "Sudan", "State of "])
        {
            if (name.StartsWith(start, StringComparison.Ordinal))
            {
                return "the " + name;
            }
        }
        return name;
    }

    /// <summary>"Mexican" for MX; null for a code the registry does not hold.</summary>
    internal string? DemonymOf(string countryCode) => _demonyms.GetValueOrDefault(countryCode);

    /// <summary>The "authorities" actor of the state with this ISO code.</summary>
    public Actor? AuthoritiesOf(string countryCode) => Find(countryCode.ToLowerInvariant() + "-authorities");

    /// <summary>The state with this ISO code.</summary>
    public Actor? StateOf(string countryCode) => Find(countryCode.ToLowerInvariant());

    /// <summary>The id suffix of the body of a state that the words at <paramref name="i"/> name on their own ("tribunales": "courts"), or null.</summary>
    internal string? BodyAt(ReadOnlySpan<Token> words, int i) => BodyAt(words, i, out _);

    /// <summary>As <see cref="BodyAt(ReadOnlySpan{Token}, int)"/>, with the number of words the body's phrase takes.</summary>
    internal string? BodyAt(ReadOnlySpan<Token> words, int i, out int length)
    {
        length = 0;
        if (i >= words.Length || !_bodyFirstWords.Contains(words[i].WordId))
        {
            return null;
        }
        foreach (var (phrase, body) in _bodies)
        {
            if (i + phrase.Length <= words.Length)
            {
                var k = 0;
                while (k < phrase.Length && words[i + k].WordId == phrase[k])
                {
                    k++;
                }
                if (k == phrase.Length)
                {
                    length = k;
                    return body;
                }
            }
        }
        return null;
    }

    /// <summary>The body (see <see cref="BodyAt"/>) of the state with this ISO code: "courts" and PE, the Peruvian courts.</summary>
    internal Actor? BodyOf(string body, string countryCode) => Find(countryCode.ToLowerInvariant() + "-" + body);

    /// <summary>The Spanish masculine plural of a masculine singular demonym: "peruano" gives "peruanos", "francés" "franceses".</summary>
    internal static string SpanishPlural(string masculine)
    {
        if (masculine.Length == 0 || "aeiouAEIOU".Contains(masculine[^1]))
        {
            return masculine + "s";
        }
        // An accent on the last syllable goes when a syllable is added: "inglés", "ingleses"; "alemán", "alemanes".
        var stem = masculine.Length >= 2 && "áéíóú".Contains(masculine[^2])
            ? masculine[..^2] + "aeiou"["áéíóú".IndexOf(masculine[^2], StringComparison.Ordinal)] + masculine[^1]
            : masculine;
        return stem + "es";
    }

    private static ActorRegistry Load()
    {
        var dto = RegistryResource.Load("actors.json", RegistryJsonContext.Default.ActorFileDto);
        var list = new List<(Actor, bool)>();
        foreach (var s in dto.States)
        {
            var id = s.Code.ToLowerInvariant();
            var stateAliases = new List<string> { s.Name.En, s.Name.Es };
            stateAliases.AddRange(s.Aliases);
            var plural = SpanishPlural(s.Demonym.EsMs);
            string Fill(string template, string name) => template.Replace("{name}", name, StringComparison.Ordinal)
                .Replace("{demonym}", s.Demonym.En, StringComparison.Ordinal)
                .Replace("{adjFp}", s.Demonym.EsFp, StringComparison.Ordinal)
                .Replace("{adjMs}", s.Demonym.EsMs, StringComparison.Ordinal)
                .Replace("{adjMp}", plural, StringComparison.Ordinal);
            if (dto.StateTemplates is { } st)
            {
                stateAliases.AddRange(st.En.Select(t => Fill(t, s.Name.En)));
                stateAliases.AddRange(st.Es.Select(t => Fill(t, s.Name.Es)));
            }
            list.Add((new Actor(id, "state", s.Name.En, s.Name.Es, s.Code, stateAliases.Distinct().ToList()), false));

            var names = new List<string> { s.Name.En };
            names.AddRange(s.Aliases.Where(a => a.Length > 1));
            var authorities = new List<string>();
            foreach (var template in dto.AuthorityTemplates.En)
            {
                foreach (var name in names)
                {
                    authorities.Add(template.Replace("{name}", name, StringComparison.Ordinal).Replace("{demonym}", s.Demonym.En, StringComparison.Ordinal));
                }
            }
            foreach (var template in dto.AuthorityTemplates.Es)
            {
                authorities.Add(template.Replace("{name}", s.Name.Es, StringComparison.Ordinal)
                    .Replace("{adjFp}", s.Demonym.EsFp, StringComparison.Ordinal)
                    .Replace("{adjMs}", s.Demonym.EsMs, StringComparison.Ordinal));
            }
            list.Add((new Actor(id + "-authorities", "authorities", s.Demonym.En + " authorities",
                "Autoridades de " + s.Name.Es, s.Code, authorities.Distinct().ToList()), false));
            foreach (var body in dto.StateBodies ?? [])
            {
                // "the British government", "the Uzbekistani government": a state's other names stand for its demonym too.
                var aliases = body.Templates.En.Select(t => Fill(t, s.Name.En)).Concat(body.Templates.Es.Select(t => Fill(t, s.Name.Es)))
                    .Concat(s.Aliases.SelectMany(a => body.Templates.En.Where(t => t.StartsWith("{demonym} ", StringComparison.Ordinal)).Select(t => t.Replace("{demonym}", a, StringComparison.Ordinal))));
                var nameEn = body.NameEn is { } template ? template.Replace("{name}", WithArticle(s.Name.En), StringComparison.Ordinal) : s.Demonym.En + " " + body.En;
                list.Add((new Actor(id + "-" + body.Id, "state body", nameEn,
                    char.ToUpperInvariant(body.Es[0]) + body.Es[1..] + " de " + s.Name.Es, s.Code, aliases.Distinct().ToList()), false));
            }
        }
        foreach (var a in dto.Actors)
        {
            list.Add((new Actor(a.Id, a.Kind, a.Name.En, a.Name.Es, a.CountryCode, a.Aliases), a.MatchLowercase));
        }
        return new ActorRegistry(list, dto.Organs ?? [], dto.States, dto.StateBodies ?? []);
    }
}
