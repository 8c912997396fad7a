using System.Text;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Editing;

/// <summary>One line of a vocabulary CSV.</summary>
public sealed record VocabularyRow(string Vocabulary, string Slug, string Label, string? LabelEs, string? ParentSlug, string? ScopeNote);

public sealed record VocabularyImportResult(int Created, int Updated, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Vocabularies as CSV (RFC 4180) with the header <c>vocabulary,slug,label,label_es,parent_slug,scope_note</c>.
/// Export then import gives the same terms; import is an upsert by (vocabulary, slug), all or nothing.
/// </summary>
public static class VocabularyCsv
{
    public const string Header = "vocabulary,slug,label,label_es,parent_slug,scope_note";
    private static readonly string[] Columns = Header.Split(',');

    public static async Task<string> ExportAsync(ArchiveDbContext db, CancellationToken ct = default)
    {
        var rows = await db.Tags.AsNoTracking()
            .OrderBy(t => t.Vocabulary!.Slug).ThenBy(t => t.ParentId != null).ThenBy(t => t.Slug)
            .Select(t => new VocabularyRow(t.Vocabulary!.Slug, t.Slug, t.Label, t.LabelEs, t.Parent!.Slug, t.ScopeNote))
            .ToListAsync(ct);
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var r in rows)
        {
            csv.AppendJoin(',', new[] { r.Vocabulary, r.Slug, r.Label, r.LabelEs, r.ParentSlug, r.ScopeNote }.Select(Quote))
                .Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>Parses CSV text into rows, or returns the errors (line numbers are 1-based).</summary>
    public static (IReadOnlyList<VocabularyRow> Rows, IReadOnlyList<string> Errors) Parse(string text)
    {
        var errors = new List<string>();
        var records = ReadRecords(text.TrimStart('\uFEFF'), errors);
        if (errors.Count > 0)
        {
            return ([], errors);
        }

        if (records.Count == 0 || !records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).SequenceEqual(Columns))
        {
            return ([], [$"The first line must be the header: {Header}"]);
        }

        var rows = new List<VocabularyRow>();
        var seen = new HashSet<(string, string)>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (fields.Count != Columns.Length)
            {
                errors.Add($"Line {line}: expected {Columns.Length} columns, found {fields.Count}.");
                continue;
            }

            var vocabulary = fields[0].Trim();
            var slug = fields[1].Trim();
            var label = fields[2].Trim();
            if (vocabulary.Length == 0 || slug.Length == 0 || label.Length == 0)
            {
                errors.Add($"Line {line}: vocabulary, slug and label are required.");
                continue;
            }

            if (SlugText.From(slug) != slug || SlugText.From(vocabulary) != vocabulary)
            {
                errors.Add($"Line {line}: vocabulary and slug must be lower-case words joined by hyphens (\"{slug}\").");
                continue;
            }

            if (label.Length > 200 || slug.Length > 200)
            {
                errors.Add($"Line {line}: slug and label are limited to 200 characters.");
                continue;
            }

            if (!seen.Add((vocabulary, slug)))
            {
                errors.Add($"Line {line}: {vocabulary}/{slug} appears twice.");
                continue;
            }

            var parent = NullIfEmpty(fields[4]);
            if (parent == slug)
            {
                errors.Add($"Line {line}: a term cannot be its own parent.");
                continue;
            }

            rows.Add(new VocabularyRow(vocabulary, slug, label, NullIfEmpty(fields[3]), parent, NullIfEmpty(fields[5])));
        }

        return (rows, errors);
    }

    /// <summary>Upserts the rows in one transaction; on any error nothing is written.</summary>
    public static async Task<VocabularyImportResult> ImportAsync(ArchiveDbContext db, IReadOnlyList<VocabularyRow> rows,
        Action? beforeSave = null, CancellationToken ct = default)
    {
        var vocabularySlugs = rows.Select(r => r.Vocabulary).Distinct().ToList();
        var vocabularies = await db.Vocabularies.Include(v => v.Tags)
            .Where(v => vocabularySlugs.Contains(v.Slug)).ToDictionaryAsync(v => v.Slug, ct);
        int created = 0, updated = 0;
        foreach (var slug in vocabularySlugs.Where(s => !vocabularies.ContainsKey(s)))
        {
            var vocabulary = new Vocabulary { Slug = slug, Name = NameFromSlug(slug) };
            db.Vocabularies.Add(vocabulary);
            vocabularies[slug] = vocabulary;
        }

        foreach (var row in rows)
        {
            var vocabulary = vocabularies[row.Vocabulary];
            var tag = vocabulary.Tags.SingleOrDefault(t => t.Slug == row.Slug);
            if (tag is null)
            {
                tag = new Tag { Slug = row.Slug, Vocabulary = vocabulary };
                vocabulary.Tags.Add(tag);
                created++;
            }
            else if (tag.Label != row.Label || tag.LabelEs != row.LabelEs || tag.ScopeNote != row.ScopeNote
                     || tag.Parent?.Slug != row.ParentSlug)
            {
                updated++;
            }

            tag.Label = row.Label;
            tag.LabelEs = row.LabelEs;
            tag.ScopeNote = row.ScopeNote;
        }

        var errors = new List<string>();
        foreach (var row in rows)
        {
            var vocabulary = vocabularies[row.Vocabulary];
            var tag = vocabulary.Tags.Single(t => t.Slug == row.Slug);
            if (row.ParentSlug is null)
            {
                tag.Parent = null;
                tag.ParentId = null;
                continue;
            }

            var parent = vocabulary.Tags.SingleOrDefault(t => t.Slug == row.ParentSlug);
            if (parent is null)
            {
                errors.Add($"{row.Vocabulary}/{row.Slug}: parent \"{row.ParentSlug}\" is not in that vocabulary.");
                continue;
            }

            tag.Parent = parent;
        }

        foreach (var vocabulary in vocabularies.Values)
        {
            foreach (var tag in vocabulary.Tags)
            {
                var steps = 0;
                for (var p = tag.Parent; p is not null; p = p.Parent)
                {
                    if (p == tag || ++steps > 100)
                    {
                        errors.Add($"{vocabulary.Slug}/{tag.Slug}: the parents form a cycle.");
                        break;
                    }
                }
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new VocabularyImportResult(0, 0, errors);
        }

        beforeSave?.Invoke();
        await db.SaveChangesAsync(ct);
        return new VocabularyImportResult(created, updated, []);
    }

    internal static string NameFromSlug(string slug) =>
        slug.Length == 0 ? slug : char.ToUpperInvariant(slug[0]) + slug[1..].Replace('-', ' ');

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }

        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 || field != field.Trim()
            ? "\"" + field.Replace("\"", "\"\"") + "\""
            : field;
    }

    private static List<(int Line, List<string> Fields)> ReadRecords(string text, List<string> errors)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add((recordLine, fields));
                    fields = [];
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }

            i++;
        }

        if (quoted)
        {
            errors.Add($"Line {recordLine}: a quoted field is not closed.");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields));
        }

        return records;
    }
}

/// <summary>Seeds the starter vocabularies from <c>seeds/vocabularies.csv</c>; safe to run on every start.</summary>
public static class VocabularySeeder
{
    public static async Task SeedAsync(ArchiveDbContext db, string csvPath, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(csvPath))
        {
            throw new FileNotFoundException($"No vocabulary CSV at {csvPath}", csvPath);
        }

        var (rows, errors) = VocabularyCsv.Parse(await File.ReadAllTextAsync(csvPath, cancellationToken));
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{csvPath}: {string.Join(" ", errors)}");
        }

        // Only terms not there yet: an admin's later edits to a seeded term are kept.
        var existing = await db.Tags.AsNoTracking().Select(t => t.Vocabulary!.Slug + "/" + t.Slug).ToListAsync(cancellationToken);
        var known = existing.ToHashSet();
        if (rows.All(r => known.Contains(r.Vocabulary + "/" + r.Slug)))
        {
            return;
        }

        var missing = rows.Where(r => !known.Contains(r.Vocabulary + "/" + r.Slug)).ToList();
        var result = await VocabularyCsv.ImportAsync(db, missing, ct: cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{csvPath}: {string.Join(" ", result.Errors)}");
        }
    }
}
