using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AmnestyArchive.Web.Tests.Infrastructure;
using Json.Schema;
using Microsoft.OpenApi;

namespace AmnestyArchive.Web.Tests.Pages.Api;

public sealed class ApiTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private ArchiveData Data => new(Factory.Services);

    private static readonly JsonSchema StatementSchema = JsonSchema.FromText("""
        {
          "type": "object",
          "required": ["id", "url", "title", "publisher", "publishedOn", "language", "originalSha256", "blocks", "quotes", "citations", "demands", "revisions"],
          "properties": {
            "id": { "type": "string" }, "url": { "type": "string", "format": "uri" }, "publishedOn": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" },
            "originalSha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" },
            "blocks": { "type": "array", "items": { "type": "object", "required": ["anchor", "kind", "text", "start", "end"],
              "properties": { "anchor": { "type": "string" }, "start": { "type": "integer" }, "end": { "type": "integer" } } } },
            "quotes": { "type": "array", "items": { "type": "object", "required": ["id", "url", "text", "speaker", "start", "end", "tags"],
              "properties": { "speaker": { "type": "object", "required": ["slug", "name", "url"] }, "tags": { "type": "array" } } } },
            "citations": { "type": "array", "items": { "type": "object", "required": ["surface", "instrument", "start", "end"] } },
            "demands": { "type": "array", "items": { "type": "object", "required": ["id", "text", "addressee"] } },
            "revisions": { "type": "array", "minItems": 1, "items": { "type": "object", "required": ["number", "sha256", "url"] } }
          }
        }
        """);

    private static readonly JsonSchema AnnotationSchema = JsonSchema.FromText("""
        {
          "type": "object",
          "required": ["id", "type", "target", "body"],
          "properties": {
            "type": { "const": "Annotation" },
            "body": { "type": "array" },
            "target": {
              "type": "object", "required": ["source", "selector"],
              "properties": {
                "source": { "type": "string" },
                "selector": { "type": "array", "minItems": 2, "items": { "oneOf": [
                  { "type": "object", "required": ["type", "exact", "prefix", "suffix"], "properties": { "type": { "const": "TextQuoteSelector" } } },
                  { "type": "object", "required": ["type", "start", "end"], "properties": { "type": { "const": "TextPositionSelector" }, "start": { "type": "integer" }, "end": { "type": "integer" } } }
                ] } }
              }
            }
          }
        }
        """);

    private static void AssertValid(JsonSchema schema, JsonNode? node)
    {
        var result = schema.Evaluate(node, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public async Task Get_Statement_MatchesItsSchema()
    {
        var statement = await Data.AddStatementAsync();
        using var client = NewClient();

        var node = JsonNode.Parse(await client.Http.GetStringAsync($"/api/v1/statements/{statement.PublicId}"));

        AssertValid(StatementSchema, node);
        Assert.Equal(statement.PublicId, node!["id"]!.GetValue<string>());
        Assert.Equal("agnes-callamard", node["quotes"]![0]!["speaker"]!["slug"]!.GetValue<string>());
        Assert.Equal("article-2-4", node["citations"]![0]!["provision"]!["slug"]!.GetValue<string>());
        Assert.Equal(4, node["blocks"]!.AsArray().Count);
    }

    [Fact]
    public async Task Get_StatementApi_RefusesDraftsAndAnswers410ForWithdrawn()
    {
        var draft = await Data.AddStatementAsync(s => s.Status = Web.Domain.StatementStatus.Draft);
        var withdrawn = await Data.AddStatementAsync(s => { s.Status = Web.Domain.StatementStatus.Withdrawn; s.WithdrawalReason = "Wrong text"; });
        using var client = NewClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/api/v1/statements/{draft.PublicId}")).StatusCode);
        var gone = await client.Http.GetAsync($"/api/v1/statements/{withdrawn.PublicId}");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal("Wrong text", JsonNode.Parse(await gone.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/api/v1/quotes/{draft.QuoteIds[0]}")).StatusCode);
    }

    [Fact]
    public async Task Get_QuoteAnnotation_IsAWebAnnotationWithSelectorsIntoTheStatement()
    {
        var statement = await Data.AddStatementAsync();
        using var client = NewClient();

        var response = await client.Http.GetAsync($"/api/v1/quotes/{statement.QuoteIds[0]}/annotation");
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var node = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        AssertValid(AnnotationSchema, node);
        Assert.Equal("http://www.w3.org/ns/anno.jsonld", node["@context"]!.GetValue<string>());
        var target = node["target"]!;
        Assert.EndsWith($"/s/{statement.PublicId}", target["source"]!.GetValue<string>(), StringComparison.Ordinal);
        var quoteSelector = target["selector"]![0]!;
        var exact = quoteSelector["exact"]!.GetValue<string>();
        Assert.Equal("This attack is an act of aggression that puts countless civilians at risk", exact);
        var start = target["selector"]![1]!["start"]!.GetValue<int>();
        var end = target["selector"]![1]!["end"]!.GetValue<int>();
        Assert.Equal(exact, statement.NormalizedText[start..end]);
        Assert.EndsWith("“", quoteSelector["prefix"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith(",”", quoteSelector["suffix"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(node["body"]!.AsArray(), b => b!["purpose"]!.GetValue<string>() == "tagging" && b["value"]!.GetValue<string>() == "Armed conflict");
    }

    [Fact]
    public async Task Get_StatementAnnotations_IsACollectionOfItsQuotes()
    {
        var statement = await Data.AddStatementAsync();
        using var client = NewClient();

        var node = JsonNode.Parse(await client.Http.GetStringAsync($"/api/v1/statements/{statement.PublicId}/annotations"))!;

        Assert.Equal("AnnotationCollection", node["type"]!.GetValue<string>());
        Assert.Equal(1, node["total"]!.GetValue<int>());
        var items = node["first"]!["items"]!.AsArray();
        AssertValid(AnnotationSchema, items[0]);
    }

    [Fact]
    public async Task Get_EntitiesAndSearch_AnswerJson()
    {
        var statement = await Data.AddStatementAsync();
        using var client = NewClient();

        var speakers = JsonNode.Parse(await client.Http.GetStringAsync("/api/v1/speakers"))!.AsArray();
        Assert.Equal(1, speakers.Single(s => s!["slug"]!.GetValue<string>() == "agnes-callamard")!["count"]!.GetValue<int>());
        var speaker = JsonNode.Parse(await client.Http.GetStringAsync("/api/v1/speakers/agnes-callamard"))!;
        Assert.Equal(statement.QuoteIds[0], speaker["latestQuotes"]![0]!["id"]!.GetValue<string>());
        var instrument = JsonNode.Parse(await client.Http.GetStringAsync("/api/v1/instruments/un-charter"))!;
        Assert.Equal("Article 2(4)", instrument["provisions"]![0]!["name"]!.GetValue<string>());
        var actor = JsonNode.Parse(await client.Http.GetStringAsync("/api/v1/actors/venezuela"))!;
        Assert.Equal(statement.DemandIds[1], actor["latestDemands"]![0]!["id"]!.GetValue<string>());
        var tags = JsonNode.Parse(await client.Http.GetStringAsync("/api/v1/tags"))!.AsArray();
        Assert.Contains(tags, t => t!["slug"]!.GetValue<string>() == "armed-conflict");
        var citations = JsonNode.Parse(await client.Http.GetStringAsync("/api/v1/citations?instrument=un-charter"))!;
        Assert.Equal(1, citations["total"]!.GetValue<int>());
        var demand = JsonNode.Parse(await client.Http.GetStringAsync($"/api/v1/demands/{statement.DemandIds[0]}"))!;
        Assert.Equal("united-states", demand["addressee"]!["slug"]!.GetValue<string>());
        var list = JsonNode.Parse(await client.Http.GetStringAsync("/api/v1/statements"))!;
        Assert.Equal(1, list["total"]!.GetValue<int>());

        var search = JsonNode.Parse(await client.Http.GetStringAsync("/api/v1/search?q=aggression&scope=quotes"))!;
        Assert.Equal(1, search["total"]!.GetValue<int>());
        Assert.Equal(statement.QuoteIds[0], search["hits"]![0]!["publicId"]!.GetValue<string>());
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(search["facets"]!.ToJsonString()).RootElement.ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/api/v1/speakers/nobody")).StatusCode);
    }

    [Fact]
    public async Task Get_OpenApiDocument_IsValidAndDescribesTheApi()
    {
        using var client = NewClient();
        var json = await client.Http.GetStringAsync("/openapi/v1.json");

        var result = OpenApiDocument.Parse(json, "json");

        Assert.NotNull(result.Document);
        Assert.Empty(result.Diagnostic?.Errors ?? []);
        var paths = result.Document!.Paths.Keys.ToList();
        foreach (var path in new[] { "/api/v1/statements", "/api/v1/statements/{id}", "/api/v1/quotes/{id}", "/api/v1/quotes/{id}/annotation",
                     "/api/v1/statements/{id}/annotations", "/api/v1/demands/{id}", "/api/v1/citations", "/api/v1/speakers", "/api/v1/instruments",
                     "/api/v1/actors", "/api/v1/tags", "/api/v1/search" })
        {
            Assert.Contains(path, paths);
        }

        Assert.DoesNotContain(paths, p => p.StartsWith("/account", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_ApiPage_ListsTheOperations()
    {
        using var client = NewClient();
        var page = await client.GetDocumentAsync("/api");
        var paths = page.QuerySelectorAll("td.api-path").Select(td => td.TextContent).ToList();
        Assert.Contains("GET /api/v1/quotes/{id}/annotation", paths);
        Assert.Contains("GET /api/v1/search", paths);
        Assert.NotNull(page.QuerySelector("a[href='/openapi/v1.json']"));
    }
}
