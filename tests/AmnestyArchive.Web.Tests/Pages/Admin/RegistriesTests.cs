using System.Net;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Tests.Pages.Admin;

public sealed class RegistriesTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    [Fact]
    public async Task Post_MergeActor_MovesDemandsToTheSurvivor_AndRecordsIt()
    {
        var s = await EditorData.StatementAsync(Factory);
        var (duplicateId, survivorSlug) = await Factory.WithDbAsync(async db =>
        {
            var duplicate = new Actor { Slug = "venezuelan-authorities-dup", Name = "Authorities in Venezuela" };
            db.Actors.Add(duplicate);
            await db.SaveChangesAsync();
            var demand = await db.Demands.SingleAsync(d => d.Id == s.DemandId);
            demand.ActorId = duplicate.Id;
            await db.SaveChangesAsync();
            return (duplicate.Id, await db.Actors.Where(a => a.Id == s.ActorId).Select(a => a.Slug).SingleAsync());
        });

        using var client = await LoggedInAsync(AdminRoles);
        var response = await client.SubmitFormAsync($"/admin/actors/edit/{duplicateId}", "form.merge-form", new() { ["Survivor"] = survivorSlug });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.Equal(s.ActorId, await Factory.WithDbAsync(db => db.Demands.Where(d => d.Id == s.DemandId).Select(d => d.ActorId).SingleAsync()));
        var duplicate = await Factory.WithDbAsync(db => db.Actors.AsNoTracking().SingleAsync(a => a.Id == duplicateId));
        Assert.Equal(s.ActorId, duplicate.MergedIntoId);
        var survivor = await Factory.WithDbAsync(db => db.Actors.AsNoTracking().SingleAsync(a => a.Id == s.ActorId));
        Assert.Contains("Authorities in Venezuela", survivor.Aliases);
        var audit = await Factory.WithDbAsync(db => db.AuditEvents.SingleAsync(a => a.Action == "actor-merge"));
        Assert.Equal("venezuelan-authorities-dup", audit.EntityId);
    }

    [Fact]
    public async Task Post_MergeActor_IntoItself_IsRefused()
    {
        var s = await EditorData.StatementAsync(Factory);
        var slug = await Factory.WithDbAsync(db => db.Actors.Where(a => a.Id == s.ActorId).Select(a => a.Slug).SingleAsync());
        using var client = await LoggedInAsync(AdminRoles);
        var response = await client.SubmitFormAsync($"/admin/actors/edit/{s.ActorId}", "form.merge-form", new() { ["Survivor"] = slug });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Null(await Factory.WithDbAsync(db => db.Actors.Where(a => a.Id == s.ActorId).Select(a => a.MergedIntoId).SingleAsync()));
    }

    [Fact]
    public async Task Post_MergeInstrument_MovesCitationsAndProvisions()
    {
        var s = await EditorData.StatementAsync(Factory);
        var (duplicateId, survivorSlug) = await Factory.WithDbAsync(async db =>
        {
            var duplicate = new LegalInstrument { Slug = "charter-dup", Name = "UN Charter (duplicate)" };
            var provision = new Provision { Instrument = duplicate, Label = "Article 51", Slug = "article-51" };
            db.AddRange(duplicate, provision);
            await db.SaveChangesAsync();
            var citation = await db.Citations.SingleAsync(c => c.Id == s.CitationId);
            citation.InstrumentId = duplicate.Id;
            citation.ProvisionId = provision.Id;
            await db.SaveChangesAsync();
            return (duplicate.Id, await db.Instruments.Where(i => i.Id == s.InstrumentId).Select(i => i.Slug).SingleAsync());
        });

        using var client = await LoggedInAsync(AdminRoles);
        var response = await client.SubmitFormAsync($"/admin/instruments/edit/{duplicateId}", "form.merge-form", new() { ["Survivor"] = survivorSlug });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var citation = await Factory.WithDbAsync(db => db.Citations.Include(c => c.Provision).AsNoTracking().SingleAsync(c => c.Id == s.CitationId));
        Assert.Equal(s.InstrumentId, citation.InstrumentId);
        Assert.Equal(s.InstrumentId, citation.Provision!.InstrumentId);
        Assert.Equal(s.InstrumentId, await Factory.WithDbAsync(db => db.Instruments.Where(i => i.Id == duplicateId).Select(i => i.MergedIntoId).SingleAsync()));
    }

    [Fact]
    public async Task Post_AliasAndEdit_UpdateTheInstrument()
    {
        var s = await EditorData.StatementAsync(Factory);
        using var client = await LoggedInAsync(AdminRoles);
        var url = $"/admin/instruments/edit/{s.InstrumentId}";
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync(url, "form.alias-form", new() { ["Alias"] = "Zeta test charter alias" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync(url, "form.edit-form", new() { ["Input.Notes"] = "Signed in *1945*." })).StatusCode);
        var instrument = await Factory.WithDbAsync(db => db.Instruments.AsNoTracking().SingleAsync(i => i.Id == s.InstrumentId));
        Assert.Contains("Zeta test charter alias", instrument.Aliases);
        Assert.Equal("Signed in *1945*.", instrument.Notes);
        var search = await client.GetDocumentAsync("/admin/instruments?q=zeta%20test");
        Assert.Single(search.QuerySelectorAll("tbody tr"));
    }
}
