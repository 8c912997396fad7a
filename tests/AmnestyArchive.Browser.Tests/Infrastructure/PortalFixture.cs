using System.Net;
using System.Net.Sockets;
using AmnestyArchive.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace AmnestyArchive.Browser.Tests.Infrastructure;

/// <summary>
/// The portal on real Kestrel (on a free loopback port) with its own PostgreSQL database, and a
/// headless Chromium driven by Playwright. Chromium is Debian's package: Playwright's own
/// download cannot run here, so the executable is given explicitly.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime, IDisposable
{
    private PortalFactory? factory;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public string ConnectionString { get; private set; } = "";
    public IServiceProvider Services => factory!.Services;

    public async Task InitializeAsync()
    {
        var postgres = await TestPostgres.GetAsync();
        ConnectionString = await postgres.CreateDatabaseAsync("archive_browser");
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        factory = new PortalFactory(ConnectionString);
        factory.UseKestrel(port);
        factory.StartServer();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ARCHIVE_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }

    public void Dispose()
    {
        playwright?.Dispose();
        factory?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class PortalFactory(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Archive", connectionString);
            builder.UseSetting("Archive:SeedsPath", Environment.GetEnvironmentVariable("ARCHIVE_TEST_SEEDS") ?? "");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "Portal";
}
