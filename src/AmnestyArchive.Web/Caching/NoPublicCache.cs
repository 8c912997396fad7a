namespace AmnestyArchive.Web.Caching;

/// <summary>The default when no public cache is registered: nothing is cached, so nothing to evict.</summary>
internal sealed class NoPublicCache : IPublicCache
{
    public Task StatementChangedAsync(int statementId, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
