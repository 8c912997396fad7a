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
    }

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
