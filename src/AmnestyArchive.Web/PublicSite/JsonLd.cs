using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmnestyArchive.Web.PublicSite;

/// <summary>
/// schema.org JSON-LD for a page's <c>&lt;script type="application/ld+json"&gt;</c> block. The
/// default encoder escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so statement text cannot
/// close the script element.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Serialize(JsonObject node) => node.ToJsonString(Options);
}
