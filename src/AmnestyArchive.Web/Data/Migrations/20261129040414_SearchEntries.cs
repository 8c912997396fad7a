using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace AmnestyArchive.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_statements_search_vector_es",
                table: "statements");

            migrationBuilder.DropIndex(
                name: "ix_statements_search_vector_other",
                table: "statements");

            migrationBuilder.CreateTable(
                name: "search_entries",
                columns: table => new
                {
                    kind = table.Column<char>(type: "character(1)", nullable: false),
                    item_id = table.Column<int>(type: "integer", nullable: false),
                    statement_id = table.Column<int>(type: "integer", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    who_id = table.Column<int>(type: "integer", nullable: true),
                    speaker_id = table.Column<int>(type: "integer", nullable: true),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_entries", x => new { x.kind, x.item_id });
                    table.ForeignKey(
                        name: "fk_search_entries_statements_statement_id",
                        column: x => x.statement_id,
                        principalTable: "statements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "search_facets",
                columns: table => new
                {
                    kind = table.Column<char>(type: "character(1)", nullable: false),
                    item_id = table.Column<int>(type: "integer", nullable: false),
                    statement_id = table.Column<int>(type: "integer", nullable: false),
                    countries = table.Column<string[]>(type: "character(2)[]", nullable: false),
                    speakers = table.Column<int[]>(type: "integer[]", nullable: false),
                    instruments = table.Column<int[]>(type: "integer[]", nullable: false),
                    addressees = table.Column<int[]>(type: "integer[]", nullable: false),
                    tags = table.Column<int[]>(type: "integer[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_facets", x => new { x.kind, x.item_id });
                    table.ForeignKey(
                        name: "fk_search_facets_statements_statement_id",
                        column: x => x.statement_id,
                        principalTable: "statements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_demand_es",
                table: "search_entries",
                column: "search_vector",
                filter: "kind = 'd' AND language = 'es'")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_demand_other",
                table: "search_entries",
                column: "search_vector",
                filter: "kind = 'd' AND language <> 'es'")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_order",
                table: "search_entries",
                columns: new[] { "kind", "published_on", "statement_id", "ordinal" },
                descending: new[] { false, true, true, false });

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_quote_es",
                table: "search_entries",
                column: "search_vector",
                filter: "kind = 'q' AND language = 'es'")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_quote_other",
                table: "search_entries",
                column: "search_vector",
                filter: "kind = 'q' AND language <> 'es'")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_statement_es",
                table: "search_entries",
                column: "search_vector",
                filter: "kind = 's' AND language = 'es'")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_statement_id",
                table: "search_entries",
                column: "statement_id");

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_statement_other",
                table: "search_entries",
                column: "search_vector",
                filter: "kind = 's' AND language <> 'es'")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_search_facets_statement_id",
                table: "search_facets",
                column: "statement_id");

            // What search_entries and search_facets should hold, computed from the statement
            // tables: one row per published statement, per live quote and per live demand of a
            // published statement.
            migrationBuilder.Sql("""
                CREATE VIEW search_entry_source AS
                SELECT 's'::character(1) AS kind, s.id AS item_id, s.id AS statement_id, 0 AS ordinal,
                       s.published_on, s.language, s.publisher, NULL::integer AS who_id, NULL::integer AS speaker_id,
                       ARRAY(SELECT c.country_code FROM statement_countries c WHERE c.statement_id = s.id ORDER BY 1) AS countries,
                       ARRAY(SELECT DISTINCT q.person_id FROM quotes q
                             WHERE q.statement_id = s.id AND q.removed_at IS NULL AND q.person_id IS NOT NULL ORDER BY 1) AS speakers,
                       ARRAY(SELECT DISTINCT c.instrument_id FROM citations c
                             WHERE c.statement_id = s.id AND c.instrument_id IS NOT NULL ORDER BY 1) AS instruments,
                       ARRAY(SELECT DISTINCT d.actor_id FROM demands d
                             WHERE d.statement_id = s.id AND d.removed_at IS NULL AND d.actor_id IS NOT NULL ORDER BY 1) AS addressees,
                       ARRAY(SELECT qt.tag_id FROM quote_tags qt JOIN quotes q ON q.id = qt.quote_id
                             WHERE q.statement_id = s.id AND q.removed_at IS NULL
                             UNION
                             SELECT dt.tag_id FROM demand_tags dt JOIN demands d ON d.id = dt.demand_id
                             WHERE d.statement_id = s.id AND d.removed_at IS NULL ORDER BY 1) AS tags,
                       coalesce(s.search_vector, ''::tsvector) AS search_vector
                  FROM statements s
                 WHERE s.status = 'Published'
                UNION ALL
                SELECT 'q', q.id, q.statement_id, q.ordinal, s.published_on, s.language, s.publisher, q.person_id, NULL,
                       '{}', '{}', '{}', '{}',
                       ARRAY(SELECT qt.tag_id FROM quote_tags qt WHERE qt.quote_id = q.id ORDER BY 1),
                       coalesce(q.search_vector, ''::tsvector)
                  FROM quotes q JOIN statements s ON s.id = q.statement_id
                 WHERE s.status = 'Published' AND q.removed_at IS NULL
                UNION ALL
                SELECT 'd', d.id, d.statement_id, d.ordinal, s.published_on, s.language, s.publisher, d.actor_id, d.speaker_id,
                       '{}', '{}', '{}', '{}',
                       ARRAY(SELECT dt.tag_id FROM demand_tags dt WHERE dt.demand_id = d.id ORDER BY 1),
                       coalesce(d.search_vector, ''::tsvector)
                  FROM demands d JOIN statements s ON s.id = d.statement_id
                 WHERE s.status = 'Published' AND d.removed_at IS NULL;
                """);

            // Rebuilds one statement's entries. The advisory lock serialises two transactions
            // rebuilding the same statement, so neither inserts a row the other has just inserted.
            migrationBuilder.Sql("""
                CREATE FUNCTION search_entries_refresh(sid integer) RETURNS void
                LANGUAGE plpgsql AS $$
                BEGIN
                  PERFORM pg_advisory_xact_lock(1936028532, sid);
                  DELETE FROM search_entries WHERE statement_id = sid;
                  DELETE FROM search_facets WHERE statement_id = sid;
                  WITH source AS MATERIALIZED (SELECT * FROM search_entry_source WHERE statement_id = sid),
                       entries AS (
                         INSERT INTO search_entries (kind, item_id, statement_id, ordinal, published_on, language, publisher, who_id, speaker_id, search_vector)
                         SELECT kind, item_id, statement_id, ordinal, published_on, language, publisher, who_id, speaker_id, search_vector FROM source)
                  INSERT INTO search_facets (kind, item_id, statement_id, countries, speakers, instruments, addressees, tags)
                  SELECT kind, item_id, statement_id, countries, speakers, instruments, addressees, tags FROM source;
                END $$;
                """);

            // Rebuilds every entry: after a bulk load that switched the triggers off
            // (SET archive.search_entries = 'off'), or to repair the tables. Statements first, in
            // date order, so their narrow rows sit together on disk.
            migrationBuilder.Sql("""
                CREATE FUNCTION search_entries_rebuild() RETURNS bigint
                LANGUAGE plpgsql AS $$
                DECLARE n bigint;
                BEGIN
                  LOCK TABLE search_entries, search_facets IN EXCLUSIVE MODE;
                  TRUNCATE search_entries, search_facets;
                  CREATE TEMPORARY TABLE search_entry_rebuild ON COMMIT DROP AS SELECT * FROM search_entry_source;
                  INSERT INTO search_entries (kind, item_id, statement_id, ordinal, published_on, language, publisher, who_id, speaker_id, search_vector)
                  SELECT kind, item_id, statement_id, ordinal, published_on, language, publisher, who_id, speaker_id, search_vector FROM search_entry_rebuild ORDER BY kind DESC, published_on, statement_id, ordinal;
                  GET DIAGNOSTICS n = ROW_COUNT;
                  INSERT INTO search_facets (kind, item_id, statement_id, countries, speakers, instruments, addressees, tags)
                  SELECT kind, item_id, statement_id, countries, speakers, instruments, addressees, tags FROM search_entry_rebuild ORDER BY kind DESC, item_id;
                  DROP TABLE search_entry_rebuild;
                  RETURN n;
                END $$;
                """);

            // One trigger function for every table an entry is computed from: it finds the
            // statement(s) a changed row belongs to and rebuilds their entries.
            migrationBuilder.Sql("""
                CREATE FUNCTION search_entries_track() RETURNS trigger
                LANGUAGE plpgsql AS $$
                DECLARE
                  old_sid integer;
                  new_sid integer;
                BEGIN
                  IF current_setting('archive.search_entries', true) = 'off' THEN
                    RETURN NULL;
                  END IF;
                  IF TG_TABLE_NAME = 'statements' THEN
                    IF TG_OP <> 'INSERT' THEN old_sid := OLD.id; END IF;
                    IF TG_OP <> 'DELETE' THEN new_sid := NEW.id; END IF;
                  ELSIF TG_TABLE_NAME = 'quote_tags' THEN
                    IF TG_OP <> 'INSERT' THEN SELECT statement_id INTO old_sid FROM quotes WHERE id = OLD.quote_id; END IF;
                    IF TG_OP <> 'DELETE' THEN SELECT statement_id INTO new_sid FROM quotes WHERE id = NEW.quote_id; END IF;
                  ELSIF TG_TABLE_NAME = 'demand_tags' THEN
                    IF TG_OP <> 'INSERT' THEN SELECT statement_id INTO old_sid FROM demands WHERE id = OLD.demand_id; END IF;
                    IF TG_OP <> 'DELETE' THEN SELECT statement_id INTO new_sid FROM demands WHERE id = NEW.demand_id; END IF;
                  ELSE
                    IF TG_OP <> 'INSERT' THEN old_sid := OLD.statement_id; END IF;
                    IF TG_OP <> 'DELETE' THEN new_sid := NEW.statement_id; END IF;
                  END IF;
                  IF old_sid IS NOT NULL THEN
                    PERFORM search_entries_refresh(old_sid);
                  END IF;
                  IF new_sid IS NOT NULL AND new_sid IS DISTINCT FROM old_sid THEN
                    PERFORM search_entries_refresh(new_sid);
                  END IF;
                  RETURN NULL;
                END $$;

                CREATE TRIGGER search_entries_track AFTER INSERT OR DELETE
                  OR UPDATE OF status, language, published_on, publisher, title, normalized_text
                  ON statements FOR EACH ROW EXECUTE FUNCTION search_entries_track();
                CREATE TRIGGER search_entries_track AFTER INSERT OR DELETE
                  OR UPDATE OF statement_id, ordinal, text, person_id, removed_at
                  ON quotes FOR EACH ROW EXECUTE FUNCTION search_entries_track();
                CREATE TRIGGER search_entries_track AFTER INSERT OR DELETE
                  OR UPDATE OF statement_id, ordinal, text, actor_id, speaker_id, removed_at
                  ON demands FOR EACH ROW EXECUTE FUNCTION search_entries_track();
                CREATE TRIGGER search_entries_track AFTER INSERT OR DELETE OR UPDATE OF statement_id, instrument_id
                  ON citations FOR EACH ROW EXECUTE FUNCTION search_entries_track();
                CREATE TRIGGER search_entries_track AFTER INSERT OR DELETE OR UPDATE
                  ON statement_countries FOR EACH ROW EXECUTE FUNCTION search_entries_track();
                CREATE TRIGGER search_entries_track AFTER INSERT OR DELETE OR UPDATE
                  ON quote_tags FOR EACH ROW EXECUTE FUNCTION search_entries_track();
                CREATE TRIGGER search_entries_track AFTER INSERT OR DELETE OR UPDATE
                  ON demand_tags FOR EACH ROW EXECUTE FUNCTION search_entries_track();

                SELECT search_entries_rebuild();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER search_entries_track ON statements;
                DROP TRIGGER search_entries_track ON quotes;
                DROP TRIGGER search_entries_track ON demands;
                DROP TRIGGER search_entries_track ON citations;
                DROP TRIGGER search_entries_track ON statement_countries;
                DROP TRIGGER search_entries_track ON quote_tags;
                DROP TRIGGER search_entries_track ON demand_tags;
                DROP FUNCTION search_entries_track();
                DROP FUNCTION search_entries_rebuild();
                DROP FUNCTION search_entries_refresh(integer);
                DROP VIEW search_entry_source;
                """);

            migrationBuilder.DropTable(
                name: "search_entries");

            migrationBuilder.DropTable(
                name: "search_facets");

            migrationBuilder.CreateIndex(
                name: "ix_statements_search_vector_es",
                table: "statements",
                column: "search_vector",
                filter: "language = 'es' AND status = 'Published'")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_statements_search_vector_other",
                table: "statements",
                column: "search_vector",
                filter: "language <> 'es' AND status = 'Published'")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }
    }
}
