using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmnestyArchive.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchEntriesSortKeyAndFacets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_search_entries_order",
                table: "search_entries");

            // Emptied first, so that adding the generated columns does not rewrite every entry
            // twice; the rebuild at the end fills both tables again, in the same transaction.
            migrationBuilder.Sql("TRUNCATE search_entries, search_facets;");

            // Generated first, so that they sit before the arrays in each row: the match reads
            // them for every row it finds, the arrays only for the sampled ones (ADR 0015).
            migrationBuilder.AddColumn<long>(
                name: "sort_key",
                table: "search_entries",
                type: "bigint",
                nullable: false,
                computedColumnSql: "(CASE WHEN published_on IS NULL THEN 2147483647 WHEN isfinite(published_on) THEN published_on - DATE '0001-01-01' WHEN published_on > DATE '0001-01-01' THEN 2147483646 ELSE -2147483648 END)::bigint * 2147483648 + statement_id",
                stored: true);

            migrationBuilder.AddColumn<int>(
                name: "year",
                table: "search_entries",
                type: "integer",
                nullable: true,
                computedColumnSql: "CASE WHEN isfinite(published_on) THEN extract(year FROM published_on)::integer END",
                stored: true);

            migrationBuilder.AddColumn<int[]>(
                name: "addressees",
                table: "search_entries",
                type: "integer[]",
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "countries",
                table: "search_entries",
                type: "character(2)[]",
                nullable: true);

            migrationBuilder.AddColumn<int[]>(
                name: "instruments",
                table: "search_entries",
                type: "integer[]",
                nullable: true);

            migrationBuilder.AddColumn<int[]>(
                name: "speakers",
                table: "search_entries",
                type: "integer[]",
                nullable: true);

            migrationBuilder.AddColumn<int[]>(
                name: "tags",
                table: "search_entries",
                type: "integer[]",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_order",
                table: "search_entries",
                columns: new[] { "kind", "sort_key", "ordinal" },
                descending: new[] { false, true, false });

            // The triggers' functions now copy the facet arrays into search_entries too (an empty
            // array as NULL); search_facets keeps them for the facet filters. Then every entry is
            // rebuilt, in date order, so that the statements' rows sit together as before.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION search_entries_refresh(sid integer) RETURNS void
                LANGUAGE plpgsql AS $$
                BEGIN
                  PERFORM pg_advisory_xact_lock(1936028532, sid);
                  DELETE FROM search_entries WHERE statement_id = sid;
                  DELETE FROM search_facets WHERE statement_id = sid;
                  WITH source AS MATERIALIZED (SELECT * FROM search_entry_source WHERE statement_id = sid),
                       entries AS (
                         INSERT INTO search_entries (kind, item_id, statement_id, ordinal, published_on, language, publisher, who_id, speaker_id, search_vector,
                                                     countries, speakers, instruments, addressees, tags)
                         SELECT kind, item_id, statement_id, ordinal, published_on, language, publisher, who_id, speaker_id, search_vector,
                                nullif(countries, '{}'), nullif(speakers, '{}'), nullif(instruments, '{}'), nullif(addressees, '{}'), nullif(tags, '{}')
                           FROM source)
                  INSERT INTO search_facets (kind, item_id, statement_id, countries, speakers, instruments, addressees, tags)
                  SELECT kind, item_id, statement_id, countries, speakers, instruments, addressees, tags FROM source;
                END $$;

                CREATE OR REPLACE FUNCTION search_entries_rebuild() RETURNS bigint
                LANGUAGE plpgsql AS $$
                DECLARE n bigint;
                BEGIN
                  LOCK TABLE search_entries, search_facets IN EXCLUSIVE MODE;
                  TRUNCATE search_entries, search_facets;
                  CREATE TEMPORARY TABLE search_entry_rebuild ON COMMIT DROP AS SELECT * FROM search_entry_source;
                  INSERT INTO search_entries (kind, item_id, statement_id, ordinal, published_on, language, publisher, who_id, speaker_id, search_vector,
                                              countries, speakers, instruments, addressees, tags)
                  SELECT kind, item_id, statement_id, ordinal, published_on, language, publisher, who_id, speaker_id, search_vector,
                         nullif(countries, '{}'), nullif(speakers, '{}'), nullif(instruments, '{}'), nullif(addressees, '{}'), nullif(tags, '{}')
                    FROM search_entry_rebuild ORDER BY kind DESC, published_on, statement_id, ordinal;
                  GET DIAGNOSTICS n = ROW_COUNT;
                  INSERT INTO search_facets (kind, item_id, statement_id, countries, speakers, instruments, addressees, tags)
                  SELECT kind, item_id, statement_id, countries, speakers, instruments, addressees, tags FROM search_entry_rebuild ORDER BY kind DESC, item_id;
                  DROP TABLE search_entry_rebuild;
                  RETURN n;
                END $$;

                SELECT search_entries_rebuild();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The functions as the SearchEntries migration made them.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION search_entries_refresh(sid integer) RETURNS void
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

                CREATE OR REPLACE FUNCTION search_entries_rebuild() RETURNS bigint
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

            migrationBuilder.DropIndex(
                name: "ix_search_entries_order",
                table: "search_entries");

            migrationBuilder.DropColumn(
                name: "sort_key",
                table: "search_entries");

            migrationBuilder.DropColumn(
                name: "year",
                table: "search_entries");

            migrationBuilder.DropColumn(
                name: "addressees",
                table: "search_entries");

            migrationBuilder.DropColumn(
                name: "countries",
                table: "search_entries");

            migrationBuilder.DropColumn(
                name: "instruments",
                table: "search_entries");

            migrationBuilder.DropColumn(
                name: "speakers",
                table: "search_entries");

            migrationBuilder.DropColumn(
                name: "tags",
                table: "search_entries");

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_order",
                table: "search_entries",
                columns: new[] { "kind", "published_on", "statement_id", "ordinal" },
                descending: new[] { false, true, true, false });
        }
    }
}
