using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AmnestyArchive.Web.Tests.Infrastructure;

namespace AmnestyArchive.Web.Tests.Pages.Statements;

public sealed partial class CiteTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private ArchiveData Data => new(Factory.Services);

    [Fact]
    public async Task Get_BibTeX_ParsesBackWithTheStatementsFields()
    {
        var statement = await Data.AddStatementAsync(s => s.Title = "Rights & wrongs: 100% {braced} title");
        using var client = NewClient();

        var response = await client.Http.GetAsync($"/s/{statement.PublicId}/cite.bib");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-bibtex", response.Content.Headers.ContentType?.MediaType);
        var fields = ParseBibTex(await response.Content.ReadAsStringAsync(), out var type, out var key);

        Assert.Equal("misc", type);
        Assert.Equal("s-" + statement.PublicId, key);
        Assert.Equal("{Amnesty International}", fields["author"]);
        Assert.Equal(@"{Rights \& wrongs: 100\% \{braced\} title}", fields["title"]);
        Assert.Equal("2026", fields["year"]);
        Assert.Equal("2026-02-03", fields["date"]);
        Assert.EndsWith($"/s/{statement.PublicId}", fields["url"], StringComparison.Ordinal);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", fields["urldate"]);
    }

    [Fact]
    public async Task Get_Ris_ParsesBackWithTheStatementsFields()
    {
        var statement = await Data.AddStatementAsync();
        using var client = NewClient();

        var text = await client.Http.GetStringAsync($"/s/{statement.PublicId}/cite.ris");
        var tags = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(line => Regex.Match(line, "^([A-Z][A-Z0-9])  - ?(.*)$"))
            .Select(m => { Assert.True(m.Success, "Not a RIS line"); return (Tag: m.Groups[1].Value, Value: m.Groups[2].Value); })
            .ToList();

        Assert.Equal("TY", tags[0].Tag);
        Assert.Equal("ELEC", tags[0].Value);
        Assert.Equal("ER", tags[^1].Tag);
        var map = tags.ToDictionary(t => t.Tag, t => t.Value);
        Assert.Equal("USA/Venezuela: Attack violates the UN Charter", map["TI"]);
        Assert.Equal("Amnesty International", map["PB"]);
        Assert.Equal("2026/02/03", map["DA"]);
        Assert.EndsWith($"/s/{statement.PublicId}", map["UR"], StringComparison.Ordinal);
        Assert.Equal("en", map["LA"]);
    }

    [Fact]
    public async Task Get_CslJson_ParsesBackWithTheStatementsFields()
    {
        var statement = await Data.AddStatementAsync();
        using var client = NewClient();

        using var json = JsonDocument.Parse(await client.Http.GetStringAsync($"/s/{statement.PublicId}/cite.json"));
        var item = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal("s-" + statement.PublicId, item.GetProperty("id").GetString());
        Assert.Equal("report", item.GetProperty("type").GetString());
        Assert.Equal("USA/Venezuela: Attack violates the UN Charter", item.GetProperty("title").GetString());
        Assert.Equal("Amnesty International", item.GetProperty("publisher").GetString());
        var parts = item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal([2026, 2, 3], parts);
        Assert.Equal(3, item.GetProperty("accessed").GetProperty("date-parts")[0].GetArrayLength());
        Assert.EndsWith($"/s/{statement.PublicId}", item.GetProperty("URL").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_QuoteCitations_NameTheSpeakerAndTheStatement()
    {
        var statement = await Data.AddStatementAsync();
        var quoteId = statement.QuoteIds[0];
        using var client = NewClient();

        var fields = ParseBibTex(await client.Http.GetStringAsync($"/q/{quoteId}/cite.bib"), out _, out var key);
        Assert.Equal("q-" + quoteId, key);
        Assert.Equal("{Agnès Callamard}", fields["author"]);
        Assert.Equal("{USA/Venezuela: Attack violates the UN Charter}", fields["booktitle"]);
        Assert.EndsWith($"/q/{quoteId}", fields["url"], StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await client.Http.GetStringAsync($"/q/{quoteId}/cite.json"));
        var item = json.RootElement[0];
        Assert.Equal("Agnès Callamard", item.GetProperty("author")[0].GetProperty("literal").GetString());
        Assert.Equal("USA/Venezuela: Attack violates the UN Charter", item.GetProperty("container-title").GetString());

        var ris = await client.Http.GetStringAsync($"/q/{quoteId}/cite.ris");
        Assert.Contains("AU  - Agnès Callamard\r\n", ris, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/q/{quoteId}/cite.doc")).StatusCode);
    }

    /// <summary>A small BibTeX reader: entry type, key, and fields whose values are balanced braces.</summary>
    private static Dictionary<string, string> ParseBibTex(string text, out string type, out string key)
    {
        var head = HeadRegex().Match(text);
        Assert.True(head.Success, "No BibTeX entry head");
        type = head.Groups[1].Value;
        key = head.Groups[2].Value;
        var fields = new Dictionary<string, string>();
        var i = head.Length;
        while (true)
        {
            var m = FieldRegex().Match(text, i);
            if (!m.Success)
            {
                break;
            }

            var start = m.Index + m.Length;
            var depth = 1;
            var j = start;
            while (depth > 0)
            {
                if (text[j] == '\\') { j += 2; continue; }
                depth += text[j] == '{' ? 1 : text[j] == '}' ? -1 : 0;
                j++;
            }

            fields[m.Groups[1].Value] = text[start..(j - 1)];
            i = j;
        }

        Assert.EndsWith("}", text.TrimEnd(), StringComparison.Ordinal);
        return fields;
    }

    [GeneratedRegex(@"^@(\w+)\{([^,]+),", RegexOptions.None, 1000)]
    private static partial Regex HeadRegex();

    [GeneratedRegex(@"\G,?\s*(\w+) = \{", RegexOptions.None, 1000)]
    private static partial Regex FieldRegex();
}
