using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace AmnestyArchive.Web;

/// <summary>
/// PostgreSQL cannot store or compare text that holds a NUL character (U+0000): a query or form
/// value with one failed deep inside a search or an edit, as a server error. No text in the archive
/// can contain it, so a request that carries one in its path, its query string or a URL-encoded
/// form is answered here with 400 and the reason: an error page for people, RFC 9457 problem
/// details under <c>/api</c>. A URL-encoded form that ASP.NET Core cannot read (it refuses a NUL
/// in a value itself, which used to surface from model binding as a 500) gets the same answer.
/// Multipart uploads are left to the importer, which rejects binary files with its own message.
/// </summary>
internal sealed class NulCharacterMiddleware(RequestDelegate next)
{
    /// <summary>Where the error page finds the reason (the status-code page re-executes with the same context).</summary>
    public const string ReasonKey = "archive.bad-request-reason";

    public const string Reason = "The request contains a NUL character (%00), which no text in the archive can contain.";

    public async Task InvokeAsync(HttpContext context)
    {
        // The error page it re-executes to sees the same request (and form) again.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is null && await RefusalAsync(context.Request) is { } reason)
        {
            await RefuseAsync(context, reason);
            return;
        }

        await next(context);
    }

    /// <summary>Why the request cannot be served, or null.</summary>
    private static async Task<string?> RefusalAsync(HttpRequest request)
    {
        if (request.Path.Value?.Contains('\0') == true)
        {
            return Reason;
        }

        // A NUL can reach a decoded value only as "%00" in the raw query (Kestrel refuses a raw
        // one), so the decoded values are read only when that is there.
        if (request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true
            && request.Query.Any(p => p.Key.Contains('\0') || p.Value.Any(v => v?.Contains('\0') == true)))
        {
            return Reason;
        }

        if (request.HasFormContentType && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                // Read once here; model binding and the antiforgery check reuse the parsed form.
                await request.ReadFormAsync(request.HttpContext.RequestAborted);
            }
            catch (InvalidDataException e)
            {
                // ASP.NET Core refuses a form value with a NUL in it, or a form past its limits.
                return "The form could not be read: " + e.Message;
            }
        }

        return null;
    }

    private static async Task RefuseAsync(HttpContext context, string reason)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }

            await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: reason).ExecuteAsync(context);
            return;
        }

        // The error page is re-executed with this request: it must not try to read the form again.
        context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Items[ReasonKey] = reason;
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
