using System.Net;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Tests.Infrastructure;

namespace AmnestyArchive.Web.Tests.Pages.Admin;

public sealed class AuditTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    [Fact]
    public async Task Get_Audit_FiltersByActionAndEntity_AndPages()
    {
        await Factory.WithDbAsync(async db =>
        {
            var at = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
            for (var i = 0; i < 60; i++)
            {
                db.AuditEvents.Add(new AuditEvent
                {
                    At = at.AddMinutes(i), UserName = i % 2 == 0 ? "alice@example.org" : "bob@example.org", Action = i < 55 ? "edit-quote" : "publish",
                    EntityType = "Statement", EntityId = i < 55 ? "abc" : "xyz", Summary = $"event {i}",
                });
            }

            return await db.SaveChangesAsync();
        });
        using var client = await LoggedInAsync(AdminRoles);

        var all = await client.GetDocumentAsync("/admin/audit");
        Assert.Equal(50, all.QuerySelectorAll("table.audit tbody tr").Length);
        Assert.NotNull(all.QuerySelector("a[rel=next]"));
        var second = await client.GetDocumentAsync("/admin/audit?pageNumber=2");
        Assert.Equal(10, second.QuerySelectorAll("table.audit tbody tr").Length);

        var published = await client.GetDocumentAsync("/admin/audit?action=publish");
        Assert.Equal(5, published.QuerySelectorAll("table.audit tbody tr").Length);
        var byEntity = await client.GetDocumentAsync("/admin/audit?entity=Statement:xyz&user=alice");
        Assert.Equal(2, byEntity.QuerySelectorAll("table.audit tbody tr").Length);
        var byDate = await client.GetDocumentAsync("/admin/audit?from=2026-03-02");
        Assert.Empty(byDate.QuerySelectorAll("table.audit tbody tr"));
        var response = await client.Http.GetAsync("/admin/audit?from=2026-03-01&to=2026-03-01&action=edit-quote");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
