namespace AmnestyArchive.Web;

/// <summary>Builds the portal; shared by <c>Program</c> and the command-line verbs.</summary>
public static class ArchiveApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddArchiveLogging()
            .AddArchiveData()
            .AddArchiveIdentity()
            .AddArchiveServices()
            .AddArchiveEditor()
            .AddArchivePublicSite()
            .AddArchiveWeb();
        var app = builder.Build();
        app.UseArchiveWeb();
        return app;
    }
}
