using System.ComponentModel.DataAnnotations;
using AmnestyArchive.Core.Markdown;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Editing;
using AmnestyArchive.Web.Importing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Editor.Statements;

/// <summary>
/// The review desk: the statement's text with every quote, citation and demand marked, and beside
/// it one form per span to fix the speaker, instrument, addressee or tags, to remove, split or
/// merge spans, and to add a missed one. Every form carries the statement's <c>xmin</c> version;
/// a stale one is refused with a conflict message and nothing is written.
/// </summary>
public sealed class ReviewModel(ArchiveDbContext db, AuditTrail audit, TimeProvider clock, ILogger<ReviewModel> logger) : PageModel
{
    public const string ConflictMessage =
        "Someone else changed this statement while you were editing it. Your change was not saved, and theirs is shown below; apply yours again if it is still needed.";

    [TempData]
    public string? StatusMessage { get; set; }

    public View Statement { get; private set; } = null!;
    public string TextHtml { get; private set; } = "";
    public IReadOnlyList<QuoteRow> Quotes { get; private set; } = [];
    public IReadOnlyList<CitationRow> Citations { get; private set; } = [];
    public IReadOnlyList<DemandRow> Demands { get; private set; } = [];
    public IReadOnlyList<string> PersonNames { get; private set; } = [];
    public IReadOnlyList<Option> TagOptions { get; private set; } = [];
    public IReadOnlyList<Option> InstrumentOptions { get; private set; } = [];
    public IReadOnlyList<Option> ActorOptions { get; private set; } = [];

    /// <summary>Set when the posted version was stale; the page then shows what was not saved.</summary>
    public string? UnsavedChange { get; private set; }

    public sealed record View(int Id, string PublicId, string? Title, string Publisher, StatementStatus Status, uint Version,
        int CurrentRevision, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt);

    public sealed record TagChip(int Id, string Label, string Vocabulary);

    public sealed record QuoteRow(int Id, string PublicId, int Ordinal, string Text, string? Speaker, string? Role, QuoteKind Kind,
        int Start, int End, int? RepeatsQuoteId, DateTimeOffset? RemovedAt, IReadOnlyList<TagChip> Tags)
    {
        public string Anchor => $"edit-q{Id}";
    }

    public sealed record CitationRow(int Id, string Surface, string? Instrument, string? Pinpoint, int Start, int End)
    {
        public string Anchor => $"edit-c{Id}";
    }

    public sealed record DemandRow(int Id, string PublicId, string Text, string? Addressee, int Start, int End,
        DateTimeOffset? RemovedAt, IReadOnlyList<TagChip> Tags)
    {
        public string Anchor => $"edit-d{Id}";
    }

    public sealed record Option(string Value, string Label);

    public enum SpanKind
    {
        Quote = 0,
        Citation = 1,
        Demand = 2,
    }

    public class VersionedInput
    {
        /// <summary>The statement's <c>xmin</c> when the form was rendered.</summary>
        public uint Version { get; set; }
    }

    public sealed class SpeakerInput : VersionedInput
    {
        public int QuoteId { get; set; }

        [Required(ErrorMessage = "Enter the speaker's name."), StringLength(300)]
        public string Speaker { get; set; } = "";

        [StringLength(500)]
        public string? Role { get; set; }
    }

    public sealed class CitationInput : VersionedInput
    {
        public int CitationId { get; set; }

        [StringLength(500)]
        public string? Instrument { get; set; }

        [StringLength(200)]
        public string? Pinpoint { get; set; }
    }

    public sealed class AddresseeInput : VersionedInput
    {
        public int DemandId { get; set; }

        [StringLength(300)]
        public string? Addressee { get; set; }
    }

    public sealed class SpanInput : VersionedInput
    {
        public SpanKind Kind { get; set; }
        public int SpanId { get; set; }
    }

    public sealed class AddSpanInput : VersionedInput
    {
        public SpanKind Kind { get; set; }

        [Required(ErrorMessage = "Enter the exact phrase as it appears in the text."), StringLength(20000, MinimumLength = 2)]
        public string Phrase { get; set; } = "";

        /// <summary>The speaker of a new quote, the instrument of a new citation, or the addressee of a new demand.</summary>
        [StringLength(500)]
        public string? Link { get; set; }
    }

    public sealed class SplitInput : VersionedInput
    {
        public int QuoteId { get; set; }

        [Required(ErrorMessage = "Enter the words where the second quote begins."), StringLength(5000)]
        public string Phrase { get; set; } = "";
    }

    public sealed class PullQuoteInput : VersionedInput
    {
        public int QuoteId { get; set; }
        public int? BodyQuoteId { get; set; }
    }

    public sealed class TagInput : VersionedInput
    {
        public SpanKind Kind { get; set; }
        public int SpanId { get; set; }

        [Required(ErrorMessage = "Choose a tag."), StringLength(300)]
        public string Tag { get; set; } = "";
    }

    public sealed class UntagInput : VersionedInput
    {
        public SpanKind Kind { get; set; }
        public int SpanId { get; set; }
        public int TagId { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSpeakerAsync(int id, SpeakerInput input, CancellationToken ct) =>
        EditAsync(id, input.Version, $"speaker of quote {input.QuoteId} → {input.Speaker}", $"edit-q{input.QuoteId}", async statement =>
        {
            var quote = await db.Quotes.Include(q => q.Person).SingleOrDefaultAsync(q => q.Id == input.QuoteId && q.StatementId == id, ct);
            if (quote is null)
            {
                return "That quote is not in this statement.";
            }

            var before = new { Speaker = quote.Person?.Name, Role = quote.SpeakerRole };
            var person = await RegistryLookup.PersonOrNewAsync(db, input.Speaker, ct);
            var role = string.IsNullOrWhiteSpace(input.Role) ? null : input.Role.Trim();
            quote.Person = person;
            quote.SpeakerRole = role;
            if (role is not null && person.Roles.All(r => r.Title != role))
            {
                person.Roles.Add(new PersonRole { Title = role, FirstSeen = statement.PublishedOn, LastSeen = statement.PublishedOn });
            }

            audit.Record(User.Identity?.Name, AuditActions.EditQuote, nameof(Quote), quote.PublicId,
                $"Speaker of {quote.PublicId} in {statement.PublicId}: {person.Name}", before, new { Speaker = person.Name, Role = role });
            return null;
        }, ct);

    public Task<IActionResult> OnPostCitationAsync(int id, CitationInput input, CancellationToken ct) =>
        EditAsync(id, input.Version, $"citation {input.CitationId} → {input.Instrument} {input.Pinpoint}", $"edit-c{input.CitationId}", async statement =>
        {
            var citation = await db.Citations.Include(c => c.Instrument).Include(c => c.Provision)
                .SingleOrDefaultAsync(c => c.Id == input.CitationId && c.StatementId == id, ct);
            if (citation is null)
            {
                return "That citation is not in this statement.";
            }

            var before = new { Instrument = citation.Instrument?.Slug, citation.Pinpoint };
            LegalInstrument? instrument = null;
            if (!string.IsNullOrWhiteSpace(input.Instrument))
            {
                instrument = await RegistryLookup.InstrumentAsync(db, input.Instrument, ct);
                if (instrument is null)
                {
                    return $"No instrument \"{input.Instrument.Trim()}\" in the registry. An admin can add it, or an alias, under Admin → Instruments.";
                }
            }

            var pinpoint = string.IsNullOrWhiteSpace(input.Pinpoint) ? null : input.Pinpoint.Trim();
            if (pinpoint is not null && instrument is null)
            {
                return "A pinpoint needs an instrument.";
            }

            citation.Instrument = instrument;
            citation.InstrumentId = instrument?.Id;
            citation.Provision = instrument is null || pinpoint is null ? null : await RegistryLookup.ProvisionOrNewAsync(db, instrument, pinpoint, ct);
            if (citation.Provision is null)
            {
                citation.ProvisionId = null;
            }

            citation.Pinpoint = citation.Provision?.Label ?? pinpoint;
            audit.Record(User.Identity?.Name, AuditActions.EditCitation, nameof(Citation), citation.Id.ToString(),
                $"Citation \"{citation.Surface}\" in {statement.PublicId}: {instrument?.Name ?? "no instrument"} {citation.Pinpoint}",
                before, new { Instrument = instrument?.Slug, citation.Pinpoint });
            return null;
        }, ct);

    public Task<IActionResult> OnPostAddresseeAsync(int id, AddresseeInput input, CancellationToken ct) =>
        EditAsync(id, input.Version, $"addressee of demand {input.DemandId} → {input.Addressee}", $"edit-d{input.DemandId}", async statement =>
        {
            var demand = await db.Demands.Include(d => d.Actor).SingleOrDefaultAsync(d => d.Id == input.DemandId && d.StatementId == id, ct);
            if (demand is null)
            {
                return "That demand is not in this statement.";
            }

            Actor? actor = null;
            if (!string.IsNullOrWhiteSpace(input.Addressee))
            {
                actor = await RegistryLookup.ActorAsync(db, input.Addressee, ct);
                if (actor is null)
                {
                    return $"No actor \"{input.Addressee.Trim()}\" in the registry. An admin can add it, or an alias, under Admin → Actors.";
                }
            }

            var before = new { Addressee = demand.Actor?.Slug };
            demand.Actor = actor;
            demand.ActorId = actor?.Id;
            audit.Record(User.Identity?.Name, AuditActions.EditDemand, nameof(Demand), demand.PublicId,
                $"Addressee of {demand.PublicId} in {statement.PublicId}: {actor?.Name ?? "none"}", before, new { Addressee = actor?.Slug });
            return null;
        }, ct);

    public Task<IActionResult> OnPostRemoveAsync(int id, SpanInput input, CancellationToken ct) =>
        EditAsync(id, input.Version, $"removal of {input.Kind} {input.SpanId}", null, async statement =>
        {
            var now = clock.GetUtcNow();
            switch (input.Kind)
            {
                case SpanKind.Quote:
                    var quote = await db.Quotes.SingleOrDefaultAsync(q => q.Id == input.SpanId && q.StatementId == id && q.RemovedAt == null, ct);
                    if (quote is null)
                    {
                        return "That quote is not in this statement.";
                    }

                    // Kept with RemovedAt set: its permalink keeps resolving to a notice.
                    quote.RemovedAt = now;
                    audit.Record(User.Identity?.Name, AuditActions.RemoveSpan, nameof(Quote), quote.PublicId,
                        $"Removed quote {quote.PublicId} from {statement.PublicId}", new { quote.Text, quote.Start, quote.End }, null);
                    return null;
                case SpanKind.Demand:
                    var demand = await db.Demands.SingleOrDefaultAsync(d => d.Id == input.SpanId && d.StatementId == id && d.RemovedAt == null, ct);
                    if (demand is null)
                    {
                        return "That demand is not in this statement.";
                    }

                    demand.RemovedAt = now;
                    audit.Record(User.Identity?.Name, AuditActions.RemoveSpan, nameof(Demand), demand.PublicId,
                        $"Removed demand {demand.PublicId} from {statement.PublicId}", new { demand.Text, demand.Start, demand.End }, null);
                    return null;
                default:
                    var citation = await db.Citations.SingleOrDefaultAsync(c => c.Id == input.SpanId && c.StatementId == id, ct);
                    if (citation is null)
                    {
                        return "That citation is not in this statement.";
                    }

                    db.Citations.Remove(citation);
                    audit.Record(User.Identity?.Name, AuditActions.RemoveSpan, nameof(Citation), citation.Id.ToString(),
                        $"Removed citation \"{citation.Surface}\" from {statement.PublicId}",
                        new { citation.Surface, citation.InstrumentId, citation.Pinpoint, citation.Start, citation.End }, null);
                    return null;
            }
        }, ct);

    public Task<IActionResult> OnPostAddAsync(int id, AddSpanInput input, CancellationToken ct) =>
        EditAsync(id, input.Version, $"new {input.Kind} \"{input.Phrase}\"", "add-span", async statement =>
        {
            var phrase = input.Phrase.Trim();
            var occupied = input.Kind switch
            {
                SpanKind.Quote => await db.Quotes.Where(q => q.StatementId == id && q.RemovedAt == null).Select(q => new { q.Start, q.End }).ToListAsync(ct),
                SpanKind.Demand => await db.Demands.Where(d => d.StatementId == id && d.RemovedAt == null).Select(d => new { d.Start, d.End }).ToListAsync(ct),
                _ => await db.Citations.Where(c => c.StatementId == id).Select(c => new { c.Start, c.End }).ToListAsync(ct),
            };

            // The first occurrence not already marked as a span of that kind.
            var start = -1;
            for (var at = statement.NormalizedText.IndexOf(phrase, StringComparison.Ordinal); at >= 0;
                 at = statement.NormalizedText.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                if (!occupied.Any(o => o.Start == at && o.End == at + phrase.Length))
                {
                    start = at;
                    break;
                }
            }

            if (start < 0)
            {
                return statement.NormalizedText.Contains(phrase, StringComparison.Ordinal)
                    ? $"Every occurrence of that phrase is already a {input.Kind.ToString().ToLowerInvariant()}."
                    : "That phrase does not occur in the text exactly as typed. Copy it from the text (spaces and quotation marks count).";
            }

            var end = start + phrase.Length;
            var blocks = await db.Blocks.Where(b => b.StatementId == id).OrderBy(b => b.Ordinal)
                .Select(b => new { b.Ordinal, b.Start, b.End, b.Kind }).ToListAsync(ct);
            var first = blocks.LastOrDefault(b => b.Start <= start) ?? blocks.FirstOrDefault();
            var last = blocks.LastOrDefault(b => b.Start < end) ?? first;
            var link = string.IsNullOrWhiteSpace(input.Link) ? null : input.Link.Trim();
            switch (input.Kind)
            {
                case SpanKind.Quote:
                    var quote = new Quote
                    {
                        PublicId = NewPublicId(), StatementId = id, Text = phrase, Start = start, End = end,
                        FirstBlock = first?.Ordinal ?? 0, LastBlock = last?.Ordinal ?? 0,
                        Kind = first?.Kind == BlockKind.PullQuote ? QuoteKind.PullQuote : QuoteKind.Inline,
                        Person = link is null ? null : await RegistryLookup.PersonOrNewAsync(db, link, ct),
                    };
                    db.Quotes.Add(quote);
                    await RenumberQuotesAsync(id, quote, null, ct);
                    audit.Record(User.Identity?.Name, AuditActions.AddSpan, nameof(Quote), quote.PublicId,
                        $"Added quote {quote.PublicId} to {statement.PublicId}", null, new { quote.Text, quote.Start, quote.End, Speaker = link });
                    return null;
                case SpanKind.Demand:
                    Actor? actor = null;
                    if (link is not null && (actor = await RegistryLookup.ActorAsync(db, link, ct)) is null)
                    {
                        return $"No actor \"{link}\" in the registry.";
                    }

                    var demand = new Demand
                    {
                        PublicId = NewPublicId(), StatementId = id, Text = phrase, Start = start, End = end, Block = first?.Ordinal ?? 0,
                        Actor = actor,
                        Ordinal = await db.Demands.Where(d => d.StatementId == id).Select(d => (int?)d.Ordinal).MaxAsync(ct) + 1 ?? 0,
                    };
                    db.Demands.Add(demand);
                    audit.Record(User.Identity?.Name, AuditActions.AddSpan, nameof(Demand), demand.PublicId,
                        $"Added demand {demand.PublicId} to {statement.PublicId}", null, new { demand.Text, demand.Start, demand.End, Addressee = actor?.Slug });
                    return null;
                default:
                    LegalInstrument? instrument = null;
                    if (link is not null && (instrument = await RegistryLookup.InstrumentAsync(db, link, ct)) is null)
                    {
                        return $"No instrument \"{link}\" in the registry.";
                    }

                    var citation = new Citation
                    {
                        StatementId = id, Surface = phrase, Start = start, End = end, Instrument = instrument,
                        Ordinal = await db.Citations.Where(c => c.StatementId == id).Select(c => (int?)c.Ordinal).MaxAsync(ct) + 1 ?? 0,
                    };
                    db.Citations.Add(citation);
                    audit.Record(User.Identity?.Name, AuditActions.AddSpan, nameof(Citation), null,
                        $"Added citation \"{phrase}\" to {statement.PublicId}", null, new { citation.Surface, citation.Start, citation.End, Instrument = instrument?.Slug });
                    return null;
            }
        }, ct);

    public Task<IActionResult> OnPostSplitAsync(int id, SplitInput input, CancellationToken ct) =>
        EditAsync(id, input.Version, $"split of quote {input.QuoteId} at \"{input.Phrase}\"", $"edit-q{input.QuoteId}", async statement =>
        {
            var quote = await db.Quotes.Include(q => q.Tags)
                .SingleOrDefaultAsync(q => q.Id == input.QuoteId && q.StatementId == id && q.RemovedAt == null, ct);
            if (quote is null)
            {
                return "That quote is not in this statement.";
            }

            var phrase = input.Phrase.Trim();
            var inText = quote.Text.IndexOf(phrase, StringComparison.Ordinal);
            var inStatement = statement.NormalizedText.IndexOf(phrase, quote.Start, StringComparison.Ordinal);
            if (inText <= 0 || inStatement <= quote.Start || inStatement >= quote.End)
            {
                return "The phrase must occur inside the quote, after its first word: the second quote begins there.";
            }

            var blocks = await db.Blocks.Where(b => b.StatementId == id).Select(b => new { b.Ordinal, b.Start }).ToListAsync(ct);
            var secondBlock = blocks.Where(b => b.Start <= inStatement).Select(b => b.Ordinal).DefaultIfEmpty(quote.FirstBlock).Max();
            var second = new Quote
            {
                PublicId = NewPublicId(), StatementId = id, Text = quote.Text[inText..].Trim(), Start = inStatement, End = quote.End,
                FirstBlock = secondBlock, LastBlock = quote.LastBlock, Kind = quote.Kind, PersonId = quote.PersonId,
                SpeakerRole = quote.SpeakerRole, Tags = quote.Tags.Select(t => new QuoteTag { TagId = t.TagId }).ToList(),
            };
            var before = new { quote.Text, quote.Start, quote.End };
            quote.Text = quote.Text[..inText].TrimEnd();
            quote.End = TrimEnd(statement.NormalizedText, quote.Start, inStatement);
            quote.LastBlock = Math.Max(quote.FirstBlock, blocks.Where(b => b.Start < quote.End).Select(b => b.Ordinal).DefaultIfEmpty(quote.FirstBlock).Max());
            db.Quotes.Add(second);
            await RenumberQuotesAsync(id, second, null, ct);
            audit.Record(User.Identity?.Name, AuditActions.SplitQuote, nameof(Quote), quote.PublicId,
                $"Split quote {quote.PublicId} in {statement.PublicId}; the second part is {second.PublicId}",
                before, new { First = new { quote.Text, quote.Start, quote.End }, Second = new { second.PublicId, second.Text, second.Start, second.End } });
            return null;
        }, ct);

    public Task<IActionResult> OnPostMergeAsync(int id, SpanInput input, CancellationToken ct) =>
        EditAsync(id, input.Version, $"merge of quote {input.SpanId} with the next", $"edit-q{input.SpanId}", async statement =>
        {
            var quotes = await db.Quotes.Include(q => q.Tags).Where(q => q.StatementId == id && q.RemovedAt == null)
                .OrderBy(q => q.Start).ToListAsync(ct);
            var index = quotes.FindIndex(q => q.Id == input.SpanId);
            if (index < 0)
            {
                return "That quote is not in this statement.";
            }

            if (index == quotes.Count - 1 || quotes[index + 1].Kind != quotes[index].Kind)
            {
                return "There is no following quote of the same kind to merge with.";
            }

            var (first, next) = (quotes[index], quotes[index + 1]);
            var before = new { First = new { first.PublicId, first.Text, first.Start, first.End }, Next = new { next.PublicId, next.Text, next.Start, next.End } };
            first.Text = first.Text + (statement.NormalizedText.AsSpan(first.End, Math.Max(0, next.Start - first.End)).Contains('\n') ? "\n\n" : " ") + next.Text;
            first.End = Math.Max(first.End, next.End);
            first.LastBlock = Math.Max(first.LastBlock, next.LastBlock);
            first.PersonId ??= next.PersonId;
            first.SpeakerRole ??= next.SpeakerRole;
            foreach (var tag in next.Tags.Where(t => first.Tags.All(f => f.TagId != t.TagId)))
            {
                first.Tags.Add(new QuoteTag { TagId = tag.TagId });
            }

            // The absorbed quote keeps its row, so that its permalink still resolves.
            next.RemovedAt = clock.GetUtcNow();
            await RenumberQuotesAsync(id, null, next, ct);
            audit.Record(User.Identity?.Name, AuditActions.MergeQuotes, nameof(Quote), first.PublicId,
                $"Merged quote {next.PublicId} into {first.PublicId} in {statement.PublicId}", before, new { first.Text, first.Start, first.End });
            return null;
        }, ct);

    public Task<IActionResult> OnPostPullQuoteAsync(int id, PullQuoteInput input, CancellationToken ct) =>
        EditAsync(id, input.Version, $"link of pull quote {input.QuoteId}", $"edit-q{input.QuoteId}", async statement =>
        {
            var quote = await db.Quotes.SingleOrDefaultAsync(q => q.Id == input.QuoteId && q.StatementId == id, ct);
            if (quote is null || quote.Kind != QuoteKind.PullQuote)
            {
                return "That pull quote is not in this statement.";
            }

            if (input.BodyQuoteId is int bodyId
                && !await db.Quotes.AnyAsync(q => q.Id == bodyId && q.StatementId == id && q.Kind == QuoteKind.Inline && q.RemovedAt == null, ct))
            {
                return "Link a pull quote to a body quote of the same statement.";
            }

            var before = new { quote.RepeatsQuoteId };
            quote.RepeatsQuoteId = input.BodyQuoteId;
            audit.Record(User.Identity?.Name, AuditActions.LinkPullQuote, nameof(Quote), quote.PublicId,
                $"Pull quote {quote.PublicId} in {statement.PublicId} repeats quote {input.BodyQuoteId?.ToString() ?? "none"}", before, new { quote.RepeatsQuoteId });
            return null;
        }, ct);

    public Task<IActionResult> OnPostTagAsync(int id, TagInput input, CancellationToken ct) =>
        EditAsync(id, input.Version, $"tag \"{input.Tag}\" on {input.Kind} {input.SpanId}", AnchorOf(input.Kind, input.SpanId), async statement =>
        {
            var (tag, error) = await RegistryLookup.TagAsync(db, input.Tag, ct);
            if (tag is null)
            {
                return error;
            }

            string entityId;
            if (input.Kind == SpanKind.Quote)
            {
                var quote = await db.Quotes.Include(q => q.Tags).SingleOrDefaultAsync(q => q.Id == input.SpanId && q.StatementId == id, ct);
                if (quote is null)
                {
                    return "That quote is not in this statement.";
                }

                if (quote.Tags.Any(t => t.TagId == tag.Id))
                {
                    return $"The quote already has the tag \"{tag.Label}\".";
                }

                quote.Tags.Add(new QuoteTag { TagId = tag.Id });
                entityId = quote.PublicId;
            }
            else if (input.Kind == SpanKind.Demand)
            {
                var demand = await db.Demands.Include(d => d.Tags).SingleOrDefaultAsync(d => d.Id == input.SpanId && d.StatementId == id, ct);
                if (demand is null)
                {
                    return "That demand is not in this statement.";
                }

                if (demand.Tags.Any(t => t.TagId == tag.Id))
                {
                    return $"The demand already has the tag \"{tag.Label}\".";
                }

                demand.Tags.Add(new DemandTag { TagId = tag.Id });
                entityId = demand.PublicId;
            }
            else
            {
                return "Only quotes and demands are tagged.";
            }

            audit.Record(User.Identity?.Name, AuditActions.Tag, input.Kind.ToString(), entityId,
                $"Tagged {entityId} in {statement.PublicId} with \"{tag.Label}\"", null, new { Tag = tag.Slug });
            return null;
        }, ct);

    public Task<IActionResult> OnPostUntagAsync(int id, UntagInput input, CancellationToken ct) =>
        EditAsync(id, input.Version, $"removal of tag {input.TagId}", AnchorOf(input.Kind, input.SpanId), async statement =>
        {
            if (input.Kind == SpanKind.Quote)
            {
                var link = await db.QuoteTags.Include(t => t.Tag).Include(t => t.Quote)
                    .SingleOrDefaultAsync(t => t.QuoteId == input.SpanId && t.TagId == input.TagId && t.Quote!.StatementId == id, ct);
                if (link is null)
                {
                    return "The quote does not have that tag.";
                }

                db.QuoteTags.Remove(link);
                audit.Record(User.Identity?.Name, AuditActions.Untag, nameof(Quote), link.Quote!.PublicId,
                    $"Removed tag \"{link.Tag!.Label}\" from {link.Quote.PublicId} in {statement.PublicId}", new { Tag = link.Tag.Slug }, null);
                return null;
            }

            var demandTag = await db.DemandTags.Include(t => t.Tag).Include(t => t.Demand)
                .SingleOrDefaultAsync(t => t.DemandId == input.SpanId && t.TagId == input.TagId && t.Demand!.StatementId == id, ct);
            if (demandTag is null)
            {
                return "The demand does not have that tag.";
            }

            db.DemandTags.Remove(demandTag);
            audit.Record(User.Identity?.Name, AuditActions.Untag, nameof(Demand), demandTag.Demand!.PublicId,
                $"Removed tag \"{demandTag.Tag!.Label}\" from {demandTag.Demand.PublicId} in {statement.PublicId}", new { Tag = demandTag.Tag.Slug }, null);
            return null;
        }, ct);

    /// <summary>
    /// The shape of every edit: load the statement, check the posted version, apply the edit (which
    /// records its audit event), touch the statement so its <c>xmin</c> moves, save once.
    /// </summary>
    private async Task<IActionResult> EditAsync(int id, uint version, string description, string? fragment,
        Func<Statement, Task<string?>> edit, CancellationToken ct)
    {
        var statement = await db.Statements.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (statement is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Page();
        }

        var error = statement.Status == StatementStatus.Withdrawn
            ? "A withdrawn statement cannot be edited."
            : statement.Version != version
                ? ConflictMessage
                : await edit(statement);
        if (error is not null)
        {
            db.ChangeTracker.Clear();
            return await RefuseAsync(id, error, error == ConflictMessage ? description : null, ct);
        }

        db.Entry(statement).Property(s => s.Version).OriginalValue = version;
        statement.UpdatedAt = clock.GetUtcNow();
        db.Entry(statement).Property(s => s.UpdatedAt).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await RefuseAsync(id, ConflictMessage, description, ct);
        }

        logger.LogInformation("Edited {StatementId}: {Edit} by {UserName}", id, description, User.Identity?.Name);
        StatusMessage = "Saved.";
        return RedirectToPage(null, null, new { id }, fragment);
    }

    private async Task<IActionResult> RefuseAsync(int id, string error, string? unsaved, CancellationToken ct)
    {
        ModelState.AddModelError(string.Empty, error);
        UnsavedChange = unsaved;
        if (unsaved is not null)
        {
            logger.LogInformation("Edit of {StatementId} refused: stale version", id);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task RenumberQuotesAsync(int statementId, Quote? added, Quote? removed, CancellationToken ct)
    {
        var quotes = await db.Quotes.Where(q => q.StatementId == statementId && q.RemovedAt == null).ToListAsync(ct);
        if (added is not null && !quotes.Contains(added))
        {
            quotes.Add(added);
        }

        if (removed is not null)
        {
            quotes.Remove(removed);
        }

        var ordinal = 0;
        foreach (var quote in quotes.OrderBy(q => q.Start).ThenBy(q => q.End))
        {
            quote.Ordinal = ordinal++;
        }
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static string AnchorOf(SpanKind kind, int spanId) => kind switch
    {
        SpanKind.Quote => $"edit-q{spanId}",
        SpanKind.Demand => $"edit-d{spanId}",
        _ => $"edit-c{spanId}",
    };

    private static string NewPublicId() => PublicIds.New();

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var statement = await db.Statements.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new View(s.Id, s.PublicId, s.Title, s.Publisher, s.Status, s.Version, s.CurrentRevision, s.UpdatedAt, s.PublishedAt))
            .SingleOrDefaultAsync(ct);
        if (statement is null)
        {
            return false;
        }

        Statement = statement;
        var blocks = await db.Blocks.AsNoTracking().Where(b => b.StatementId == id).OrderBy(b => b.Ordinal)
            .Select(b => new { b.Anchor, b.Kind, b.Text, b.Start }).ToListAsync(ct);
        Quotes = (await db.Quotes.AsNoTracking().Where(q => q.StatementId == id).OrderBy(q => q.RemovedAt != null).ThenBy(q => q.Start)
            .Select(q => new
            {
                q.Id, q.PublicId, q.Ordinal, q.Text, Speaker = q.Person!.Name, q.SpeakerRole, q.Kind, q.Start, q.End, q.RepeatsQuoteId, q.RemovedAt,
                Tags = q.Tags.Select(t => new TagChip(t.TagId, t.Tag!.Label, t.Tag.Vocabulary!.Name)).ToList(),
            }).ToListAsync(ct))
            .Select(q => new QuoteRow(q.Id, q.PublicId, q.Ordinal, q.Text, q.Speaker, q.SpeakerRole, q.Kind, q.Start, q.End, q.RepeatsQuoteId, q.RemovedAt,
                q.Tags.OrderBy(t => t.Label).ToList()))
            .ToList();
        Citations = await db.Citations.AsNoTracking().Where(c => c.StatementId == id).OrderBy(c => c.Start)
            .Select(c => new CitationRow(c.Id, c.Surface, c.Instrument!.Name, c.Pinpoint, c.Start, c.End)).ToListAsync(ct);
        Demands = (await db.Demands.AsNoTracking().Where(d => d.StatementId == id).OrderBy(d => d.RemovedAt != null).ThenBy(d => d.Start)
            .Select(d => new
            {
                d.Id, d.PublicId, d.Text, Addressee = d.Actor!.Name, d.Start, d.End, d.RemovedAt,
                Tags = d.Tags.Select(t => new TagChip(t.TagId, t.Tag!.Label, t.Tag.Vocabulary!.Name)).ToList(),
            }).ToListAsync(ct))
            .Select(d => new DemandRow(d.Id, d.PublicId, d.Text, d.Addressee, d.Start, d.End, d.RemovedAt, d.Tags.OrderBy(t => t.Label).ToList()))
            .ToList();

        var spans = new List<AnnotationSpan>();
        spans.AddRange(Quotes.Where(q => q.RemovedAt is null).Select(q =>
            new AnnotationSpan(AnnotationKind.Quote, q.Start, q.End, "#" + q.Anchor, $"Quote by {q.Speaker ?? "unknown speaker"}")));
        spans.AddRange(Citations.Select(c =>
            new AnnotationSpan(AnnotationKind.Citation, c.Start, c.End, "#" + c.Anchor, $"Citation of {c.Instrument ?? "unknown instrument"} {c.Pinpoint}".TrimEnd())));
        spans.AddRange(Demands.Where(d => d.RemovedAt is null).Select(d =>
            new AnnotationSpan(AnnotationKind.Demand, d.Start, d.End, "#" + d.Anchor, $"Demand to {d.Addressee ?? "unknown addressee"}")));
        TextHtml = StatementMarkdown.ToHtml(
            blocks.Select(b => new RenderBlock(b.Anchor, EditorRendering.Kind(b.Kind), b.Text, b.Start)).ToList(), spans);

        // Server-fed <datalist>s: autocomplete that works without JavaScript.
        PersonNames = await db.Persons.AsNoTracking().OrderBy(p => p.Name).Select(p => p.Name).Take(2000).ToListAsync(ct);
        TagOptions = await db.Tags.AsNoTracking().OrderBy(t => t.Vocabulary!.Slug).ThenBy(t => t.Label)
            .Select(t => new Option(t.Vocabulary!.Slug + ":" + t.Slug, t.Label + " (" + t.Vocabulary.Name + ")")).Take(2000).ToListAsync(ct);
        InstrumentOptions = await db.Instruments.AsNoTracking().Where(i => i.MergedIntoId == null).OrderBy(i => i.Name)
            .Select(i => new Option(i.Slug, i.Name + (i.Abbreviation == null ? "" : " (" + i.Abbreviation + ")"))).Take(2000).ToListAsync(ct);
        ActorOptions = await db.Actors.AsNoTracking().Where(a => a.MergedIntoId == null).OrderBy(a => a.Name)
            .Select(a => new Option(a.Slug, a.Name)).Take(2000).ToListAsync(ct);
        return true;
    }
}
