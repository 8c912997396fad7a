using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace AmnestyArchive.Web.PublicSite;

/// <summary>
/// Caches anonymous GET and HEAD responses of public pages, varied by the whole query string.
/// Logged-in users always get a fresh page (their layout shows their name and a logout form
/// with an antiforgery token), and a response that sets a cookie is never stored. A request that
/// carries a status message for the next page ("You are logged out.", in the TempData cookie) is
/// not served from the cache either, or the message would never be shown.
/// </summary>
public sealed class PublicPagePolicy : IOutputCachePolicy
{
    public const string Name = "PublicPage";

    public static readonly TimeSpan Duration = TimeSpan.FromHours(1);

    /// <summary>The cookie that carries TempData (a status message) to the next page.</summary>
    public const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                        && context.HttpContext.User.Identity?.IsAuthenticated != true
                        && !request.Headers.ContainsKey("Authorization")
                        && !request.Cookies.ContainsKey("archive.auth")
                        && !request.Cookies.ContainsKey(TempDataCookie);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Duration;
        context.CacheVaryByRules.QueryKeys = new StringValues("*");
        context.Tags.Add(CacheTags.All);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (!StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || response.StatusCode is not (StatusCodes.Status200OK or StatusCodes.Status410Gone))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
