using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AmnestyArchive.Web.Pages;

/// <summary>Error and status-code page (404 and friends), re-executed by the status-code middleware.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";
    public string Message { get; private set; } = "The archive could not answer this request. Please try again.";
    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var status = code ?? 500;
        Response.StatusCode = status;
        (Heading, Message) = status switch
        {
            404 => ("Page not found", "There is nothing at this address. If you followed a link to the archive, please tell us."),
            400 => ("Bad request", HttpContext.Items[NulCharacterMiddleware.ReasonKey] as string
                                   ?? "The request could not be understood. If you sent a form, reload the page and try again."),
            403 => ("Forbidden", "You do not have access to this page."),
            405 => ("Method not allowed", "This address does not accept that kind of request."),
            _ => (Heading, Message),
        };
    }
}
