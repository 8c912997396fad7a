using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace AmnestyArchive.Web.Tests.Infrastructure;

/// <summary>
/// Fetches pages and submits their real forms, antiforgery token included, the way a browser
/// without JavaScript would.
/// </summary>
public sealed class BrowserClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public async Task<IDocument> GetDocumentAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {expected}, got {response.StatusCode}. {Shorten(body)}");
        return await ParseAsync(body);
    }

    public static async Task<IDocument> ParseAsync(string html)
    {
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(req => req.Content(html));
    }

    /// <summary>GETs <paramref name="url"/>, fills the form found by <paramref name="formSelector"/>, and posts it.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string url, string formSelector, Dictionary<string, string> values,
        string? submitSelector = null)
    {
        var document = await GetDocumentAsync(url);
        var form = document.QuerySelector<IHtmlFormElement>(formSelector)
                   ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}");
        return await SubmitAsync(url, form, values, submitSelector);
    }

    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, IHtmlFormElement form, Dictionary<string, string> values,
        string? submitSelector = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            fields.Add(new(input.Name!, input.Value));
                        }
                    }
                    else if (input.Type is not ("submit" or "button" or "image"))
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name!, select.Value ?? ""));
                    break;
            }
        }

        if (submitSelector is not null && form.QuerySelector(submitSelector) is IHtmlButtonElement button && !string.IsNullOrEmpty(button.Name))
        {
            fields.Add(new(button.Name!, button.Value));
        }

        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        if (submitSelector is not null && form.QuerySelector(submitSelector)?.GetAttribute("formaction") is { Length: > 0 } formAction)
        {
            target = formAction;
        }

        var method = (form.GetAttribute("method") ?? "get").ToUpperInvariant();
        if (method == "GET")
        {
            var query = string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
            return await Http.GetAsync(target + (target.Contains('?') ? "&" : "?") + query);
        }

        var enctype = form.GetAttribute("enctype");
        if (enctype == "multipart/form-data")
        {
            var multipart = new MultipartFormDataContent();
            foreach (var f in fields)
            {
                multipart.Add(new StringContent(f.Value), f.Key);
            }

            return await Http.PostAsync(target, multipart);
        }

        return await Http.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public async Task<string> GetAntiforgeryTokenAsync(string url)
    {
        var document = await GetDocumentAsync(url);
        return document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
               ?? throw new InvalidOperationException($"No antiforgery token on {url}");
    }

    private static string Shorten(string s) => s.Length > 1500 ? s[..1500] : s;

    public void Dispose() => Http.Dispose();
}
