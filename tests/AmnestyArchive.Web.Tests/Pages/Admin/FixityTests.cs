using System.Net;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Editing;
using AmnestyArchive.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AmnestyArchive.Web.Tests.Pages.Admin;

public sealed class FixityTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private async Task<FixityReport> VerifyAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FixityVerifier>().VerifyAsync();
    }

    [Fact]
    public async Task VerifyAsync_ReportsIntact_ForUntouchedOriginalsAndRevisions()
    {
        var s = await EditorData.StatementAsync(Factory, status: StatementStatus.InReview);
        using var client = await LoggedInAsync(EditorRoles);
        await client.SubmitFormAsync($"/editor/statements/{s.Id}/workflow", "form.publish-form", []);
        var report = await VerifyAsync();
        Assert.True(report.IsIntact, string.Join("; ", report.Mismatches));
        Assert.Equal(1, report.OriginalsChecked);
        Assert.Equal(1, report.RevisionsChecked);
    }

    [Fact]
    public async Task VerifyAsync_CatchesAByteChangedInTheDatabase()
    {
        var s = await EditorData.StatementAsync(Factory);
        await using (var connection = new NpgsqlConnection(Factory.ConnectionString))
        {
            await connection.OpenAsync();
            // Flip the first byte of the stored original.
            await using var tamper = new NpgsqlCommand(
                "UPDATE statements SET original_bytes = set_byte(original_bytes, 0, get_byte(original_bytes, 0) # 1) WHERE id = @id", connection);
            tamper.Parameters.AddWithValue("id", s.Id);
            Assert.Equal(1, await tamper.ExecuteNonQueryAsync());
        }

        var report = await VerifyAsync();
        var mismatch = Assert.Single(report.Mismatches);
        Assert.Equal("original", mismatch.Kind);
        Assert.Equal(s.PublicId, mismatch.PublicId);
        Assert.NotEqual(mismatch.Expected, mismatch.Actual);
    }

    [Fact]
    public async Task Post_Fixity_ShowsTheMismatch_AndAuditsTheCheck()
    {
        var s = await EditorData.StatementAsync(Factory);
        await using (var connection = new NpgsqlConnection(Factory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var tamper = new NpgsqlCommand("UPDATE statements SET original_bytes = original_bytes || '\\x00'::bytea WHERE id = @id", connection);
            tamper.Parameters.AddWithValue("id", s.Id);
            await tamper.ExecuteNonQueryAsync();
        }

        using var client = await LoggedInAsync(AdminRoles);
        var response = await client.SubmitFormAsync("/admin/fixity", "main form", []);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("1 mismatches", page.QuerySelector(".fixity-report h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(s.PublicId, page.QuerySelector("tr.mismatch")!.TextContent, StringComparison.Ordinal);
        Assert.True(await Factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.AuditEvents, a => a.Action == "fixity-check")));
    }
}
