using AngleSharp.Dom;
using System.Net;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Tests.Infrastructure;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Tests.Pages;

/// <summary>
/// Every form that posts, on every editor and admin page reachable by links from /editor and
/// /admin, carries an antiforgery token, and its handler refuses the post without one.
/// </summary>
public sealed partial class AntiforgeryTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused_OnEveryEditorAndAdminForm()
    {
        var s = await EditorData.StatementAsync(Factory, status: StatementStatus.InReview);
        await Factory.WithDbAsync(async db =>
        {
            db.QuoteTags.Add(new QuoteTag { QuoteId = s.QuoteId, TagId = s.TagId });
            db.DemandTags.Add(new DemandTag { DemandId = s.DemandId, TagId = s.TagId });
            var quote = await db.Quotes.SingleAsync(q => q.Id == s.SecondQuoteId);
            quote.Kind = QuoteKind.PullQuote;
            return await db.SaveChangesAsync();
        });
        using var client = await LoggedInAsync(AdminRoles);

        var queue = new Queue<string>(["/editor", "/admin"]);
        var seen = new HashSet<string>(queue);
        var forms = new List<(string Page, string Action)>();
        // Registries are seeded with many entries: visit a couple of pages of each shape, not all.
        var shapes = new Dictionary<string, int>();
        while (queue.Count > 0 && seen.Count < 80)
        {
            var url = queue.Dequeue();
            var page = await client.GetDocumentAsync(url);
            foreach (var form in page.QuerySelectorAll<IHtmlFormElement>("form"))
            {
                if (!string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
                Assert.True(form.QuerySelector("input[name=__RequestVerificationToken]") is not null, $"A form on {url} posting to {action} has no antiforgery token");
                forms.Add((url, action));
            }

            foreach (var link in page.QuerySelectorAll<IHtmlAnchorElement>("a[href]"))
            {
                var href = link.GetAttribute("href")!;
                if ((href.StartsWith("/editor", StringComparison.Ordinal) || href.StartsWith("/admin", StringComparison.Ordinal))
                    && !href.Contains("handler=", StringComparison.Ordinal) && !href.Contains('#', StringComparison.Ordinal)
                    && (shapes[Digits().Replace(href, "#")] = shapes.GetValueOrDefault(Digits().Replace(href, "#")) + 1) <= 2 && seen.Add(href))
                {
                    queue.Enqueue(href);
                }
            }
        }

        var handlers = forms.Select(f => f.Action).Distinct().ToList();
        Assert.Contains(handlers, h => h.Contains("handler=Speaker", StringComparison.Ordinal));
        Assert.Contains(handlers, h => h.Contains("handler=Publish", StringComparison.Ordinal));
        Assert.Contains(handlers, h => h.Contains("/admin/fixity", StringComparison.Ordinal));
        Assert.Contains(handlers, h => h.StartsWith("/editor/import", StringComparison.Ordinal));
        Assert.Contains(handlers, h => h.Contains("handler=Merge", StringComparison.Ordinal) && h.StartsWith("/admin/actors", StringComparison.Ordinal));
        Assert.Contains(handlers, h => h.Contains("handler=Import", StringComparison.Ordinal));

        foreach (var action in handlers)
        {
            var response = await client.Http.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["Version"] = "1" }));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {action} without a token answered {response.StatusCode}");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+", System.Text.RegularExpressions.RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex Digits();
}
