using System.Text;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Importing;
using AmnestyArchive.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmnestyArchive.Web.Tests.Importing;

public sealed class StatementImporterTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private async Task<ImportOutcome> ImportAsync(byte[] bytes, string fileName = "statement.txt", Func<Task>? fault = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<StatementImporter>();
        importer.AfterStatementWritten = fault;
        return await importer.ImportAsync(new ImportRequest(bytes, fileName, "Amnesty International", null, null, "tester"));
    }

    private Task<int> CountAsync(Func<ArchiveDbContext, Task<int>> count) => Factory.WithDbAsync(count);

    [Fact]
    public async Task Import_SeedStatement_WritesStatementWithItsFacts()
    {
        var bytes = Fixtures.SeedStatement();
        var outcome = await ImportAsync(bytes);

        Assert.Equal(ImportStatus.Imported, outcome.Status);
        var statement = await Factory.WithDbAsync(db => db.Statements.AsNoTracking().Include(s => s.Blocks).SingleAsync());
        Assert.Equal(bytes, statement.OriginalBytes);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), statement.OriginalSha256);
        Assert.Equal(new DateOnly(2026, 2, 3), statement.PublishedOn);
        Assert.Equal(StatementStatus.Draft, statement.Status);
        Assert.Equal("p1", statement.Blocks.OrderBy(b => b.Ordinal).First().Anchor);
        Assert.True(await CountAsync(db => db.Quotes.CountAsync()) >= 5);
        Assert.True(await CountAsync(db => db.Citations.CountAsync(c => c.Instrument!.Slug == "un-charter")) >= 2);
        Assert.True(await CountAsync(db => db.Demands.CountAsync()) >= 3);
        Assert.Equal(1, await CountAsync(db => db.Persons.CountAsync(p => p.Name == "Agnès Callamard")));
        Assert.Equal(1, await CountAsync(db => db.AuditEvents.CountAsync(a => a.Action == "import")));
    }

    [Fact]
    public async Task Import_SameTextTwice_ReturnsExistingStatement()
    {
        var first = await ImportAsync(Encoding.UTF8.GetBytes(Fixtures.ShortStatement));
        // Same text, other bytes: a BOM and Windows line ends normalise away.
        var again = await ImportAsync([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Fixtures.ShortStatement.Replace("\n", "\r\n", StringComparison.Ordinal))]);

        Assert.Equal(ImportStatus.Imported, first.Status);
        Assert.Equal(ImportStatus.AlreadyExists, again.Status);
        Assert.Equal(first.PublicId, again.PublicId);
        Assert.Equal(1, await CountAsync(db => db.Statements.CountAsync()));
    }

    [Fact]
    public async Task Import_FailureAfterFirstWrites_LeavesNothingBehind()
    {
        var ex = await Assert.ThrowsAsync<IOException>(() =>
            ImportAsync(Fixtures.SeedStatement(), fault: () => throw new IOException("disk pulled out")));
        Assert.Equal("disk pulled out", ex.Message);

        Assert.Equal(0, await CountAsync(db => db.Statements.CountAsync()));
        Assert.Equal(0, await CountAsync(db => db.Blocks.CountAsync()));
        Assert.Equal(0, await CountAsync(db => db.Quotes.CountAsync()));
        Assert.Equal(0, await CountAsync(db => db.Persons.CountAsync()));
        Assert.Equal(0, await CountAsync(db => db.AuditEvents.CountAsync()));
        // And the same file still imports afterwards.
        Assert.Equal(ImportStatus.Imported, (await ImportAsync(Fixtures.SeedStatement())).Status);
    }

    public static TheoryData<byte[], string, string> BadFiles => new()
    {
        { [], "empty.txt", "empty" },
        { Encoding.UTF8.GetBytes("  \n\t \n"), "blank.txt", "empty" },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "picture.txt", "binary" },
        { [0x48, 0x6F, 0x6C, 0x61, 0x20, 0xE9, 0x74, 0xE9], "latin1.txt", "UTF-8" },
        { new byte[(2 * 1024 * 1024) + 1], "huge.txt", "limit" },
        { Encoding.UTF8.GetBytes("A statement."), "statement.pdf", "not a supported type" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Import_BadFile_IsRejectedWithClearError_AndWritesNothing(byte[] bytes, string fileName, string expected)
    {
        var outcome = await ImportAsync(bytes, fileName);

        Assert.Equal(ImportStatus.Rejected, outcome.Status);
        Assert.Contains(expected, outcome.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await CountAsync(db => db.Statements.CountAsync()));
    }

    [Fact]
    public async Task Import_Html_KeepsHeadingsAndParagraphs_AndDropsScripts()
    {
        const string html = """
            <html><head><title>x</title><script>alert(1)</script></head><body>
            <h1>Ruritania: free the activists</h1>
            <p>(London, 4 February 2026) The authorities of Ruritania must release the activists, Amnesty International said.</p>
            <p>“They did nothing but speak,” said Jane Doe.</p>
            </body></html>
            """;
        var outcome = await ImportAsync(Encoding.UTF8.GetBytes(html), "page.html");

        Assert.Equal(ImportStatus.Imported, outcome.Status);
        var statement = await Factory.WithDbAsync(db => db.Statements.AsNoTracking().Include(s => s.Blocks).SingleAsync());
        Assert.DoesNotContain("alert", statement.NormalizedText, StringComparison.Ordinal);
        Assert.Equal("Ruritania: free the activists", statement.Title);
        Assert.Equal(3, statement.Blocks.Count);
        Assert.Equal(Encoding.UTF8.GetBytes(html), statement.OriginalBytes);
    }

    [Fact]
    public async Task Import_HostileText_IsStoredAsText()
    {
        const string text = "<script>alert('x')</script> Robert'); DROP TABLE statements;-- said the \u202Eevil\u202C \u0000-free zalgo Z\u0361\u0332";
        var outcome = await ImportAsync(Encoding.UTF8.GetBytes(text.Replace("\u0000", "", StringComparison.Ordinal)));

        Assert.Equal(ImportStatus.Imported, outcome.Status);
        var stored = await Factory.WithDbAsync(db => db.Statements.AsNoTracking().Select(s => s.NormalizedText).SingleAsync());
        Assert.Contains("DROP TABLE statements", stored, StringComparison.Ordinal);
        Assert.Contains("<script>", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnnamedSpeaker_IsKeptAsTheQuotesDescription_NotAsAPerson()
    {
        const string text = """
            Raids on the coast

            "Our office documented 40 arbitrary arrests in a single week," said Daniel Mora, a researcher with the organization.

            "They came at night and took my brothers away," a 60-year-old fisherman from the coastal town told the organization. "The Venezuelan authorities must tell us where they are."
            """;
        Assert.Equal(ImportStatus.Imported, (await ImportAsync(Encoding.UTF8.GetBytes(text))).Status);

        var quotes = await Factory.WithDbAsync(db => db.Quotes.AsNoTracking().OrderBy(q => q.Ordinal)
            .Select(q => new { q.Text, Person = q.Person == null ? null : q.Person.Name, q.SpeakerRole }).ToListAsync());
        Assert.Equal(3, quotes.Count);
        Assert.Equal("Daniel Mora", quotes[0].Person);
        Assert.All(quotes.Skip(1), q =>
        {
            Assert.Null(q.Person);
            Assert.Equal("60-year-old fisherman from the coastal town", q.SpeakerRole);
        });
        Assert.Equal(["Daniel Mora"], await Factory.WithDbAsync(db => db.Persons.Select(p => p.Name).ToListAsync()));
        // The demand in the fisherman's words has no named speaker either.
        var demand = await Factory.WithDbAsync(db => db.Demands.AsNoTracking().Select(d => new { d.Text, d.SpeakerId }).SingleAsync());
        Assert.Contains("The Venezuelan authorities must tell us", demand.Text, StringComparison.Ordinal);
        Assert.Null(demand.SpeakerId);
    }

    [Fact]
    public async Task Import_AddresseesNamedInTheText_BecomeActorsOfTheirCountry_OncePerName()
    {
        const string kenya = """
            Kenya: Protest deaths

            Parliament must reject the Public Order (Amendment) Bill. We urge Interior Minister Kipchumba Murkomen to withdraw his order.
            """;
        const string again = """
            Kenya: Another week of protests

            Parliament must also repeal the Computer Misuse Act.
            """;
        Assert.Equal(ImportStatus.Imported, (await ImportAsync(Encoding.UTF8.GetBytes(kenya))).Status);
        Assert.Equal(ImportStatus.Imported, (await ImportAsync(Encoding.UTF8.GetBytes(again))).Status);

        var actors = await Factory.WithDbAsync(db => db.Demands.AsNoTracking().OrderBy(d => d.Id)
            .Select(d => new { d.Actor!.Slug, d.Actor.Name, d.Actor.CountryCode }).ToListAsync());
        Assert.Equal(
            [("ke-parliament", "Kenyan Parliament", "KE"), ("ke-interior-minister-kipchumba-murkomen", "Interior Minister Kipchumba Murkomen", "KE"), ("ke-parliament", "Kenyan Parliament", "KE")],
            actors.Select(a => (a.Slug, a.Name, a.CountryCode)).ToList());
        Assert.Equal(1, await CountAsync(db => db.Actors.CountAsync(a => a.Slug == "ke-parliament")));
    }
}
