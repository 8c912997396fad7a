using System.Text.Json;
using AmnestyArchive.Core.Extraction;

namespace AmnestyArchive.Core.Tests;

/// <summary>
/// Golden cases: each <c>Fixtures/Golden/NAME.txt</c> is extracted and compared with
/// <c>NAME.expected.json</c>. Only the keys an expectation file holds are checked, so a case
/// about citations says nothing about quotes. Lists are compared whole and in order.
/// </summary>
public sealed class GoldenTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Golden");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    [Fact]
    public void Fixtures_AreThere_AndEachHasAnExpectation()
    {
        var texts = Directory.GetFiles(Folder, "*.txt");
        Assert.True(texts.Length >= 40, $"only {texts.Length} golden cases");
        foreach (var t in texts)
        {
            Assert.True(File.Exists(Path.ChangeExtension(t, null) + ".expected.json"), $"no expectation for {t}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_MatchesGolden(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name + ".txt"));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".expected.json")));
        var root = expected.RootElement;
        var result = StatementExtractor.Extract(text);

        if (root.TryGetProperty("language", out var language))
        {
            Assert.Equal(language.GetString(), result.Language);
        }
        if (root.TryGetProperty("title", out var title))
        {
            Assert.Equal(title.GetString(), result.Title);
        }
        if (root.TryGetProperty("published", out var published))
        {
            Assert.Equal(published.GetString(), result.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        if (root.TryGetProperty("blocks", out var blocks))
        {
            var kinds = blocks.EnumerateArray().Select(b => b.GetString() ?? "").ToList();
            Assert.Equal(kinds, result.Blocks.Select(b => KindName(b.Kind)).ToList());
        }
        if (root.TryGetProperty("quotes", out var quotes))
        {
            CheckQuotes(quotes, result);
        }
        if (root.TryGetProperty("citations", out var citations))
        {
            CheckCitations(citations, result);
        }
        if (root.TryGetProperty("demands", out var demands))
        {
            CheckDemands(demands, result);
        }
    }

    private static string KindName(BlockKind kind) => JsonSerializer.Serialize(kind).Trim('"');

    private static string Bare(string s) => s.TrimStart('"', '\'', ' ', '(');

    private static void CheckQuotes(JsonElement expected, ExtractionResult result)
    {
        var want = expected.EnumerateArray().ToList();
        var got = result.Quotes;
        Assert.True(want.Count == got.Count, $"expected {want.Count} quotes, got {got.Count}: {string.Join(" | ", got.Select(q => q.Text[..Math.Min(40, q.Text.Length)]))}");
        for (var i = 0; i < want.Count; i++)
        {
            var w = want[i];
            var q = got[i];
            var start = w.GetProperty("startsWith").GetString()!;
            Assert.True(Bare(q.Text).StartsWith(start, StringComparison.Ordinal), $"quote {i}: '{q.Text}' does not start with '{start}'");
            if (w.TryGetProperty("contains", out var contains))
            {
                Assert.Contains(contains.GetString()!, q.Text, StringComparison.Ordinal);
            }
            if (w.TryGetProperty("speaker", out var speaker))
            {
                Assert.Equal(speaker.GetString(), q.Speaker);
            }
            if (w.TryGetProperty("role", out var role))
            {
                Assert.Equal(role.GetString(), q.SpeakerRole);
            }
            if (w.TryGetProperty("speakerNamed", out var named))
            {
                Assert.Equal(named.GetBoolean(), q.SpeakerNamed);
            }
            if (w.TryGetProperty("kind", out var kind))
            {
                Assert.Equal(kind.GetString(), q.Kind == QuoteKind.PullQuote ? "pullquote" : "inline");
            }
            if (w.TryGetProperty("repeats", out var repeats))
            {
                Assert.Equal(repeats.GetInt32(), q.RepeatsQuote);
            }
            if (w.TryGetProperty("firstBlock", out var firstBlock))
            {
                Assert.Equal(firstBlock.GetInt32(), q.FirstBlock);
            }
            if (w.TryGetProperty("lastBlock", out var lastBlock))
            {
                Assert.Equal(lastBlock.GetInt32(), q.LastBlock);
            }
        }
    }

    private static void CheckCitations(JsonElement expected, ExtractionResult result)
    {
        var want = expected.EnumerateArray().ToList();
        var got = result.Citations;
        Assert.True(want.Count == got.Count, $"expected {want.Count} citations, got {got.Count}: {string.Join(" | ", got.Select(c => c.Surface))}");
        for (var i = 0; i < want.Count; i++)
        {
            var w = want[i];
            var c = got[i];
            Assert.Equal(w.GetProperty("surface").GetString(), c.Surface);
            if (w.TryGetProperty("instrument", out var instrument))
            {
                Assert.Equal(instrument.GetString(), c.Instrument);
            }
            if (w.TryGetProperty("abbrev", out var abbrev))
            {
                Assert.Equal(abbrev.GetString(), c.Abbrev);
            }
            if (w.TryGetProperty("pinpoint", out var pinpoint))
            {
                Assert.Equal(pinpoint.GetString(), c.Pinpoint);
            }
            if (w.TryGetProperty("type", out var type))
            {
                Assert.Equal(type.GetString(), c.InstrumentType);
            }
        }
    }

    private static void CheckDemands(JsonElement expected, ExtractionResult result)
    {
        var want = expected.EnumerateArray().ToList();
        var got = result.Demands;
        Assert.True(want.Count == got.Count, $"expected {want.Count} demands, got {got.Count}: {string.Join(" | ", got.Select(d => d.Addressee + ": " + d.Text[..Math.Min(50, d.Text.Length)]))}");
        for (var i = 0; i < want.Count; i++)
        {
            var w = want[i];
            var d = got[i];
            var start = w.GetProperty("startsWith").GetString()!;
            Assert.True(Bare(d.Text).StartsWith(start, StringComparison.Ordinal), $"demand {i}: '{d.Text}' does not start with '{start}'");
            Assert.Equal(w.GetProperty("addressee").GetString(), d.Addressee);
            if (w.TryGetProperty("addresseeId", out var id))
            {
                Assert.Equal(id.GetString(), d.AddresseeId);
            }
            if (w.TryGetProperty("country", out var country))
            {
                Assert.Equal(country.GetString(), d.AddresseeCountry);
            }
            if (w.TryGetProperty("speaker", out var speaker))
            {
                Assert.Equal(speaker.GetString(), d.Speaker);
            }
            if (w.TryGetProperty("exact", out var exact))
            {
                Assert.Equal(exact.GetString(), d.Text);
            }
        }
    }
}
