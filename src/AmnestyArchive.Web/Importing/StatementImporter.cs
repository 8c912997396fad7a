using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using X = AmnestyArchive.Core.Extraction;

namespace AmnestyArchive.Web.Importing;

/// <summary>What an editor or a verb asks to import.</summary>
/// <param name="Bytes">The file exactly as received.</param>
/// <param name="FileName">Its name; the extension picks the reader (.txt, .md, .html).</param>
/// <param name="Publisher">Who published the statement; required for a useful record.</param>
/// <param name="Language">Forces <c>en</c> or <c>es</c> instead of detecting it.</param>
/// <param name="SourceUrl">Where it was published, if anywhere.</param>
/// <param name="UserName">Who imports it, for the audit log.</param>
public sealed record ImportRequest(byte[] Bytes, string FileName, string? Publisher, string? Language, string? SourceUrl, string? UserName);

public enum ImportStatus
{
    Imported,
    AlreadyExists,
    Rejected,
}

public sealed record ImportOutcome(ImportStatus Status, int? StatementId, string? PublicId, string? Error)
{
    public static ImportOutcome Reject(string error) => new(ImportStatus.Rejected, null, null, error);
}

/// <summary>
/// Imports one statement: reads and checks the file, extracts quotes, citations and demands,
/// and writes the statement with everything linked to it in one transaction, so an import
/// happens completely or not at all. Importing the same normalised text again returns the
/// existing statement.
/// </summary>
public sealed class StatementImporter(ArchiveDbContext db, TimeProvider clock, ILogger<StatementImporter> logger)
{
    /// <summary>Test hook: runs inside the transaction after the statement row is written.</summary>
    internal Func<Task>? AfterStatementWritten { get; set; }

    public async Task<ImportOutcome> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default)
    {
        var (text, error) = ImportText.Read(request.Bytes, request.FileName);
        if (text is null)
        {
            logger.LogInformation("Rejected import of {FileName}: {Reason}", request.FileName, error);
            return ImportOutcome.Reject(error!);
        }

        var language = request.Language is "en" or "es" ? request.Language : null;
        if (request.SourceUrl is { Length: > 0 } url && !IsHttpUrl(url))
        {
            return ImportOutcome.Reject("The source URL must be an http or https address.");
        }

        var extraction = X.StatementExtractor.Extract(text, new X.ExtractionOptions { Language = language });
        if (string.IsNullOrWhiteSpace(extraction.NormalizedText))
        {
            return ImportOutcome.Reject("The file has no text in it.");
        }

        var normalizedHash = Sha256Hex(Encoding.UTF8.GetBytes(extraction.NormalizedText));
        var existing = await FindExistingAsync(normalizedHash, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        try
        {
            return await WriteAsync(request, extraction, normalizedHash, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Someone imported the same text at the same moment: theirs won, and is ours too.
            db.ChangeTracker.Clear();
            return await FindExistingAsync(normalizedHash, cancellationToken) ?? throw new InvalidOperationException("Import conflicted with another write.", ex);
        }
    }

    private async Task<ImportOutcome?> FindExistingAsync(string normalizedHash, CancellationToken cancellationToken)
    {
        var found = await db.Statements.AsNoTracking().Where(s => s.NormalizedSha256 == normalizedHash)
            .Select(s => new { s.Id, s.PublicId }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new ImportOutcome(ImportStatus.AlreadyExists, found.Id, found.PublicId, null);
    }

    private async Task<ImportOutcome> WriteAsync(ImportRequest request, X.ExtractionResult extraction, string normalizedHash,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var statement = new Statement
        {
            PublicId = PublicIds.New(),
            Publisher = string.IsNullOrWhiteSpace(request.Publisher) ? "Unknown publisher" : request.Publisher.Trim(),
            Title = extraction.Title ?? DisplayTitle(extraction),
            PublishedOn = extraction.PublishedOn,
            Language = extraction.Language,
            SourceUrl = string.IsNullOrWhiteSpace(request.SourceUrl) ? null : request.SourceUrl.Trim(),
            OriginalBytes = request.Bytes,
            OriginalSha256 = Sha256Hex(request.Bytes),
            NormalizedSha256 = normalizedHash,
            OriginalFileName = Path.GetFileName(request.FileName),
            NormalizedText = extraction.NormalizedText,
            BodyMarkdown = Core.Markdown.StatementMarkdown.ToMarkdown(RenderBlocks(extraction)),
            Status = StatementStatus.Draft,
            ImportedAt = now,
            ImportedBy = request.UserName,
            UpdatedAt = now,
            Blocks = extraction.Blocks.Select(b => new Block
            {
                Ordinal = b.Index,
                Anchor = b.Anchor,
                Kind = MapKind(b.Kind),
                Text = b.Text,
                Start = b.Start,
                End = b.End,
            }).ToList(),
        };
        db.Statements.Add(statement);
        await db.SaveChangesAsync(cancellationToken);

        if (AfterStatementWritten is not null)
        {
            await AfterStatementWritten();
        }

        var persons = new PersonResolver(db);
        var quotes = new List<Quote>();
        for (var i = 0; i < extraction.Quotes.Count; i++)
        {
            var q = extraction.Quotes[i];
            // An unnamed speaker ("a 60-year-old fisherman") is no person: the description is
            // kept as the quote's speaker role, and no speaker page is made for it.
            var person = q.Speaker is null || !q.SpeakerNamed ? null : await persons.GetOrCreateAsync(q.Speaker, cancellationToken);
            if (person is not null && !string.IsNullOrWhiteSpace(q.SpeakerRole))
            {
                persons.NoteRole(person, q.SpeakerRole!, statement.PublishedOn);
            }

            quotes.Add(new Quote
            {
                PublicId = PublicIds.New(),
                Statement = statement,
                Ordinal = i,
                Text = q.Text,
                Person = person,
                SpeakerRole = Truncate(q.SpeakerNamed ? q.SpeakerRole : q.Speaker, 500),
                Kind = q.Kind == X.QuoteKind.PullQuote ? QuoteKind.PullQuote : QuoteKind.Inline,
                Start = q.Start,
                End = q.End,
                FirstBlock = q.FirstBlock,
                LastBlock = q.LastBlock,
            });
        }

        for (var i = 0; i < extraction.Quotes.Count; i++)
        {
            if (extraction.Quotes[i].RepeatsQuote is int repeated && repeated >= 0 && repeated < quotes.Count && repeated != i)
            {
                quotes[i].RepeatsQuote = quotes[repeated];
            }
        }

        db.Quotes.AddRange(quotes);

        var law = new InstrumentResolver(db);
        for (var i = 0; i < extraction.Citations.Count; i++)
        {
            var c = extraction.Citations[i];
            var instrument = await law.GetOrCreateAsync(c, cancellationToken);
            var provision = c.Pinpoint is null ? null : await law.GetOrCreateProvisionAsync(instrument, c.Pinpoint, cancellationToken);
            db.Citations.Add(new Citation
            {
                Statement = statement,
                Ordinal = i,
                Surface = c.Surface,
                Instrument = instrument,
                Provision = provision,
                Pinpoint = Truncate(c.Pinpoint, 200),
                Start = c.Start,
                End = c.End,
            });
        }

        var actors = new ActorResolver(db);
        var countries = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < extraction.Demands.Count; i++)
        {
            var d = extraction.Demands[i];
            var actor = await actors.GetOrCreateAsync(d, cancellationToken);
            if (actor.CountryCode is { Length: 2 } code)
            {
                countries.Add(code.ToUpperInvariant());
            }

            db.Demands.Add(new Demand
            {
                PublicId = PublicIds.New(),
                Statement = statement,
                Ordinal = i,
                Text = d.Text,
                Actor = actor,
                Speaker = d.Speaker is null ? null : await persons.GetOrCreateAsync(d.Speaker, cancellationToken),
                Start = d.Start,
                End = d.End,
                Block = d.Block,
            });
        }

        foreach (var code in countries)
        {
            if (await db.Countries.AnyAsync(c => c.Code == code, cancellationToken))
            {
                db.StatementCountries.Add(new StatementCountry { Statement = statement, CountryCode = code });
            }
        }

        db.AuditEvents.Add(new AuditEvent
        {
            At = now,
            UserName = request.UserName,
            Action = "import",
            EntityType = "statement",
            EntityId = statement.PublicId,
            Summary = $"Imported {statement.OriginalFileName}: {quotes.Count} quotes, {extraction.Citations.Count} citations, {extraction.Demands.Count} demands",
            AfterJson = JsonSerializer.Serialize(new { statement.PublicId, statement.Title, statement.Publisher, statement.Language, statement.OriginalSha256 }),
        });

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Imported {StatementId} ({PublicId}) with {QuoteCount} quotes, {CitationCount} citations and {DemandCount} demands",
            statement.Id, statement.PublicId, quotes.Count, extraction.Citations.Count, extraction.Demands.Count);
        return new ImportOutcome(ImportStatus.Imported, statement.Id, statement.PublicId, null);
    }

    internal static IReadOnlyList<Core.Markdown.RenderBlock> RenderBlocks(X.ExtractionResult extraction) =>
        extraction.Blocks.Select(b => new Core.Markdown.RenderBlock(b.Anchor, MapRenderKind(MapKind(b.Kind)), b.Text, b.Start)).ToList();

    public static Core.Markdown.RenderBlockKind MapRenderKind(BlockKind kind) => kind switch
    {
        BlockKind.Heading => Core.Markdown.RenderBlockKind.Heading,
        BlockKind.PullQuote => Core.Markdown.RenderBlockKind.PullQuote,
        BlockKind.Attribution => Core.Markdown.RenderBlockKind.Attribution,
        BlockKind.Dateline => Core.Markdown.RenderBlockKind.Dateline,
        _ => Core.Markdown.RenderBlockKind.Paragraph,
    };

    private static BlockKind MapKind(X.BlockKind kind) => kind switch
    {
        X.BlockKind.Heading => BlockKind.Heading,
        X.BlockKind.PullQuote => BlockKind.PullQuote,
        X.BlockKind.Attribution => BlockKind.Attribution,
        X.BlockKind.Dateline => BlockKind.Dateline,
        _ => BlockKind.Paragraph,
    };

    /// <summary>A statement without a title line is listed by the start of its first paragraph.</summary>
    private static string? DisplayTitle(X.ExtractionResult extraction)
    {
        var first = extraction.Blocks.FirstOrDefault(b => b.Kind == X.BlockKind.Paragraph)?.Text;
        if (string.IsNullOrWhiteSpace(first))
        {
            return null;
        }

        var end = first.IndexOfAny(['.', '!', '?']);
        var sentence = end > 20 ? first[..(end + 1)] : first;
        if (sentence.Length <= 140)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOf(' ', 137);
        return sentence[..(cut > 40 ? cut : 137)] + "…";
    }

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && url.Length <= 2000;

    private static string? Truncate(string? s, int max) => s is null || s.Length <= max ? s : s[..max];

    public static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
