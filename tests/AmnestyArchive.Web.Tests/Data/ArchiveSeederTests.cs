using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Data.Seeding;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AmnestyArchive.Web.Tests.Data;

public sealed class ArchiveSeederTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private async Task SeedFromRepositoryAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Archive:SeedsPath"] = Path.Combine(Fixtures.RepositoryRoot, "seeds") })
            .Build();
        var seeder = new ArchiveSeeder(sp.GetRequiredService<ArchiveDbContext>(), sp.GetRequiredService<RoleManager<IdentityRole>>(),
            sp, configuration, NullLogger<ArchiveSeeder>.Instance);
        await seeder.SeedAsync();
    }

    [Fact]
    public async Task Seed_FirstRun_ImportsAndPublishesSeedStatement_WithVocabularies()
    {
        await SeedFromRepositoryAsync();

        var statement = await Factory.WithDbAsync(db => db.Statements.AsNoTracking().SingleAsync());
        Assert.Equal(StatementStatus.Published, statement.Status);
        Assert.Equal("Amnesty International", statement.Publisher);
        Assert.Equal(1, statement.CurrentRevision);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Revisions.CountAsync()));
        Assert.True(await Factory.WithDbAsync(db => db.Tags.CountAsync()) >= 10);
    }

    [Fact]
    public async Task Seed_SecondRun_ChangesNothing()
    {
        await SeedFromRepositoryAsync();
        var before = await Factory.WithDbAsync(async db => (await db.Statements.CountAsync(), await db.Tags.CountAsync(), await db.Instruments.CountAsync(), await db.Actors.CountAsync(), await db.Countries.CountAsync()));
        await SeedFromRepositoryAsync();
        var after = await Factory.WithDbAsync(async db => (await db.Statements.CountAsync(), await db.Tags.CountAsync(), await db.Instruments.CountAsync(), await db.Actors.CountAsync(), await db.Countries.CountAsync()));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Seed_LoadsRegistries()
    {
        Assert.True(await Factory.WithDbAsync(db => db.Instruments.CountAsync()) >= 60);
        Assert.True(await Factory.WithDbAsync(db => db.Instruments.AnyAsync(i => i.Slug == "un-charter" && i.NameEs != null)));
        Assert.True(await Factory.WithDbAsync(db => db.Actors.AnyAsync(a => a.Slug == "ve-authorities" && a.CountryCode == "VE")));
        Assert.True(await Factory.WithDbAsync(db => db.Countries.AnyAsync(c => c.Code == "VE" && c.NameEs == "Venezuela")));
    }
}
