using AmnestyArchive.Web.Data.Seeding;

namespace AmnestyArchive.Web;

public static class ArchiveServicesExtensions
{
    /// <summary>The archive's own services: seeding, and the application services of each feature.</summary>
    public static WebApplicationBuilder AddArchiveServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ArchiveSeeder>();
        builder.Services.AddScoped<Importing.StatementImporter>();
        return builder;
    }
}
