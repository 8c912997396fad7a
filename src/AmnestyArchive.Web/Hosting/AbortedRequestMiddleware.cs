using Microsoft.AspNetCore.Diagnostics;

namespace AmnestyArchive.Web;

/// <summary>
/// A request its client gave up on (a closed tab, a load tester closing its connections) is not a
/// server error. The page's database command is cancelled with the request, which surfaces as an
/// <see cref="OperationCanceledException"/> (from PostgreSQL: 57014, "canceling statement due to
/// user request"); left alone it reached the request log as an error with a stack trace and a 500.
/// This middleware sits just inside the request log: it notes the abort at Debug and ends the
/// request with 499 (the status nginx introduced for "client closed request"), which the request
/// log records at Information. Anything else, and any exception while the client is still there,
/// goes on to the exception handler as before.
/// </summary>
internal sealed class AbortedRequestMiddleware(RequestDelegate next, ILogger<AbortedRequestMiddleware> logger)
{
    public const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (context.RequestAborted.IsCancellationRequested && ex is OperationCanceledException or IOException)
        {
            logger.LogDebug("{RequestMethod} {RequestPath} aborted by the client ({ExceptionType})",
                context.Request.Method, context.Request.Path, ex.GetType().Name);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = ClientClosedRequest;

                // Nobody is there to read an error page.
                if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
                {
                    statusCodePages.Enabled = false;
                }
            }
        }
    }
}
