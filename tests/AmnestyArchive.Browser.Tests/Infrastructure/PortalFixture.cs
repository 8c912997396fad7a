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

        // The first page a fresh Chromium renders (its font cache) and the first request the
        // portal serves (JIT, the EF model, the layout) can take many seconds on a cold machine;
        // paying for them here keeps them out of the tests' own time limits.
        var warmUp = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl });
        var page = await warmUp.NewPageAsync();
        await page.GotoAsync("/", new PageGotoOptions { Timeout = 120_000 });
        await warmUp.CloseAsync();
    }

    /// <summary>
    /// Waits for the navigation a form submission starts to reach <paramref name="url"/>. When it
    /// does not, the failure says where the browser is and what the page says (a refusal, a
    /// validation message), not only that time ran out.
    /// </summary>
    public static async Task WaitForUrlAsync(IPage page, System.Text.RegularExpressions.Regex url)
    {
        try
        {
            // The pages are rendered on the server: once the document is parsed, what the test
            // reads is there. Waiting for "load" also waited on every stylesheet and script, and
            // on a loaded machine one slow subresource timed a passing test out.
            // The test projects run side by side on a small machine: a page may take far longer than it would alone.
            await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 90_000 });
        }
        catch (TimeoutException) when (url.IsMatch(page.Url))
        {
            // The browser is at the page, but the wait missed the navigation's own events (it had already been
            // committed when the wait began): the page's document being there is what the test needs.
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = 30_000 });
        }
        catch (TimeoutException e)
        {
            var alerts = await page.Locator("[role=alert]").AllTextContentsAsync();
            throw new TimeoutException(
                $"Expected a URL matching {url}; the browser is at {page.Url}. Alerts on the page: " +
                (alerts.Count == 0 ? "none" : string.Join(" | ", alerts.Select(a => a.Trim()))), e);
        }
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
