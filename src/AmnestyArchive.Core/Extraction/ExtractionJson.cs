using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmnestyArchive.Core.Extraction;

/// <summary>The JSON printed by the <c>extract</c> verb (schema: docs/extraction-json.md).</summary>
public static class ExtractionJson
{
    private static readonly ExtractionJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // The output goes to stdout and files, not into HTML: keep accents and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    });

    public static string Serialize(ExtractionResult r) => JsonSerializer.Serialize(r, Context.ExtractionResult);
}

[JsonSerializable(typeof(ExtractionResult))]
internal sealed partial class ExtractionJsonContext : JsonSerializerContext;
