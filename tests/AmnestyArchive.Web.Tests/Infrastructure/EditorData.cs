using System.Security.Cryptography;
using System.Text;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;

namespace AmnestyArchive.Web.Tests.Infrastructure;

/// <summary>A statement with one paragraph per line, a quote, a citation and a demand, written straight to the database.</summary>
public sealed record SeededStatement(int Id, string PublicId, int QuoteId, int SecondQuoteId, int CitationId, int DemandId, int InstrumentId,
    int ActorId, int TagId);

public static class EditorData
{
    public const string Text =
        "“We will not be silenced,” said Ana Pérez, a defender.\n\n" +
        "“The authorities must free them now,” she added.\n\n" +
        "Article 2(4) of the UN Charter prohibits the use of force.\n\n" +
        "The authorities of Venezuela must release all detainees.";

    public static Task<SeededStatement> StatementAsync(ArchiveWebFactory factory, string text = Text,
        StatementStatus status = StatementStatus.Draft) => factory.WithDbAsync(async db =>
    {
        var instrument = new LegalInstrument { Slug = "un-charter-" + Suffix(), Name = "Charter of the United Nations " + Suffix(), Abbreviation = "UN Charter" };
        var actor = new Actor { Slug = "venezuela-" + Suffix(), Name = "Venezuelan authorities " + Suffix() };
        var vocabulary = new Vocabulary { Slug = "themes-" + Suffix(), Name = "Themes" };
        var tag = new Tag { Vocabulary = vocabulary, Slug = "civic-space", Label = "Civic space " + Suffix() };
        db.AddRange(instrument, actor, vocabulary, tag);
        var bytes = Encoding.UTF8.GetBytes(text);
        var statement = new Statement
        {
            PublicId = "s" + Suffix(), Publisher = "Amnesty International", Title = "Test statement", Language = "en",
            OriginalBytes = bytes, OriginalSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            NormalizedSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), OriginalFileName = "test.txt", NormalizedText = text,
            Status = status, ImportedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        var offset = 0;
        var ordinal = 0;
        foreach (var paragraph in text.Split("\n\n"))
        {
            statement.Blocks.Add(new Block { Ordinal = ordinal, Anchor = $"p{ordinal + 1}", Kind = BlockKind.Paragraph, Text = paragraph, Start = offset, End = offset + paragraph.Length });
            offset += paragraph.Length + 2;
            ordinal++;
        }

        db.Statements.Add(statement);
        Quote? first = null, second = null;
        Citation? citation = null;
        Demand? demand = null;
        if (text == Text)
        {
            first = Span(text, "We will not be silenced,", (s, e, t) => new Quote { PublicId = "q" + Suffix(), Statement = statement, Text = t, Start = s, End = e, Ordinal = 0 });
            second = Span(text, "The authorities must free them now,", (s, e, t) => new Quote { PublicId = "q" + Suffix(), Statement = statement, Text = t, Start = s, End = e, Ordinal = 1, FirstBlock = 1, LastBlock = 1 });
            citation = Span(text, "Article 2(4) of the UN Charter", (s, e, t) => new Citation { Statement = statement, Surface = t, Start = s, End = e });
            demand = Span(text, "The authorities of Venezuela must release all detainees.", (s, e, t) => new Demand { PublicId = "d" + Suffix(), Statement = statement, Text = t, Start = s, End = e, Block = 3 });
            db.AddRange(first, second, citation, demand);
        }

        await db.SaveChangesAsync();
        return new SeededStatement(statement.Id, statement.PublicId, first?.Id ?? 0, second?.Id ?? 0, citation?.Id ?? 0, demand?.Id ?? 0,
            instrument.Id, actor.Id, tag.Id);
    });

    private static T Span<T>(string text, string phrase, Func<int, int, string, T> make)
    {
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(start >= 0, phrase);
        return make(start, start + phrase.Length, phrase);
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];
}
