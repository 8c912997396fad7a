using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmnestyArchive.Web.Tests.Infrastructure;

/// <summary>
/// Inserts statements with everything linked to them straight through <see cref="ArchiveDbContext"/>,
/// so the public site's tests depend on neither the importer nor the publish workflow.
/// Shared with the browser tests (linked into that project).
/// </summary>
public sealed class ArchiveData(IServiceProvider services)
{
    public sealed record QuoteSpec(string Words, string Speaker, string? Role = null, params string[] Tags);
    public sealed record CitationSpec(string Surface, string Instrument, string? Provision = null);
    public sealed record DemandSpec(string Sentence, string Addressee, params string[] Tags);

    /// <summary>A statement to insert; the defaults make a realistic published English statement.</summary>
    public sealed class StatementSpec
    {
        public string PublicId { get; set; } = NewId();
        public string Title { get; set; } = "USA/Venezuela: Attack violates the UN Charter";
        public string Publisher { get; set; } = "Amnesty International";
        public DateOnly PublishedOn { get; set; } = new(2026, 2, 3);
        public string Language { get; set; } = "en";
        public StatementStatus Status { get; set; } = StatementStatus.Published;
        public string? SourceUrl { get; set; } = "https://www.amnesty.org/en/latest/news/2026/02/venezuela/";
        public string? WithdrawalReason { get; set; }
        public int? TranslationOfId { get; set; }

        public List<string> Paragraphs { get; set; } =
        [
            "Attack on Venezuela violates international law",
            "The United States must immediately halt its military attack on Venezuela, which violates Article 2(4) of the UN Charter.",
            "“This attack is an act of aggression that puts countless civilians at risk,” said Agnès Callamard, Secretary General of Amnesty International.",
            "The authorities in Venezuela should release all people detained arbitrarily.",
        ];

        public List<QuoteSpec> Quotes { get; set; } =
        [
            new("This attack is an act of aggression that puts countless civilians at risk", "Agnès Callamard", "Secretary General of Amnesty International", "themes/armed-conflict"),
        ];

        public List<CitationSpec> Citations { get; set; } = [new("Article 2(4) of the UN Charter", "UN Charter", "Article 2(4)")];

        public List<DemandSpec> Demands { get; set; } =
        [
            new("The United States must immediately halt its military attack on Venezuela, which violates Article 2(4) of the UN Charter.", "United States", "demands/halt-attacks"),
            new("The authorities in Venezuela should release all people detained arbitrarily.", "Venezuela", "demands/release-detainees"),
        ];

        public List<string> Countries { get; set; } = ["VE", "US"];

        /// <summary>Earlier texts of the statement, as revisions before the current one (oldest first).</summary>
        public List<List<string>> EarlierRevisions { get; set; } = [];
    }

    /// <summary>What was inserted, for tests to look up.</summary>
    public sealed record SeededStatement(int Id, string PublicId, string NormalizedText, IReadOnlyList<string> QuoteIds,
        IReadOnlyList<string> DemandIds, IReadOnlyList<string> BlockAnchors);

    public static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant();

    public static string Slug(string name)
    {
        var normalized = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in normalized)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if ((c == ' ' || c == '-' || c == '(' || c == '.') && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }

    public Task<SeededStatement> AddStatementAsync(Action<StatementSpec>? configure = null)
    {
        var spec = new StatementSpec();
        configure?.Invoke(spec);
        return AddStatementAsync(spec);
    }

    public async Task<SeededStatement> AddStatementAsync(StatementSpec spec)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        var text = string.Join("\n\n", spec.Paragraphs);
        var now = DateTimeOffset.UtcNow;
        var statement = new Statement
        {
            PublicId = spec.PublicId,
            Publisher = spec.Publisher,
            Title = spec.Title,
            PublishedOn = spec.PublishedOn,
            Language = spec.Language,
            SourceUrl = spec.SourceUrl,
            OriginalBytes = Encoding.UTF8.GetBytes(text),
            OriginalSha256 = Sha256(text),
            NormalizedSha256 = Sha256(text + spec.PublicId),
            OriginalFileName = spec.PublicId + ".txt",
            NormalizedText = text,
            BodyMarkdown = string.Join("\n\n", spec.Paragraphs.Select((p, i) => i == 0 ? "## " + p : p)),
            Status = spec.Status,
            ImportedAt = now.AddDays(-1),
            UpdatedAt = now,
            PublishedAt = spec.Status is StatementStatus.Published or StatementStatus.Withdrawn ? now : null,
            WithdrawnAt = spec.Status == StatementStatus.Withdrawn ? now : null,
            WithdrawalReason = spec.WithdrawalReason,
            TranslationOfId = spec.TranslationOfId,
            CurrentRevision = spec.EarlierRevisions.Count + 1,
        };

        var offset = 0;
        for (var i = 0; i < spec.Paragraphs.Count; i++)
        {
            var p = spec.Paragraphs[i];
            statement.Blocks.Add(new Block
            {
                Ordinal = i,
                Anchor = "p" + (i + 1),
                Kind = i == 0 ? BlockKind.Heading : BlockKind.Paragraph,
                Text = p,
                Start = offset,
                End = offset + p.Length,
            });
            offset += p.Length + 2;
        }

        for (var i = 0; i < spec.Quotes.Count; i++)
        {
            var q = spec.Quotes[i];
            var (start, end, block) = Locate(statement, q.Words);
            var quote = new Quote
            {
                PublicId = NewId(),
                Ordinal = i,
                Text = q.Words,
                Person = await PersonAsync(db, q.Speaker, q.Role),
                SpeakerRole = q.Role,
                Kind = QuoteKind.Inline,
                Start = start,
                End = end,
                FirstBlock = block,
                LastBlock = block,
            };
            foreach (var tag in q.Tags)
            {
                quote.Tags.Add(new QuoteTag { Tag = await TagAsync(db, tag) });
            }

            statement.Quotes.Add(quote);
        }

        for (var i = 0; i < spec.Citations.Count; i++)
        {
            var c = spec.Citations[i];
            var (start, end, _) = Locate(statement, c.Surface);
            var instrument = await InstrumentAsync(db, c.Instrument);
            statement.Citations.Add(new Citation
            {
                Ordinal = i,
                Surface = c.Surface,
                Instrument = instrument,
                Provision = c.Provision is null ? null : await ProvisionAsync(db, instrument, c.Provision),
                Pinpoint = c.Provision,
                Start = start,
                End = end,
            });
        }

        for (var i = 0; i < spec.Demands.Count; i++)
        {
            var d = spec.Demands[i];
            var (start, end, block) = Locate(statement, d.Sentence);
            var demand = new Demand
            {
                PublicId = NewId(),
                Ordinal = i,
                Text = d.Sentence,
                Actor = await ActorAsync(db, d.Addressee),
                Start = start,
                End = end,
                Block = block,
            };
            foreach (var tag in d.Tags)
            {
                demand.Tags.Add(new DemandTag { Tag = await TagAsync(db, tag) });
            }

            statement.Demands.Add(demand);
        }

        foreach (var code in spec.Countries)
        {
            if (await db.Countries.FindAsync(code) is null && !db.Countries.Local.Any(c => c.Code == code))
            {
                db.Countries.Add(new Country { Code = code, Name = CountryName(code) });
            }

            statement.Countries.Add(new StatementCountry { CountryCode = code });
        }

        if (spec.Status is StatementStatus.Published or StatementStatus.Withdrawn)
        {
            var number = 1;
            foreach (var earlier in spec.EarlierRevisions)
            {
                statement.Revisions.Add(RevisionOf(number++, statement.Title, earlier, Snapshot(earlier, statement), now.AddDays(-2)));
            }

            statement.Revisions.Add(RevisionOf(number, statement.Title, spec.Paragraphs, Snapshot(spec.Paragraphs, statement), now));
        }

        db.Statements.Add(statement);
        await db.SaveChangesAsync();

        // The output cache lives as long as the test host: start every test from a cold cache,
        // as a publish would.
        await scope.ServiceProvider.GetRequiredService<IOutputCacheStore>().EvictByTagAsync("public", default);

        return new SeededStatement(statement.Id, statement.PublicId, text,
            statement.Quotes.Select(q => q.PublicId).ToList(), statement.Demands.Select(d => d.PublicId).ToList(),
            statement.Blocks.Select(b => b.Anchor).ToList());
    }

    private static Revision RevisionOf(int number, string? title, List<string> paragraphs, string snapshot, DateTimeOffset at)
    {
        var body = string.Join("\n\n", paragraphs);
        return new Revision
        {
            Number = number,
            CreatedAt = at,
            CreatedBy = "editor@example.org",
            Note = number == 1 ? "First published" : "Corrected",
            Title = title,
            BodyMarkdown = body,
            SnapshotJson = snapshot,
            Sha256 = Sha256(body + snapshot),
        };
    }

    /// <summary>The quotes of a text as a revision keeps them: each quote's words as they appear in that text.</summary>
    private static string Snapshot(List<string> paragraphs, Statement statement)
    {
        var text = string.Join("\n\n", paragraphs);
        var quotes = statement.Quotes.Select(q => new
        {
            publicId = q.PublicId,
            // In an earlier text the quote may read differently: take the same span of that text.
            text = text.Contains(q.Text, StringComparison.Ordinal) ? q.Text : SameSentence(text, q),
        });
        return JsonSerializer.Serialize(new { quotes });
    }

    private static string SameSentence(string text, Quote q) =>
        q.Start < text.Length ? text[q.Start..Math.Min(text.Length, q.End)] : "";

    private static (int Start, int End, int Block) Locate(Statement statement, string words)
    {
        var start = statement.NormalizedText.IndexOf(words, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"'{words}' is not in the statement's text");
        }

        var block = statement.Blocks.First(b => b.Start <= start && start < b.End + 2).Ordinal;
        return (start, start + words.Length, block);
    }

    private static async Task<Person> PersonAsync(ArchiveDbContext db, string name, string? role)
    {
        var slug = Slug(name);
        var person = db.Persons.Local.FirstOrDefault(p => p.Slug == slug) ?? await db.Persons.Include(p => p.Roles).FirstOrDefaultAsync(p => p.Slug == slug);
        if (person is null)
        {
            person = new Person { Slug = slug, Name = name, NameVariants = [name] };
            db.Persons.Add(person);
        }

        if (role is not null && person.Roles.All(r => r.Title != role))
        {
            person.Roles.Add(new PersonRole { Title = role, FirstSeen = new DateOnly(2026, 2, 3) });
        }

        return person;
    }

    private static async Task<LegalInstrument> InstrumentAsync(ArchiveDbContext db, string name)
    {
        var slug = Slug(name);
        var instrument = db.Instruments.Local.FirstOrDefault(i => i.Slug == slug) ?? await db.Instruments.FirstOrDefaultAsync(i => i.Slug == slug);
        if (instrument is null)
        {
            instrument = new LegalInstrument
            {
                Slug = slug,
                Name = name,
                Abbreviation = name == "UN Charter" ? "UNC" : null,
                Type = name.Contains("Charter", StringComparison.Ordinal) ? InstrumentType.Treaty : InstrumentType.Other,
                AdoptingBody = "United Nations",
                Year = 1945,
            };
            db.Instruments.Add(instrument);
        }

        return instrument;
    }

    private static async Task<Provision> ProvisionAsync(ArchiveDbContext db, LegalInstrument instrument, string label)
    {
        var slug = Slug(label.Replace(')', ' '));
        var provision = db.Provisions.Local.FirstOrDefault(p => p.Instrument == instrument && p.Slug == slug)
                        ?? (instrument.Id == 0 ? null : await db.Provisions.FirstOrDefaultAsync(p => p.InstrumentId == instrument.Id && p.Slug == slug));
        if (provision is null)
        {
            provision = new Provision { Instrument = instrument, Label = label, Slug = slug };
            db.Provisions.Add(provision);
        }

        return provision;
    }

    private static async Task<Actor> ActorAsync(ArchiveDbContext db, string name)
    {
        var slug = Slug(name);
        var actor = db.Actors.Local.FirstOrDefault(a => a.Slug == slug) ?? await db.Actors.FirstOrDefaultAsync(a => a.Slug == slug);
        if (actor is null)
        {
            actor = new Actor { Slug = slug, Name = name, Kind = "state", CountryCode = name == "Venezuela" ? "VE" : name == "United States" ? "US" : null };
            db.Actors.Add(actor);
        }

        return actor;
    }

    /// <summary>A tag named <c>vocabulary/slug</c>; both are created when missing.</summary>
    private static async Task<Tag> TagAsync(ArchiveDbContext db, string key)
    {
        var (vocabularySlug, slug) = (key.Split('/')[0], key.Split('/')[1]);
        var vocabulary = db.Vocabularies.Local.FirstOrDefault(v => v.Slug == vocabularySlug)
                         ?? await db.Vocabularies.FirstOrDefaultAsync(v => v.Slug == vocabularySlug);
        if (vocabulary is null)
        {
            vocabulary = new Vocabulary { Slug = vocabularySlug, Name = char.ToUpperInvariant(vocabularySlug[0]) + vocabularySlug[1..] };
            db.Vocabularies.Add(vocabulary);
        }

        var tag = db.Tags.Local.FirstOrDefault(t => t.Vocabulary == vocabulary && t.Slug == slug)
                  ?? (vocabulary.Id == 0 ? null : await db.Tags.FirstOrDefaultAsync(t => t.VocabularyId == vocabulary.Id && t.Slug == slug));
        if (tag is null)
        {
            tag = new Tag { Vocabulary = vocabulary, Slug = slug, Label = char.ToUpperInvariant(slug[0]) + slug[1..].Replace('-', ' ') };
            db.Tags.Add(tag);
        }

        return tag;
    }

    private static string CountryName(string code) => code switch
    {
        "VE" => "Venezuela",
        "US" => "United States",
        "CO" => "Colombia",
        "ES" => "Spain",
        "MX" => "Mexico",
        _ => code,
    };

    private static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}
