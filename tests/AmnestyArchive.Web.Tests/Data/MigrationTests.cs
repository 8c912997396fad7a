using AmnestyArchive.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Tests.Data;

public sealed class MigrationTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    [Fact]
    public async Task Model_HasNoChangesMissingFromTheMigrations()
    {
        Assert.False(await Factory.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())),
            "The EF model differs from the checked-in migrations: add a migration.");
        Assert.Empty(await Factory.WithDbAsync(db => db.Database.GetPendingMigrationsAsync()));
    }
}
