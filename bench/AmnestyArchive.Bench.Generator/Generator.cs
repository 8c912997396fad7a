using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;

/// <summary>Recombines sentence patterns into statements and writes them, with their spans, by binary COPY.</summary>
internal static class Generator
{
    private static readonly string[] Publishers = ["Amnesty International", "Human Rights Watch", "UN Human Rights Office", "Amnistía Internacional", "International Commission of Jurists"];
    private static readonly string[] ActionsEn = ["release", "investigate the killing of", "stop the harassment of", "guarantee the safety of", "end the arbitrary detention of", "protect", "halt attacks on", "account for"];
    private static readonly string[] ObjectsEn = ["journalists", "human rights defenders", "political prisoners", "civilians", "protesters", "children", "asylum seekers", "Indigenous leaders", "trade unionists", "lawyers"];
    private static readonly string[] ActionsEs = ["liberar a", "investigar el asesinato de", "cesar el hostigamiento contra", "garantizar la seguridad de", "poner fin a la detención arbitraria de", "proteger a", "detener los ataques contra"];
    private static readonly string[] ObjectsEs = ["periodistas", "defensoras y defensores de derechos humanos", "presos políticos", "la población civil", "manifestantes", "niñas y niños", "solicitantes de asilo", "líderes indígenas"];
    private static readonly string[] ThreatsEn = ["an act of aggression", "a grave violation of international law", "a crime under international law", "a deliberate attack on civilians", "a pattern of repression", "an assault on press freedom"];
    private static readonly string[] ThreatsEs = ["un acto de agresión", "una grave violación del derecho internacional", "un crimen de derecho internacional", "un ataque deliberado contra la población civil", "un patrón de represión", "un ataque a la libertad de prensa"];
    private static readonly string[] FillersEn = ["The organization documented {n} cases in the past year.", "Witnesses described raids carried out at night without warrants.", "Families have not been told where their relatives are held.", "The government has rejected the findings without offering evidence.", "Independent monitors have been denied access since {y}."];
    private static readonly string[] FillersEs = ["La organización documentó {n} casos durante el último año.", "Testigos describieron allanamientos nocturnos sin orden judicial.", "Las familias no saben dónde están detenidos sus seres queridos.", "El gobierno rechazó los hallazgos sin aportar pruebas.", "Los observadores independientes no tienen acceso desde {y}."];

    private sealed record Span(int Start, int End, int Block);

    public static async Task AddAsync(NpgsqlConnection c, ReferenceData r, Random random, int count)
    {
        var statementId = await NextIdAsync(c, "statements");
        var blockId = await NextIdAsync(c, "blocks");
        var quoteId = await NextIdAsync(c, "quotes");
        var citationId = await NextIdAsync(c, "citations");
        var demandId = await NextIdAsync(c, "demands");
        var now = DateTimeOffset.UtcNow;

        await using var statements = await c.BeginBinaryImportAsync(
            "COPY statements (id, public_id, publisher, title, published_on, language, source_url, original_bytes, original_sha256, normalized_sha256, original_file_name, normalized_text, body_markdown, status, imported_at, updated_at, published_at, current_revision) FROM STDIN (FORMAT BINARY)");
        var blocks = new List<object?[]>();
        var quotes = new List<object?[]>();
        var citations = new List<object?[]>();
        var demands = new List<object?[]>();
        var countries = new List<object?[]>();
        var quoteTags = new List<object?[]>();
        var revisions = new List<object?[]>();
        for (var i = 0; i < count; i++, statementId++)
        {
            var es = random.Next(5) == 0;
            var country = r.Countries[random.Next(r.Countries.Count)];
            var countryIndex = r.Countries.IndexOf(country);
            var state = r.Actors[countryIndex * 2];
            var authorities = r.Actors[countryIndex * 2 + 1];
            var person = r.Persons[random.Next(r.Persons.Count)];
            var instrument = r.Instruments[random.Next(r.Instruments.Count)];
            var provision = instrument.Provisions[random.Next(instrument.Provisions.Count)];
            var publisher = es ? "Amnistía Internacional" : Publishers[random.Next(Publishers.Length)];
            var date = new DateOnly(2015, 1, 1).AddDays(random.Next(4000));
            var n = random.Next(3, 400);

            string heading, p1, citationSurface, p2, quoteWords, p3, p4;
            if (es)
            {
                var (action, obj) = (ActionsEs[random.Next(ActionsEs.Length)], ObjectsEs[random.Next(ObjectsEs.Length)]);
                heading = $"{country.Extra}: Las autoridades deben {action} {obj}";
                citationSurface = $"el {provision.Name} de la {instrument.NameEs}";
                p1 = $"{Cap(authorities.Extra!)} deben {action} {obj} de inmediato, en cumplimiento de {citationSurface}.";
                quoteWords = $"Lo que ocurre en {country.Extra} es {ThreatsEs[random.Next(ThreatsEs.Length)]} y no puede quedar impune";
                p2 = $"“{quoteWords}”, dijo {person.Name}.";
                p3 = $"Amnistía Internacional insta a {state.Extra} a {ActionsEs[random.Next(ActionsEs.Length)]} {ObjectsEs[random.Next(ObjectsEs.Length)]}.";
                p4 = FillersEs[random.Next(FillersEs.Length)].Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Replace("{y}", date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                var (action, obj) = (ActionsEn[random.Next(ActionsEn.Length)], ObjectsEn[random.Next(ObjectsEn.Length)]);
                heading = $"{country.Name}: Authorities must {action} {obj}";
                citationSurface = $"{provision.Name} of the {instrument.Name}";
                p1 = $"{Cap(authorities.Name)} must immediately {action} {obj}, as required by {citationSurface}.";
                quoteWords = $"What is happening in {country.Name} is {ThreatsEn[random.Next(ThreatsEn.Length)]} and must not go unpunished";
                p2 = $"“{quoteWords},” said {person.Name}, {person.Extra}.";
                p3 = $"{publisher} calls on {state.Name} to {ActionsEn[random.Next(ActionsEn.Length)]} {ObjectsEn[random.Next(ObjectsEn.Length)]}.";
                p4 = FillersEn[random.Next(FillersEn.Length)].Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Replace("{y}", date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            string[] paragraphs = [heading, p1, p2, p3, p4];
            var text = string.Join("\n\n", paragraphs);
            var publicId = Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant();
            var bytes = Encoding.UTF8.GetBytes(text);
            var sha = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
            var body = "## " + string.Join("\n\n", paragraphs);

            await statements.StartRowAsync();
            await statements.WriteAsync(statementId, NpgsqlDbType.Integer);
            await statements.WriteAsync(publicId, NpgsqlDbType.Varchar);
            await statements.WriteAsync(publisher, NpgsqlDbType.Varchar);
            await statements.WriteAsync(heading, NpgsqlDbType.Varchar);
            await statements.WriteAsync(date, NpgsqlDbType.Date);
            await statements.WriteAsync(es ? "es" : "en", NpgsqlDbType.Varchar);
            await statements.WriteAsync($"https://example.org/{publicId}", NpgsqlDbType.Varchar);
            await statements.WriteAsync(bytes, NpgsqlDbType.Bytea);
            await statements.WriteAsync(sha, NpgsqlDbType.Char);
            await statements.WriteAsync(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text + publicId))).ToLowerInvariant(), NpgsqlDbType.Char);
            await statements.WriteAsync(publicId + ".txt", NpgsqlDbType.Varchar);
            await statements.WriteAsync(text, NpgsqlDbType.Text);
            await statements.WriteAsync(body, NpgsqlDbType.Text);
            await statements.WriteAsync("Published", NpgsqlDbType.Varchar);
            await statements.WriteAsync(now, NpgsqlDbType.TimestampTz);
            await statements.WriteAsync(now, NpgsqlDbType.TimestampTz);
            await statements.WriteAsync(now, NpgsqlDbType.TimestampTz);
            await statements.WriteAsync(1, NpgsqlDbType.Integer);

            var offset = 0;
            var starts = new int[paragraphs.Length];
            for (var b = 0; b < paragraphs.Length; b++)
            {
                starts[b] = offset;
                blocks.Add([blockId++, statementId, b, "p" + (b + 1), b == 0 ? "Heading" : "Paragraph", paragraphs[b], offset, offset + paragraphs[b].Length]);
                offset += paragraphs[b].Length + 2;
            }

            Span At(int block, string words)
            {
                var s = starts[block] + paragraphs[block].IndexOf(words, StringComparison.Ordinal);
                return new Span(s, s + words.Length, block);
            }

            var q = At(2, quoteWords);
            var quotePublicId = Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant();
            quotes.Add([quoteId, quotePublicId, statementId, 0, quoteWords, person.Id, es ? null : person.Extra, "Inline", q.Start, q.End, 2, 2]);
            quoteTags.Add([quoteId, r.Tags[random.Next(r.Tags.Count)].Id]);
            quoteId++;
            var cit = At(1, citationSurface);
            citations.Add([citationId++, statementId, 0, citationSurface, instrument.Id, provision.Id, provision.Name, cit.Start, cit.End]);
            var d1 = At(1, p1);
            demands.Add([demandId++, Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant(), statementId, 0, p1, authorities.Id, null, d1.Start, d1.End, 1]);
            var d2 = At(3, p3);
            demands.Add([demandId++, Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant(), statementId, 1, p3, state.Id, null, d2.Start, d2.End, 3]);
            countries.Add([statementId, country.Slug]);
            var snapshot = $"{{\"quotes\":[{{\"publicId\":\"{quotePublicId}\",\"text\":\"{quoteWords}\"}}]}}";
            revisions.Add([statementId, 1, now, body, snapshot, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body + snapshot))).ToLowerInvariant()]);
        }

        await statements.CompleteAsync();
        await statements.DisposeAsync();

        await CopyAsync(c, "COPY blocks (id, statement_id, ordinal, anchor, kind, text, start, \"end\") FROM STDIN (FORMAT BINARY)", blocks,
            [NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Integer]);
        await CopyAsync(c, "COPY quotes (id, public_id, statement_id, ordinal, text, person_id, speaker_role, kind, start, \"end\", first_block, last_block) FROM STDIN (FORMAT BINARY)", quotes,
            [NpgsqlDbType.Integer, NpgsqlDbType.Varchar, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Integer]);
        await CopyAsync(c, "COPY quote_tags (quote_id, tag_id) FROM STDIN (FORMAT BINARY)", quoteTags, [NpgsqlDbType.Integer, NpgsqlDbType.Integer]);
        await CopyAsync(c, "COPY citations (id, statement_id, ordinal, surface, instrument_id, provision_id, pinpoint, start, \"end\") FROM STDIN (FORMAT BINARY)", citations,
            [NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Varchar, NpgsqlDbType.Integer, NpgsqlDbType.Integer]);
        await CopyAsync(c, "COPY demands (id, public_id, statement_id, ordinal, text, actor_id, speaker_id, start, \"end\", block) FROM STDIN (FORMAT BINARY)", demands,
            [NpgsqlDbType.Integer, NpgsqlDbType.Varchar, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Integer]);
        await CopyAsync(c, "COPY statement_countries (statement_id, country_code) FROM STDIN (FORMAT BINARY)", countries, [NpgsqlDbType.Integer, NpgsqlDbType.Char]);
        await CopyAsync(c, "COPY revisions (statement_id, number, created_at, body_markdown, snapshot_json, sha256) FROM STDIN (FORMAT BINARY)", revisions,
            [NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.TimestampTz, NpgsqlDbType.Text, NpgsqlDbType.Jsonb, NpgsqlDbType.Char]);

        foreach (var table in new[] { "statements", "blocks", "quotes", "citations", "demands" })
        {
            await using var command = new NpgsqlCommand($"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))", c);
            await command.ExecuteScalarAsync();
        }
    }

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static async Task<int> NextIdAsync(NpgsqlConnection c, string table)
    {
        await using var command = new NpgsqlCommand($"SELECT coalesce(max(id), 0) + 1 FROM {table}", c);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task CopyAsync(NpgsqlConnection c, string copy, List<object?[]> rows, NpgsqlDbType[] types)
    {
        await using var writer = await c.BeginBinaryImportAsync(copy);
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is null)
                {
                    await writer.WriteNullAsync();
                }
                else
                {
                    await writer.WriteAsync(row[i]!, types[i]);
                }
            }
        }

        await writer.CompleteAsync();
    }
}
