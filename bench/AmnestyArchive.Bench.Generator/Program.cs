using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;

// Usage: AmnestyArchive.Bench.Generator CONNECTION_STRING COUNT
// Adds published statements until the archive holds COUNT of them, by recombining sentence
// patterns with speakers, instruments, addressees and countries. Rows go in with binary COPY.
if (args.Length < 2 || !int.TryParse(args[1], out var target))
{
    Console.Error.WriteLine("Usage: AmnestyArchive.Bench.Generator CONNECTION_STRING COUNT");
    return 2;
}

await using var dataSource = NpgsqlDataSource.Create(args[0]);
await using var connection = await dataSource.OpenConnectionAsync();
var existing = Convert.ToInt32(await Scalar(connection, "SELECT count(*) FROM statements WHERE status = 'Published'"));
if (existing >= target)
{
    Console.WriteLine($"{existing} published statements already; nothing to do.");
    return 0;
}

var watch = Stopwatch.StartNew();

// The search projection's triggers would rebuild a statement's entries for every copied row;
// they are switched off for this session and the projection is rebuilt once at the end.
await using (var off = new NpgsqlCommand("SET archive.search_entries = 'off'", connection))
{
    await off.ExecuteNonQueryAsync();
}

var random = new Random(20260203 + existing);
var reference = await ReferenceData.EnsureAsync(connection);
var toAdd = target - existing;
const int Batch = 10_000;
for (var done = 0; done < toAdd; done += Batch)
{
    var n = Math.Min(Batch, toAdd - done);
    await Generator.AddAsync(connection, reference, random, n);
    Console.WriteLine($"{existing + done + n} statements ({watch.Elapsed.TotalSeconds:F0} s)");
}

await using (var rebuild = new NpgsqlCommand("SELECT search_entries_rebuild()", connection))
{
    rebuild.CommandTimeout = 1800;
    Console.WriteLine($"{await rebuild.ExecuteScalarAsync()} search entries rebuilt ({watch.Elapsed.TotalSeconds:F0} s)");
}

await using (var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection))
{
    analyze.CommandTimeout = 600;
    await analyze.ExecuteNonQueryAsync();
}

Console.WriteLine($"Added {toAdd} statements in {watch.Elapsed.TotalSeconds:F0} s");
return 0;

static async Task<object?> Scalar(NpgsqlConnection c, string sql)
{
    await using var command = new NpgsqlCommand(sql, c);
    return await command.ExecuteScalarAsync();
}

internal sealed record Named(int Id, string Slug, string Name, string? Extra = null);

internal sealed record InstrumentRef(int Id, string Slug, string Name, string NameEs, List<Named> Provisions);

internal sealed record ReferenceData(List<Named> Persons, List<InstrumentRef> Instruments, List<Named> Actors, List<Named> Tags, List<Named> Countries)
{
    private static readonly string[] FirstNames = ["Agnès", "Tirana", "Erika", "Juan", "María", "Volker", "Ana", "Michelle", "Kenneth", "Rosa", "Luis", "Carolina", "Ahmed", "Fatima", "Olga", "Daniel", "Irene", "Pablo", "Natalia", "Samuel"];
    private static readonly string[] LastNames = ["Callamard", "Hassan", "Guevara-Rosas", "Pappier", "Türk", "Bachelet", "Roth", "Núñez", "Domínguez", "Martínez", "Khan", "Okafor", "Petrova", "Ibáñez"];
    private static readonly string[] Roles = ["Secretary General of Amnesty International", "Americas Director at Amnesty International", "Senior Americas Researcher at Human Rights Watch", "UN High Commissioner for Human Rights", "Directora para las Américas de Amnistía Internacional"];
    private static readonly (string Name, string Es, string Abbr, string[] Provisions)[] InstrumentNames =
    [
        ("UN Charter", "Carta de las Naciones Unidas", "UNC", ["Article 2(4)", "Article 51", "Article 2(3)", "Article 39"]),
        ("International Covenant on Civil and Political Rights", "Pacto Internacional de Derechos Civiles y Políticos", "ICCPR", ["Article 6", "Article 7", "Article 9", "Article 14", "Article 19"]),
        ("Convention against Torture", "Convención contra la Tortura", "CAT", ["Article 1", "Article 2", "Article 3"]),
        ("American Convention on Human Rights", "Convención Americana sobre Derechos Humanos", "ACHR", ["Article 4", "Article 5", "Article 7", "Article 13"]),
        ("Rome Statute of the International Criminal Court", "Estatuto de Roma de la Corte Penal Internacional", "Rome Statute", ["Article 7", "Article 8", "Article 15"]),
        ("Geneva Conventions", "Convenios de Ginebra", "GC", ["Common Article 3", "Article 49"]),
        ("Universal Declaration of Human Rights", "Declaración Universal de Derechos Humanos", "UDHR", ["Article 3", "Article 5", "Article 19"]),
        ("Convention on the Rights of the Child", "Convención sobre los Derechos del Niño", "CRC", ["Article 3", "Article 37"]),
        ("Refugee Convention", "Convención sobre el Estatuto de los Refugiados", "1951 Convention", ["Article 33"]),
        ("International Convention for the Protection of All Persons from Enforced Disappearance", "Convención Internacional para la Protección de Todas las Personas contra las Desapariciones Forzadas", "ICPPED", ["Article 1", "Article 2"]),
    ];
    private static readonly (string Code, string Name, string Es)[] CountryNames =
    [
        ("VE", "Venezuela", "Venezuela"), ("US", "United States", "Estados Unidos"), ("CO", "Colombia", "Colombia"), ("MX", "Mexico", "México"),
        ("NI", "Nicaragua", "Nicaragua"), ("CU", "Cuba", "Cuba"), ("AR", "Argentina", "Argentina"), ("BR", "Brazil", "Brasil"),
        ("SV", "El Salvador", "El Salvador"), ("PE", "Peru", "Perú"), ("UA", "Ukraine", "Ucrania"), ("RU", "Russia", "Rusia"),
        ("IL", "Israel", "Israel"), ("PS", "Palestine", "Palestina"), ("SD", "Sudan", "Sudán"), ("IR", "Iran", "Irán"),
    ];
    private static readonly string[] TagNames = ["armed-conflict", "arbitrary-detention", "freedom-of-expression", "torture", "enforced-disappearance", "refugees", "children", "journalists", "human-rights-defenders", "death-penalty", "release-detainees", "investigate", "halt-attacks", "protect-civilians"];

    public static async Task<ReferenceData> EnsureAsync(NpgsqlConnection c)
    {
        foreach (var (code, name, es) in CountryNames)
        {
            await Exec(c, "INSERT INTO countries (code, name, name_es) VALUES (@p0, @p1, @p2) ON CONFLICT (code) DO NOTHING", code, name, es);
        }

        var persons = new List<Named>();
        foreach (var first in FirstNames)
        {
            foreach (var last in LastNames.Take(7))
            {
                var name = first + " " + last;
                persons.Add(await Upsert(c, "persons", Slug(name), name,
                    "INSERT INTO persons (slug, name, name_variants) VALUES (@p0, @p1, ARRAY[@p1]) ON CONFLICT (slug) DO UPDATE SET name = excluded.name RETURNING id",
                    Roles[persons.Count % Roles.Length]));
            }
        }

        var instruments = new List<InstrumentRef>();
        foreach (var (name, es, abbr, provisions) in InstrumentNames)
        {
            var instrument = await Upsert(c, "instruments", Slug(name), name,
                "INSERT INTO instruments (slug, name, name_es, abbreviation, aliases, type) VALUES (@p0, @p1, @p2, @p3, ARRAY[]::text[], 'Treaty') ON CONFLICT (slug) DO UPDATE SET name = excluded.name RETURNING id",
                es, abbr);
            var list = new List<Named>();
            foreach (var label in provisions)
            {
                var slug = Slug(label.Replace(')', ' '));
                await using var command = new NpgsqlCommand(
                    "INSERT INTO provisions (instrument_id, label, slug) VALUES (@i, @l, @s) ON CONFLICT (instrument_id, slug) DO UPDATE SET label = excluded.label RETURNING id", c);
                command.Parameters.AddWithValue("i", instrument.Id);
                command.Parameters.AddWithValue("l", label);
                command.Parameters.AddWithValue("s", slug);
                list.Add(new Named((int)(await command.ExecuteScalarAsync())!, slug, label));
            }

            instruments.Add(new InstrumentRef(instrument.Id, instrument.Slug, name, es, list));
        }

        var actors = new List<Named>();
        foreach (var (code, name, es) in CountryNames)
        {
            actors.Add(await Upsert(c, "actors", Slug(name), name,
                "INSERT INTO actors (slug, name, name_es, kind, country_code, aliases) VALUES (@p0, @p1, @p2, 'state', @p3, ARRAY[]::text[]) ON CONFLICT (slug) DO UPDATE SET name = excluded.name RETURNING id",
                es, code));
            actors.Add(await Upsert(c, "actors", Slug("authorities of " + name), "the authorities of " + name,
                "INSERT INTO actors (slug, name, name_es, kind, country_code, aliases) VALUES (@p0, @p1, @p2, 'authorities', @p3, ARRAY[]::text[]) ON CONFLICT (slug) DO UPDATE SET name = excluded.name RETURNING id",
                "las autoridades de " + es, code));
        }

        await Exec(c, "INSERT INTO vocabularies (slug, name) VALUES ('themes', 'Themes') ON CONFLICT (slug) DO NOTHING");
        var vocabularyId = (int)(await Scalar(c, "SELECT id FROM vocabularies WHERE slug = 'themes'"))!;
        var tags = new List<Named>();
        foreach (var slug in TagNames)
        {
            await using var command = new NpgsqlCommand(
                "INSERT INTO tags (vocabulary_id, slug, label) VALUES (@v, @s, @l) ON CONFLICT (vocabulary_id, slug) DO UPDATE SET label = excluded.label RETURNING id", c);
            command.Parameters.AddWithValue("v", vocabularyId);
            command.Parameters.AddWithValue("s", slug);
            command.Parameters.AddWithValue("l", char.ToUpperInvariant(slug[0]) + slug[1..].Replace('-', ' '));
            tags.Add(new Named((int)(await command.ExecuteScalarAsync())!, slug, slug));
        }

        return new ReferenceData(persons, instruments, actors, tags, CountryNames.Select(x => new Named(0, x.Code, x.Name, x.Es)).ToList());
    }

    private static async Task<Named> Upsert(NpgsqlConnection c, string table, string slug, string name, string sql, params string?[] extra)
    {
        _ = table;
        await using var command = new NpgsqlCommand(sql, c);
        command.Parameters.AddWithValue("p0", slug);
        command.Parameters.AddWithValue("p1", name);
        for (var i = 0; i < extra.Length; i++)
        {
            command.Parameters.AddWithValue("p" + (i + 2), (object?)extra[i] ?? DBNull.Value);
        }

        return new Named((int)(await command.ExecuteScalarAsync())!, slug, name, extra.Length > 0 ? extra[0] : null);
    }

    private static async Task Exec(NpgsqlConnection c, string sql, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, c);
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("p" + i, values[i]);
        }

        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> Scalar(NpgsqlConnection c, string sql)
    {
        await using var command = new NpgsqlCommand(sql, c);
        return await command.ExecuteScalarAsync();
    }

    public static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var ch in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
            else if ((ch is ' ' or '-' or '(' or '.') && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }
}
