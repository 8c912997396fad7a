using System.Text.Json;

namespace AmnestyArchive.Web.PublicSite;

/// <summary>
/// Reads a quote's or demand's words out of a revision's <c>SnapshotJson</c>. The snapshot's exact
/// shape belongs to the publish workflow, so this looks for any object whose <c>publicId</c>
/// matches and reads its <c>text</c>, in any casing.
/// </summary>
public static class RevisionSnapshots
{
    public static string? FindText(string snapshotJson, string publicId)
    {
        try
        {
            using var document = JsonDocument.Parse(snapshotJson);
            return Find(document.RootElement, publicId);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Find(JsonElement element, string publicId)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                string? id = null, text = null;
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && property.Name.Equals("publicId", StringComparison.OrdinalIgnoreCase))
                    {
                        id = property.Value.GetString();
                    }
                    else if (property.Value.ValueKind == JsonValueKind.String && property.Name.Equals("text", StringComparison.OrdinalIgnoreCase))
                    {
                        text = property.Value.GetString();
                    }
                }

                if (id == publicId)
                {
                    return text;
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (Find(property.Value, publicId) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, publicId) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
