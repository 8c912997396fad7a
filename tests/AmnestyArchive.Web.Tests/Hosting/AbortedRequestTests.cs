using System.Collections.Concurrent;
using AmnestyArchive.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Serilog.Core;
using Serilog.Events;

namespace AmnestyArchive.Web.Tests.Hosting;

/// <summary>A request its client gives up on is logged as what it is, not as a server error.</summary>
public sealed class AbortedRequestTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    /// <summary>Keeps every event the portal logs; Serilog picks it up from the services.</summary>
    private sealed class CollectedEvents : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The condition was not met within 10 s.");
    }

    [Fact]
    public async Task Search_AbortedByTheClient_WhileWaitingOnPostgres_IsLoggedAtInformation_WithoutAnError()
    {
        await new ArchiveData(Factory.Services).AddStatementAsync();
        var logged = new CollectedEvents();
        using var portal = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILogEventSink>(logged)));
        using var client = portal.CreateClient();

        // A lock the search needs keeps the request waiting on PostgreSQL until its client gives up,
        // as wrk's connections do when a run ends.
        await using var blocker = new NpgsqlConnection(Factory.ConnectionString);
        await blocker.OpenAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await using (var lockEntries = new NpgsqlCommand("LOCK TABLE search_entries IN ACCESS EXCLUSIVE MODE", blocker, transaction))
        {
            await lockEntries.ExecuteNonQueryAsync();
        }

        using var giveUp = new CancellationTokenSource();
        var request = client.GetAsync("/search?q=attack", giveUp.Token);
        await EventuallyAsync(async () =>
        {
            await using var connection = new NpgsqlConnection(Factory.ConnectionString);
            await connection.OpenAsync();
            await using var waiting = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'search_entries'::regclass", connection);
            return (long)(await waiting.ExecuteScalarAsync())! > 0 ? "waiting" : null;
        });
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        var completed = await EventuallyAsync(() => Task.FromResult(logged.Events.FirstOrDefault(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal))));
        await transaction.RollbackAsync();

        Assert.Equal(LogEventLevel.Information, completed.Level);
        Assert.Null(completed.Exception);
        Assert.Equal("499", completed.Properties["StatusCode"].ToString());
        Assert.DoesNotContain(logged.Events, e => e.Level >= LogEventLevel.Error);
    }
}
