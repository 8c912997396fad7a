using AmnestyArchive.Web.Cli;
using AmnestyArchive.Web.Importing;
using AmnestyArchive.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmnestyArchive.Web.Tests.Cli;

/// <summary>The verify verb against the test database (it reads the connection string from the environment).</summary>
public sealed class VerifyVerbTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var outWriter = new StringWriter();
        using var errWriter = new StringWriter();
        Console.SetOut(outWriter);
        Console.SetError(errWriter);
        Environment.SetEnvironmentVariable("ConnectionStrings__Archive", Factory.ConnectionString);
        Environment.SetEnvironmentVariable("Archive__MigrateOnStartup", "false");
        try
        {
            return (await CommandLine.RunAsync(args), outWriter.ToString(), errWriter.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("ConnectionStrings__Archive", null);
            Environment.SetEnvironmentVariable("Archive__MigrateOnStartup", null);
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    [Fact]
    public async Task Verify_ExitsZero_WhenIntact_AndOne_AfterAByteChanges()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<StatementImporter>();
            await importer.ImportAsync(new ImportRequest(Fixtures.SeedStatement(), "seed.txt", "Amnesty International", null, null, "test"));
        }

        var intact = await RunAsync("verify");
        Assert.Equal(0, intact.Code);
        Assert.Contains("All intact", intact.Out, StringComparison.Ordinal);

        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE statements SET original_bytes = set_byte(original_bytes, 10, get_byte(original_bytes, 10) # 1)"));

        var broken = await RunAsync("verify");
        Assert.Equal(1, broken.Code);
        Assert.Contains("MISMATCH", broken.Err, StringComparison.Ordinal);
    }
}
