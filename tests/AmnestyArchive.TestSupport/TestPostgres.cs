using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AmnestyArchive.TestSupport;

/// <summary>
/// A throwaway PostgreSQL cluster for one test process: created with the machine's own
/// <c>initdb</c> in a temporary folder, started on a free loopback port, and removed when the
/// process exits. Set <c>ARCHIVE_TEST_POSTGRES</c> to an admin connection string to use an
/// existing server instead. As root, PostgreSQL's binaries run as the <c>postgres</c> user,
/// since the server refuses to run as root.
/// </summary>
public sealed class TestPostgres : IAsyncDisposable
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static TestPostgres? shared;

    private readonly string? dataDir;
    private readonly string? binDir;

    private TestPostgres(string adminConnectionString, string? dataDir, string? binDir)
    {
        AdminConnectionString = adminConnectionString;
        this.dataDir = dataDir;
        this.binDir = binDir;
    }

    /// <summary>Connection string to the <c>postgres</c> database, for creating test databases.</summary>
    public string AdminConnectionString { get; }

    /// <summary>The process-wide cluster, started on first use.</summary>
    public static async Task<TestPostgres> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (shared is null)
            {
                shared = await StartAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => shared.StopAsync().AsTask().GetAwaiter().GetResult();
            }

            return shared;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    private static async Task<TestPostgres> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable("ARCHIVE_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new TestPostgres(external, null, null);
        }

        var bin = FindBinDir();
        var dir = Path.Combine(Path.GetTempPath(), "archive-test-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", ["postgres:postgres", dir], asPostgres: false);
        }

        var data = Path.Combine(dir, "data");
        await RunAsync(Path.Combine(bin, "initdb"),
            ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"], asRoot);
        var port = FreePort();
        await RunAsync(Path.Combine(bin, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(dir, "log"), "-w", "-t", "60", "-o",
             $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
             "start"], asRoot);
        var cs = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true";
        return new TestPostgres(cs, dir, bin);
    }

    public async ValueTask StopAsync()
    {
        if (dataDir is null || binDir is null || !Directory.Exists(dataDir))
        {
            return;
        }

        try
        {
            await RunAsync(Path.Combine(binDir, "pg_ctl"), ["-D", Path.Combine(dataDir, "data"), "-m", "immediate", "-w", "stop"],
                Environment.UserName == "root");
        }
        catch (InvalidOperationException)
        {
            // Already stopped: nothing to do but remove the folder.
        }

        Directory.Delete(dataDir, recursive: true);
    }

    public ValueTask DisposeAsync() => StopAsync();

    private static string FindBinDir()
    {
        var fromEnv = Environment.GetEnvironmentVariable("PG_BIN");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(Path.Combine(fromEnv, "initdb")))
        {
            return fromEnv;
        }

        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var newest = Directory.GetDirectories(debian)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Dir, "initdb")))
                .OrderByDescending(d => d.Version)
                .FirstOrDefault();
            if (newest.Dir is not null)
            {
                return newest.Dir;
            }
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
        {
            if (File.Exists(Path.Combine(dir, "initdb")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException(
            "PostgreSQL's initdb was not found. Install the PostgreSQL server binaries (./test.sh does), " +
            "set PG_BIN to their folder, or set ARCHIVE_TEST_POSTGRES to an admin connection string.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string[] args, bool asPostgres)
    {
        var start = asPostgres
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", file, .. args])
            : new ProcessStartInfo(file, args);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}{await stdout}");
        }
    }
}
