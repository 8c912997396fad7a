using AngleSharp.Dom;
using System.Net;
using AmnestyArchive.Web.Caching;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Editing;
using AmnestyArchive.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AmnestyArchive.Web.Tests.Pages.Editor;

public sealed class WorkflowTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private static string Url(SeededStatement s) => $"/editor/statements/{s.Id}/workflow";

    [Fact]
    public async Task Post_Publish_CreatesRevision_WhenStatementIsInReview()
    {
        var s = await EditorData.StatementAsync(Factory, status: StatementStatus.InReview);
        using var client = await LoggedInAsync(EditorRoles);
        var response = await client.SubmitFormAsync(Url(s), "form.publish-form", new() { ["Note"] = "First publication" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var statement = await Factory.WithDbAsync(db => db.Statements.AsNoTracking().SingleAsync(x => x.Id == s.Id));
        Assert.Equal(StatementStatus.Published, statement.Status);
        Assert.Equal(1, statement.CurrentRevision);
        Assert.NotNull(statement.PublishedAt);
        var revision = await Factory.WithDbAsync(db => db.Revisions.AsNoTracking().SingleAsync(r => r.StatementId == s.Id));
        Assert.Equal(1, revision.Number);
        Assert.Equal("First publication", revision.Note);
        Assert.Contains("We will not be silenced", revision.SnapshotJson, StringComparison.Ordinal);
        Assert.Contains("prohibits the use of force", revision.BodyMarkdown, StringComparison.Ordinal);
        Assert.Equal(RevisionSnapshot.Hash(revision.BodyMarkdown, revision.SnapshotJson), revision.Sha256);
        Assert.True(await Factory.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.Action == "publish" && a.EntityId == s.PublicId)));
    }

    [Fact]
    public async Task Post_Submit_ThenPublish_MovesDraftThroughReview()
    {
        var s = await EditorData.StatementAsync(Factory);
        using var client = await LoggedInAsync(EditorRoles);
        var page = await client.GetDocumentAsync(Url(s));
        Assert.Null(page.QuerySelector("form.publish-form"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync(Url(s), "form[action*='handler=Submit']", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync(Url(s), "form.publish-form", [])).StatusCode);
        Assert.Equal(StatementStatus.Published, await Factory.WithDbAsync(db => db.Statements.Where(x => x.Id == s.Id).Select(x => x.Status).SingleAsync()));
    }

    [Fact]
    public async Task PublishAsync_RefusesDraft_AndWritesNothing()
    {
        var s = await EditorData.StatementAsync(Factory);
        await using var scope = Factory.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<StatementWorkflow>();
        var version = await scope.ServiceProvider.GetRequiredService<ArchiveDbContext>().Statements.Where(x => x.Id == s.Id).Select(x => x.Version).SingleAsync();
        var result = await workflow.PublishAsync(s.Id, version, "tester", null);
        Assert.Equal(WorkflowOutcome.Refused, result.Outcome);
        Assert.False(await Factory.WithDbAsync(db => db.Revisions.AnyAsync()));
    }

    [Fact]
    public async Task Post_PublishCorrection_AddsSecondRevision_AndKeepsTheFirst()
    {
        var s = await EditorData.StatementAsync(Factory, status: StatementStatus.InReview);
        using var client = await LoggedInAsync(EditorRoles);
        await client.SubmitFormAsync(Url(s), "form.publish-form", []);
        var first = await Factory.WithDbAsync(db => db.Revisions.AsNoTracking().SingleAsync(r => r.StatementId == s.Id));

        await client.SubmitFormAsync($"/editor/statements/{s.Id}", $"#edit-q{s.QuoteId} form.speaker-form", new() { ["Speaker"] = "Ana Pérez" });
        var refused = await client.SubmitFormAsync(Url(s), "form.publish-form", new() { ["Note"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var response = await client.SubmitFormAsync(Url(s), "form.publish-form", new() { ["Note"] = "Speaker identified" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var revisions = await Factory.WithDbAsync(db => db.Revisions.AsNoTracking().Where(r => r.StatementId == s.Id).OrderBy(r => r.Number).ToListAsync());
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        Assert.Equal(first.SnapshotJson, revisions[0].SnapshotJson);
        Assert.Equal(first.Sha256, revisions[0].Sha256);
        Assert.DoesNotContain("Ana Pérez", revisions[0].SnapshotJson, StringComparison.Ordinal);
        Assert.Contains("Ana Pérez", revisions[1].SnapshotJson, StringComparison.Ordinal);
        Assert.Equal(2, await Factory.WithDbAsync(db => db.Statements.Where(x => x.Id == s.Id).Select(x => x.CurrentRevision).SingleAsync()));
        Assert.True(await Factory.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.Action == "publish-correction")));
    }

    [Fact]
    public async Task Post_Publish_ReportsConflict_WhenStatementChangedMeanwhile()
    {
        var s = await EditorData.StatementAsync(Factory, status: StatementStatus.InReview);
        using var client = await LoggedInAsync(EditorRoles);
        var page = await client.GetDocumentAsync(Url(s));
        await Factory.WithDbAsync(async db =>
        {
            var statement = await db.Statements.SingleAsync(x => x.Id == s.Id);
            statement.Title = "Changed by someone else";
            return await db.SaveChangesAsync();
        });
        var response = await client.SubmitAsync(Url(s), page.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("form.publish-form")!, []);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else changed this statement", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await Factory.WithDbAsync(db => db.Revisions.AnyAsync()));
    }

    [Fact]
    public async Task Post_Withdraw_RequiresReason_ThenRecordsIt()
    {
        var s = await EditorData.StatementAsync(Factory, status: StatementStatus.InReview);
        using var client = await LoggedInAsync(EditorRoles);
        var refused = await client.SubmitFormAsync(Url(s), "form.withdraw-form", new() { ["Reason"] = "  " });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(StatementStatus.InReview, await Factory.WithDbAsync(db => db.Statements.Where(x => x.Id == s.Id).Select(x => x.Status).SingleAsync()));

        var response = await client.SubmitFormAsync(Url(s), "form.withdraw-form", new() { ["Reason"] = "Published in error by the source" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var statement = await Factory.WithDbAsync(db => db.Statements.AsNoTracking().SingleAsync(x => x.Id == s.Id));
        Assert.Equal(StatementStatus.Withdrawn, statement.Status);
        Assert.Equal("Published in error by the source", statement.WithdrawalReason);
        Assert.NotNull(statement.WithdrawnAt);
        Assert.True(await Factory.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.Action == "withdraw")));
    }

    [Fact]
    public async Task Revision_CannotBeUpdatedOrDeleted_ThroughSql()
    {
        var s = await EditorData.StatementAsync(Factory, status: StatementStatus.InReview);
        using var client = await LoggedInAsync(EditorRoles);
        await client.SubmitFormAsync(Url(s), "form.publish-form", []);

        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE revisions SET body_markdown = 'tampered'", connection);
        var error = await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        Assert.Contains("immutable", error.MessageText, StringComparison.Ordinal);
        await using var delete = new NpgsqlCommand("DELETE FROM revisions", connection);
        await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync());
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Revisions.CountAsync()));
    }

    [Fact]
    public async Task Publish_And_Withdraw_TellThePublicCache()
    {
        var s = await EditorData.StatementAsync(Factory, status: StatementStatus.InReview);
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        var cache = new RecordingCache();
        var workflow = new StatementWorkflow(db, scope.ServiceProvider.GetRequiredService<AuditTrail>(), cache, TimeProvider.System,
            NullLogger<StatementWorkflow>.Instance);
        var version = await db.Statements.Where(x => x.Id == s.Id).Select(x => x.Version).SingleAsync();
        Assert.True((await workflow.PublishAsync(s.Id, version, "tester", null)).Succeeded);
        version = await db.Statements.Where(x => x.Id == s.Id).Select(x => x.Version).SingleAsync();
        Assert.True((await workflow.WithdrawAsync(s.Id, version, "tester", "Duplicate")).Succeeded);
        Assert.Equal([s.Id, s.Id], cache.Changed);
    }

    private sealed class RecordingCache : IPublicCache
    {
        public List<int> Changed { get; } = [];

        public Task StatementChangedAsync(int statementId, CancellationToken cancellationToken = default)
        {
            Changed.Add(statementId);
            return Task.CompletedTask;
        }
    }
}
