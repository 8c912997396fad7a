using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AmnestyArchive.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the portal or a database.</summary>
internal sealed class DesignTimeArchiveDbContextFactory : IDesignTimeDbContextFactory<ArchiveDbContext>
{
    public ArchiveDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ArchiveDbContext>();
        ArchiveDataExtensions.Configure(options, "Host=localhost;Database=design_time");
        return new ArchiveDbContext(options.Options);
    }
}
