using AngleSharp.Dom;
using System.Net;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Tests.Infrastructure;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Tests.Pages.Editor;

public sealed class ReviewTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private static string Url(SeededStatement s) => $"/editor/statements/{s.Id}";

    [Fact]
    public async Task Get_Review_MarksEverySpan_AndLinksItToItsEditForm()
    {
        var s = await EditorData.StatementAsync(Factory);
        using var client = await LoggedInAsync(EditorRoles);
        var page = await client.GetDocumentAsync(Url(s));
        var text = page.QuerySelector("#statement-text")!;
        Assert.Equal(2, text.QuerySelectorAll("mark.quote").Length);
        Assert.NotEmpty(text.QuerySelectorAll("mark.citation, a.citation"));
        Assert.NotEmpty(text.QuerySelectorAll("mark.demand"));
        Assert.NotNull(text.QuerySelector($"a[href='#edit-q{s.QuoteId}']"));
        Assert.NotNull(page.QuerySelector($"#edit-q{s.QuoteId} form.speaker-form"));
    }

    [Fact]
    public async Task Get_Review_ShowsScriptAndImagePayloadsAsText()
    {
        const string payload = "<script>alert(1)</script> and <img src=x onerror=alert(1)>";
        var s = await EditorData.StatementAsync(Factory, "Intro paragraph.\n\n" + payload);
        using var client = await LoggedInAsync(EditorRoles);
        var response = await client.Http.GetAsync(Url(s));
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        var page = await BrowserClient.ParseAsync(html);
        var text = page.QuerySelector("#statement-text")!;
        Assert.Empty(text.QuerySelectorAll("script, img"));
        Assert.Contains(payload, text.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Speaker_CreatesPersonAndRole_AndWritesAuditEvent()
    {
        var s = await EditorData.StatementAsync(Factory);
        using var client = await LoggedInAsync(EditorRoles);
        var response = await client.SubmitFormAsync(Url(s), $"#edit-q{s.QuoteId} form.speaker-form",
            new() { ["Speaker"] = "Ana Pérez", ["Role"] = "Human rights defender" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var quote = await Factory.WithDbAsync(db => db.Quotes.Include(q => q.Person!).ThenInclude(p => p.Roles).SingleAsync(q => q.Id == s.QuoteId));
        Assert.Equal("Ana Pérez", quote.Person!.Name);
        Assert.Equal("ana-perez", quote.Person.Slug);
        Assert.Equal("Human rights defender", quote.SpeakerRole);
        Assert.Contains(quote.Person.Roles, r => r.Title == "Human rights defender");
        var audit = await Factory.WithDbAsync(db => db.AuditEvents.SingleAsync(a => a.Action == "edit-quote"));
        Assert.Equal(quote.PublicId, audit.EntityId);
        Assert.Contains("Ana Pérez", audit.AfterJson, StringComparison.Ordinal);
        Assert.StartsWith("user", audit.UserName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Speaker_ReusesExistingPerson_CaseInsensitively()
    {
        var s = await EditorData.StatementAsync(Factory);
        await Factory.WithDbAsync(async db =>
        {
            db.Persons.Add(new Person { Name = "Agnès Callamard", Slug = "agnes-callamard" });
            return await db.SaveChangesAsync();
        });
        using var client = await LoggedInAsync(EditorRoles);
        await client.SubmitFormAsync(Url(s), $"#edit-q{s.QuoteId} form.speaker-form", new() { ["Speaker"] = "agnès callamard" });
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Persons.CountAsync()));
        Assert.Equal("agnes-callamard", await Factory.WithDbAsync(db => db.Quotes.Where(q => q.Id == s.QuoteId).Select(q => q.Person!.Slug).SingleAsync()));
    }

    [Fact]
    public async Task Post_Speaker_ReportsConflict_AndKeepsTheFirstEdit_WhenVersionIsStale()
    {
        var s = await EditorData.StatementAsync(Factory);
        using var first = await LoggedInAsync(EditorRoles);
        using var second = await LoggedInAsync(EditorRoles);
        var stalePage = await second.GetDocumentAsync(Url(s));

        var saved = await first.SubmitFormAsync(Url(s), $"#edit-q{s.QuoteId} form.speaker-form", new() { ["Speaker"] = "First Editor Choice" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var staleForm = stalePage.QuerySelector<IHtmlFormElement>($"#edit-q{s.SecondQuoteId} form.speaker-form")!;
        var conflict = await second.SubmitAsync(Url(s), staleForm, new() { ["Speaker"] = "Second Editor Choice" });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var body = await BrowserClient.ParseAsync(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("Someone else changed this statement", body.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Second Editor Choice", body.QuerySelector(".conflict")!.TextContent, StringComparison.Ordinal);

        var speakers = await Factory.WithDbAsync(db => db.Quotes.Where(q => q.StatementId == s.Id).OrderBy(q => q.Start).Select(q => (string?)q.Person!.Name).ToListAsync());
        Assert.Equal(["First Editor Choice", null], speakers);
        Assert.False(await Factory.WithDbAsync(db => db.Persons.AnyAsync(p => p.Name == "Second Editor Choice")));
    }

    [Fact]
    public async Task Post_Tag_TagsQuote_AndUntagRemovesIt()
    {
        var s = await EditorData.StatementAsync(Factory);
        using var client = await LoggedInAsync(EditorRoles);
        var tagValue = await Factory.WithDbAsync(db => db.Tags.Where(t => t.Id == s.TagId).Select(t => t.Vocabulary!.Slug + ":" + t.Slug).SingleAsync());
        var page = await client.GetDocumentAsync(Url(s));
        Assert.NotNull(page.QuerySelector($"datalist#tags option[value='{tagValue}']"));

        var response = await client.SubmitFormAsync(Url(s), $"#edit-q{s.QuoteId} form.tag-form", new() { ["Tag"] = tagValue });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await Factory.WithDbAsync(db => db.QuoteTags.AnyAsync(t => t.QuoteId == s.QuoteId && t.TagId == s.TagId)));

        response = await client.SubmitFormAsync(Url(s), $"#edit-q{s.QuoteId} form.tag-chip", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await Factory.WithDbAsync(db => db.QuoteTags.AnyAsync(t => t.QuoteId == s.QuoteId)));
    }

    [Fact]
    public async Task Post_Tag_ReportsUnknownTag_AndWritesNothing()
    {
        var s = await EditorData.StatementAsync(Factory);
        using var client = await LoggedInAsync(EditorRoles);
        var response = await client.SubmitFormAsync(Url(s), $"#edit-q{s.QuoteId} form.tag-form", new() { ["Tag"] = "no-such-tag" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("No tag", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await Factory.WithDbAsync(db => db.QuoteTags.AnyAsync()));
        Assert.False(await Factory.WithDbAsync(db => db.AuditEvents.AnyAsync()));
    }

    [Fact]
    public async Task Post_Citation_SetsInstrument_AndCreatesProvisionOnDemand()
    {
        var s = await EditorData.StatementAsync(Factory);
        var slug = await Factory.WithDbAsync(db => db.Instruments.Where(i => i.Id == s.InstrumentId).Select(i => i.Slug).SingleAsync());
        using var client = await LoggedInAsync(EditorRoles);
        var response = await client.SubmitFormAsync(Url(s), $"#edit-c{s.CitationId} form", new() { ["Instrument"] = slug, ["Pinpoint"] = " Article  2(4) " });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var citation = await Factory.WithDbAsync(db => db.Citations.Include(c => c.Provision).SingleAsync(c => c.Id == s.CitationId));
        Assert.Equal(s.InstrumentId, citation.InstrumentId);
        Assert.Equal("article-2-4", citation.Provision!.Slug);
        Assert.Equal("Article 2(4)", citation.Pinpoint);
    }

    [Fact]
    public async Task Post_Addressee_SetsActor_ByAlias()
    {
        var s = await EditorData.StatementAsync(Factory);
        await Factory.WithDbAsync(async db =>
        {
            var actor = await db.Actors.SingleAsync(a => a.Id == s.ActorId);
            actor.Aliases = ["the Venezuelan authorities"];
            return await db.SaveChangesAsync();
        });
        using var client = await LoggedInAsync(EditorRoles);
        var response = await client.SubmitFormAsync(Url(s), $"#edit-d{s.DemandId} form", new() { ["Addressee"] = "the Venezuelan authorities" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(s.ActorId, await Factory.WithDbAsync(db => db.Demands.Where(d => d.Id == s.DemandId).Select(d => d.ActorId).SingleAsync()));
    }

    [Fact]
    public async Task Post_Remove_SetsRemovedAtOnQuote_SoItsRowStays()
    {
        var s = await EditorData.StatementAsync(Factory);
        using var client = await LoggedInAsync(EditorRoles);
        var page = await client.GetDocumentAsync(Url(s));
        var form = page.QuerySelectorAll<IHtmlFormElement>($"#edit-q{s.QuoteId} form").Single(f => f.QuerySelector("button.danger") is not null);
        var response = await client.SubmitAsync(Url(s), form, []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var quote = await Factory.WithDbAsync(db => db.Quotes.SingleAsync(q => q.Id == s.QuoteId));
        Assert.NotNull(quote.RemovedAt);
    }

    [Fact]
    public async Task Post_Add_CreatesQuoteAtExactPhrase()
    {
        var s = await EditorData.StatementAsync(Factory);
        using var client = await LoggedInAsync(EditorRoles);
        var response = await client.SubmitFormAsync(Url(s), "form.add-span",
            new() { ["Kind"] = "Quote", ["Phrase"] = "prohibits the use of force", ["Link"] = "Ana Pérez" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var quotes = await Factory.WithDbAsync(db => db.Quotes.Where(q => q.StatementId == s.Id).OrderBy(q => q.Ordinal).ToListAsync());
        Assert.Equal(3, quotes.Count);
        var added = quotes[2];
        Assert.Equal("prohibits the use of force", EditorData.Text[added.Start..added.End]);
        Assert.Equal(2, added.FirstBlock);
        Assert.NotEmpty(added.PublicId);
    }

    [Fact]
    public async Task Post_Add_RejectsPhraseNotInText_AndWritesNothing()
    {
        var s = await EditorData.StatementAsync(Factory);
        using var client = await LoggedInAsync(EditorRoles);
        var response = await client.SubmitFormAsync(Url(s), "form.add-span", new() { ["Kind"] = "Demand", ["Phrase"] = "words that are not there" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("does not occur in the text", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Demands.CountAsync()));
    }

    [Fact]
    public async Task Post_Split_ThenMerge_RestoresOneQuote()
    {
        var s = await EditorData.StatementAsync(Factory);
        using var client = await LoggedInAsync(EditorRoles);
        var page = await client.GetDocumentAsync(Url(s));
        var split = page.QuerySelectorAll<IHtmlFormElement>($"#edit-q{s.QuoteId} form").Single(f => f.Action.Contains("handler=Split", StringComparison.Ordinal));
        var response = await client.SubmitAsync(Url(s), split, new() { ["Phrase"] = "not be silenced" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var quotes = await Factory.WithDbAsync(db => db.Quotes.Where(q => q.StatementId == s.Id && q.RemovedAt == null).OrderBy(q => q.Start).ToListAsync());
        Assert.Equal(["We will", "not be silenced,", "The authorities must free them now,"], quotes.Select(q => q.Text));
        Assert.Equal("We will", EditorData.Text[quotes[0].Start..quotes[0].End]);

        page = await client.GetDocumentAsync(Url(s));
        var merge = page.QuerySelectorAll<IHtmlFormElement>($"#edit-q{s.QuoteId} form").Single(f => f.Action.Contains("handler=Merge", StringComparison.Ordinal));
        response = await client.SubmitAsync(Url(s), merge, []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        quotes = await Factory.WithDbAsync(db => db.Quotes.Where(q => q.StatementId == s.Id).OrderBy(q => q.Start).ToListAsync());
        var merged = quotes.Single(q => q.Id == s.QuoteId);
        Assert.Equal("We will not be silenced,", merged.Text);
        Assert.Single(quotes, q => q.RemovedAt is not null);
        Assert.Equal(2, quotes.Count(q => q.RemovedAt is null));
    }

    [Fact]
    public async Task Post_Speaker_OfQuoteFromAnotherStatement_IsRefused()
    {
        var s = await EditorData.StatementAsync(Factory);
        var other = await EditorData.StatementAsync(Factory, "Just one paragraph.");
        using var client = await LoggedInAsync(EditorRoles);
        var token = await client.GetAntiforgeryTokenAsync($"/editor/statements/{other.Id}");
        var otherVersion = await Factory.WithDbAsync(db => db.Statements.Where(x => x.Id == other.Id).Select(x => x.Version).SingleAsync());
        var response = await client.Http.PostAsync($"/editor/statements/{other.Id}?handler=Speaker", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = otherVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["QuoteId"] = s.QuoteId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Speaker"] = "Intruder",
        }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False(await Factory.WithDbAsync(db => db.Persons.AnyAsync(p => p.Name == "Intruder")));
    }

    [Fact]
    public async Task Post_PullQuote_LinksToBodyQuote_AndDemandCanBeTagged()
    {
        var s = await EditorData.StatementAsync(Factory);
        await Factory.WithDbAsync(async db =>
        {
            (await db.Quotes.SingleAsync(q => q.Id == s.SecondQuoteId)).Kind = QuoteKind.PullQuote;
            return await db.SaveChangesAsync();
        });
        using var client = await LoggedInAsync(EditorRoles);
        var response = await client.SubmitFormAsync(Url(s), $"#edit-q{s.SecondQuoteId} form[action*='handler=PullQuote']",
            new() { ["BodyQuoteId"] = s.QuoteId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(s.QuoteId, await Factory.WithDbAsync(db => db.Quotes.Where(q => q.Id == s.SecondQuoteId).Select(q => q.RepeatsQuoteId).SingleAsync()));

        var label = await Factory.WithDbAsync(db => db.Tags.Where(t => t.Id == s.TagId).Select(t => t.Label).SingleAsync());
        response = await client.SubmitFormAsync(Url(s), $"#edit-d{s.DemandId} form[action*='handler=Tag']", new() { ["Tag"] = label.ToUpperInvariant() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await Factory.WithDbAsync(db => db.DemandTags.AnyAsync(t => t.DemandId == s.DemandId && t.TagId == s.TagId)));
    }
}
