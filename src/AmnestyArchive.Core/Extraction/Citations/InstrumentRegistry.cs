using AmnestyArchive.Core.Extraction.Text;

namespace AmnestyArchive.Core.Extraction;

/// <summary>The number of a UN resolution, as the registry knows it.</summary>
public sealed record ResolutionNumber(string Body, string Number, string? Session);

/// <summary>A legal instrument of the registry (instruments.json).</summary>
public sealed record LegalInstrument(
    string Id,
    string Type,
    string Body,
    int Year,
    string NameEn,
    string NameEs,
    string? AbbrevEn,
    string? AbbrevEs,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> BackReferences,
    ResolutionNumber? Resolution);

/// <summary>A UN treaty body, which issues general comments.</summary>
public sealed record TreatyBody(string Id, string NameEn, string NameEs, string Abbrev, IReadOnlyList<string> Aliases, string TreatyId);

/// <summary>
/// The legal instruments the extractor recognises by name, loaded from the embedded
/// <c>instruments.json</c>. The web app seeds its instrument table from <see cref="Instruments"/>.
/// </summary>
public sealed class InstrumentRegistry
{
    // The words Spanish names of UN instruments start with: "Convención contra la Tortura", "Principios Básicos sobre ...".
    // Declared before Default, which reads it while it loads.
    private static readonly string[] SpanishHeads =
        ["Convención ", "Pacto ", "Principios ", "Declaración ", "Reglas ", "Protocolo ", "Directrices ", "Estatuto ", "Conjunto "];

    private readonly Dictionary<string, LegalInstrument> _byId;

    // The registered resolutions by number, each list in registry order.
    private readonly Dictionary<string, List<LegalInstrument>> _resolutionsByNumber = new(StringComparer.Ordinal);

    private InstrumentRegistry(IReadOnlyList<LegalInstrument> instruments, IReadOnlyList<TreatyBody> bodies)
    {
        Instruments = instruments;
        TreatyBodies = bodies;
        _byId = instruments.ToDictionary(i => i.Id, StringComparer.Ordinal);
        foreach (var i in instruments)
        {
            if (i.Resolution is { } r)
            {
                if (!_resolutionsByNumber.TryGetValue(r.Number, out var same))
                {
                    _resolutionsByNumber[r.Number] = same = [];
                }
                same.Add(i);
            }
        }
        foreach (var i in instruments)
        {
            foreach (var alias in Names(i))
            {
                Matcher.Add(alias, i);
            }
        }
        foreach (var b in bodies)
        {
            BodyMatcher.Add(b.NameEn, b);
            BodyMatcher.Add(b.NameEs, b);
            foreach (var a in b.Aliases)
            {
                BodyMatcher.Add(a, b);
            }
        }
        Matcher.Freeze();
        BodyMatcher.Freeze();
    }

    /// <summary>The registry shipped with the library.</summary>
    public static InstrumentRegistry Default { get; } = Load();

    public IReadOnlyList<LegalInstrument> Instruments { get; }

    public IReadOnlyList<TreatyBody> TreatyBodies { get; }

    internal PhraseMatcher<LegalInstrument> Matcher { get; } = new();

    internal PhraseMatcher<TreatyBody> BodyMatcher { get; } = new();

    public LegalInstrument? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The registered resolution with this number, if any ("2625", "60/147").</summary>
    internal LegalInstrument? FindResolution(string? body, string number)
    {
        if (_resolutionsByNumber.TryGetValue(number, out var same))
        {
            foreach (var i in same)
            {
                if (body is null || i.Resolution!.Body == body)
                {
                    return i;
                }
            }
        }
        return null;
    }

    private static IEnumerable<string> Names(LegalInstrument i)
    {
        yield return i.NameEn;
        yield return i.NameEs;
        if (i.AbbrevEn is not null)
        {
            yield return i.AbbrevEn;
        }
        if (i.AbbrevEs is not null)
        {
            yield return i.AbbrevEs;
        }
        foreach (var a in i.Aliases)
        {
            yield return a;
        }
        if (!IsUnInstrument(i))
        {
            yield break;
        }
        // "the UN Convention against Torture", "los Principios Básicos de las Naciones Unidas sobre el Empleo de la Fuerza":
        // a UN instrument is often named with the UN in its name.
        foreach (var name in (IEnumerable<string>)[i.NameEn, i.NameEs, .. i.Aliases])
        {
            if (UnPlaceInSpanish(name) is var at and >= 0)
            {
                yield return name.Insert(at, " de las Naciones Unidas");
                yield return name.Insert(at, " de la ONU");
            }
            else if (name.Length > 0 && char.IsUpper(name[0]) && !IsAllCapitals(name) && !name.StartsWith("UN ", StringComparison.Ordinal)
                     && !name.StartsWith("United Nations", StringComparison.Ordinal) && !name.StartsWith("The ", StringComparison.Ordinal))
            {
                yield return "UN " + name;
                yield return "United Nations " + name;
            }
        }
    }

    private static bool IsUnInstrument(LegalInstrument i) =>
        i.Body.StartsWith("UN ", StringComparison.Ordinal) || i.Body.Contains(" UN ", StringComparison.Ordinal)
        || i.Body.Contains("United Nations", StringComparison.Ordinal) || i.Body == "Human Rights Council";

    /// <summary>
    /// Where "de las Naciones Unidas" goes in the Spanish name of a UN instrument: after the capitalised words it opens
    /// with ("Principios Básicos| sobre el Empleo ...", "Convención| contra la Tortura"). -1 for a name that is not
    /// Spanish or already names the UN.
    /// </summary>
    private static int UnPlaceInSpanish(string name)
    {
        if (!SpanishHeads.Any(h => name.StartsWith(h, StringComparison.Ordinal)) || name.Contains("Naciones Unidas", StringComparison.Ordinal)
            || name.Contains("ONU", StringComparison.Ordinal))
        {
            return -1;
        }
        var at = name.IndexOf(' ');
        while (at + 1 < name.Length && char.IsUpper(name[at + 1]))
        {
            var next = name.IndexOf(' ', at + 1);
            if (next < 0)
            {
                return name.Length;
            }
            at = next;
        }
        return at;
    }

    private static bool IsAllCapitals(string name) => name.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static InstrumentRegistry Load()
    {
        var dto = RegistryResource.Load("instruments.json", RegistryJsonContext.Default.InstrumentFileDto);
        var instruments = dto.Instruments.ConvertAll(d => new LegalInstrument(
            d.Id, d.Type, d.Body, d.Year, d.Name.En, d.Name.Es, d.Abbrev.En, d.Abbrev.Es, d.Aliases, d.Backrefs,
            d.Resolution is { } r ? new ResolutionNumber(r.Body, r.Number, r.Session) : null));
        var bodies = dto.TreatyBodies.ConvertAll(b => new TreatyBody(b.Id, b.Name.En, b.Name.Es, b.Abbrev, b.Aliases, b.Treaty));
        return new InstrumentRegistry(instruments, bodies);
    }
}
