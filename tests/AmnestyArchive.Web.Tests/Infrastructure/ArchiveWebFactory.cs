using AmnestyArchive.TestSupport;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Data.Seeding;
using AmnestyArchive.Web.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;

namespace AmnestyArchive.Web.Tests.Infrastructure;

/// <summary>
/// The portal on a real PostgreSQL database of its own, reset with Respawn before each test.
/// </summary>
public sealed class ArchiveWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string StrongPassword = "correct horse battery staple";

    private Respawner? respawner;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var postgres = await TestPostgres.GetAsync();
        ConnectionString = await postgres.CreateDatabaseAsync("archive_web");
        _ = Services; // builds and starts the host: migrations and seeding run now
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__ef_migrations_history"],
        });
    }

    /// <summary>Empties every table, then runs the seeder again, as a fresh start would.</summary>
    public async Task ResetAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using (var allow = new NpgsqlCommand("SET archive.allow_revision_delete = on", connection))
            {
                await allow.ExecuteNonQueryAsync();
            }

            await respawner!.ResetAsync(connection);
        }

        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ArchiveSeeder>().SeedAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Archive", ConnectionString);
        builder.UseSetting("Archive:SeedsPath", "");
    }

    /// <summary>Creates an account directly, with the given roles (none for a plain user).</summary>
    public async Task<ArchiveUser> CreateUserAsync(string email, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ArchiveUser>>();
        var user = new ArchiveUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, StrongPassword);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }

        return user;
    }

    public async Task<T> WithDbAsync<T>(Func<ArchiveDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>());
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

[CollectionDefinition(Name)]
public sealed class ArchiveCollection : ICollectionFixture<ArchiveWebFactory>
{
    public const string Name = "Archive";
}

/// <summary>Base for integration tests: a clean database before each test, and a browser-like client.</summary>
[Collection(ArchiveCollection.Name)]
public abstract class ArchiveTest(ArchiveWebFactory factory) : IAsyncLifetime
{
    protected ArchiveWebFactory Factory { get; } = factory;

    public virtual Task InitializeAsync() => Factory.ResetAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A client that keeps cookies and does not follow redirects, so tests can see them.</summary>
    protected BrowserClient NewClient() =>
        new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A client logged in as a new user with the given roles.</summary>
    protected async Task<BrowserClient> LoggedInAsync(params string[] roles)
    {
        var email = $"user{Guid.NewGuid():N}@example.org";
        await Factory.CreateUserAsync(email, roles);
        var client = NewClient();
        var response = await client.SubmitFormAsync("/account/login", "form", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = ArchiveWebFactory.StrongPassword,
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    protected static readonly string[] EditorRoles = [Roles.Editor];
    protected static readonly string[] AdminRoles = [Roles.Admin, Roles.Editor];
}
