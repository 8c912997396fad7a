using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace AmnestyArchive.Web.PublicSite;

/// <summary>
/// Listens on PostgreSQL's <c>archive_public_cache</c> channel and evicts the tags other
/// instances announce, so that a publish on one instance reaches the caches of all of them.
/// </summary>
public sealed class CacheInvalidationListener(
    IOutputCacheStore store,
    IConfiguration configuration,
    ILogger<CacheInvalidationListener> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = configuration.GetConnectionString(ArchiveDataExtensions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                var pending = new List<string>();
                connection.Notification += (_, e) => pending.Add(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {PublicPageCache.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // While the listener was down, other instances may have changed content unheard.
                await PublicPageCache.EvictLocallyAsync(store, [CacheTags.All], stoppingToken);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                    foreach (var payload in pending)
                    {
                        await PublicPageCache.EvictLocallyAsync(store, payload.Split('\n', StringSplitOptions.RemoveEmptyEntries), stoppingToken);
                    }

                    pending.Clear();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or IOException)
            {
                logger.LogWarning(ex, "Cache invalidation listener lost its connection; retrying in {Delay}", RetryDelay);
                try
                {
                    await Task.Delay(RetryDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
