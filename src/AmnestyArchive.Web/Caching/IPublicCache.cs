namespace AmnestyArchive.Web.Caching;

/// <summary>
/// Tells the public site that a statement's published content changed (publish, correct,
/// withdraw), so that exactly the pages that show it are evicted, on every instance.
/// </summary>
public interface IPublicCache
{
    Task StatementChangedAsync(int statementId, CancellationToken cancellationToken = default);
}
