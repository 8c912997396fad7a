using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmnestyArchive.Core.Extraction;

internal sealed record LocalizedName(string En, string Es);

internal sealed record LocalizedAbbrev(string? En, string? Es);

internal sealed record InstrumentDto(
    string Id, string Type, string Body, int Year, LocalizedName Name, LocalizedAbbrev Abbrev,
    List<string> Aliases, List<string> Backrefs, ResolutionDto? Resolution);

internal sealed record ResolutionDto(string Body, string Number, string? Session);

internal sealed record TreatyBodyDto(string Id, LocalizedName Name, string Abbrev, List<string> Aliases, string Treaty);

internal sealed record InstrumentFileDto(List<TreatyBodyDto> TreatyBodies, List<InstrumentDto> Instruments);

internal sealed record DemonymDto(string En, string EsMs, string EsFp);

/// <summary>A state; <c>Capitals</c> are the cities that stand for its government ("the authorities in Jakarta").</summary>
internal sealed record StateDto(string Code, LocalizedName Name, DemonymDto Demonym, List<string> Aliases, string? Formal = null, string? Constitution = null, List<string>? Capitals = null);

/// <summary>An actor named in the file; <c>CountryCode</c> when it is one state's own body ("US Department of Homeland Security").</summary>
internal sealed record ActorDto(string Id, string Kind, LocalizedName Name, List<string> Aliases, bool MatchLowercase, string? CountryCode = null);

internal sealed record AuthorityTemplatesDto(List<string> En, List<string> Es);

internal sealed record OrganDto(string En, List<string> Names);

/// <summary>A body every state has, named in lower case ("Peruvian judges", "los tribunales", "the military"): one actor per state.</summary>
internal sealed record StateBodyDto(string Id, string En, string Es, List<string> Generic, AuthorityTemplatesDto Templates, string? NameEn = null);

internal sealed record ActorFileDto(AuthorityTemplatesDto AuthorityTemplates, AuthorityTemplatesDto? StateTemplates, List<StateBodyDto>? StateBodies,
    List<OrganDto>? Organs, List<StateDto> States, List<ActorDto> Actors);

/// <summary>
/// The glossary of <c>spanish-words.json</c>: Spanish words of the names of public bodies and laws, folded, with their
/// English forms; joiners are the words between a name's parts ("que regula": "Regulating"), verbs the infinitives
/// a law's subject may open with ("para Prevenir y Sancionar ...").
/// </summary>
internal sealed record SpanishWordsDto(Dictionary<string, string> Phrases, Dictionary<string, string> Nouns, Dictionary<string, string> Adjectives,
    Dictionary<string, string>? Joiners = null, Dictionary<string, string>? Verbs = null);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(InstrumentFileDto))]
[JsonSerializable(typeof(ActorFileDto))]
[JsonSerializable(typeof(SpanishWordsDto))]
internal sealed partial class RegistryJsonContext : JsonSerializerContext;

internal static class RegistryResource
{
    public static T Load<T>(string name, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
    {
        using var stream = typeof(RegistryResource).Assembly.GetManifestResourceStream("AmnestyArchive.Core.Extraction." + name)
            ?? throw new InvalidOperationException($"Embedded registry {name} is missing from the build.");
        return JsonSerializer.Deserialize(stream, info) ?? throw new InvalidOperationException($"Registry {name} is empty.");
    }
}
