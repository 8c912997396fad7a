using System.Text.Json;
using AmnestyArchive.Core.Extraction;

namespace AmnestyArchive.Core.Tests;

public sealed class JsonTests
{
    [Fact]
    public void Serialize_WritesTheDocumentedCamelCaseShape()
    {
        var text = "Martes, 03 de febrero, 2026\n\n\u201CThe Egyptian authorities must free Agn\u00E8s now,\u201D said Agn\u00E8s Callamard, Secretary General. Article 6 of the ICCPR applies.";
        var json = ExtractionJson.Serialize(StatementExtractor.Extract(text));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("2026-02-03", root.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("title").ValueKind);
        var quote = root.GetProperty("quotes")[0];
        Assert.Equal("Agnès Callamard", quote.GetProperty("speaker").GetString());
        Assert.Equal("Secretary General", quote.GetProperty("role").GetString());
        Assert.Equal("inline", quote.GetProperty("kind").GetString());
        var citation = root.GetProperty("citations")[0];
        Assert.Equal("Article 6", citation.GetProperty("pinpoint").GetString());
        Assert.Equal("ICCPR", citation.GetProperty("abbrev").GetString());
        Assert.Equal("treaty", citation.GetProperty("type").GetString());
        var demand = root.GetProperty("demands")[0];
        Assert.Equal("Egyptian authorities", demand.GetProperty("addressee").GetString());
        Assert.Equal("EG", demand.GetProperty("country").GetString());
        Assert.Equal("dateline", root.GetProperty("blocks")[0].GetProperty("kind").GetString());
        Assert.Contains("Agnès", json, StringComparison.Ordinal); // not \u00e8
    }
}
