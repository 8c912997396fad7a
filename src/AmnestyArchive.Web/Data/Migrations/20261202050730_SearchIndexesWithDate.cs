using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmnestyArchive.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexesWithDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_search_entries_demand_es",
                table: "search_entries");

            migrationBuilder.DropIndex(
                name: "ix_search_entries_demand_other",
                table: "search_entries");

            migrationBuilder.DropIndex(
                name: "ix_search_entries_quote_es",
                table: "search_entries");

            migrationBuilder.DropIndex(
                name: "ix_search_entries_quote_other",
                table: "search_entries");

            migrationBuilder.DropIndex(
                name: "ix_search_entries_statement_es",
                table: "search_entries");

            migrationBuilder.DropIndex(
                name: "ix_search_entries_statement_other",
                table: "search_entries");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gin", ",,")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_demand_es",
                table: "search_entries",
                columns: new[] { "search_vector", "published_on" },
                filter: "kind = 'd' AND language = 'es'")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_demand_other",
                table: "search_entries",
                columns: new[] { "search_vector", "published_on" },
                filter: "kind = 'd' AND language <> 'es'")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_quote_es",
                table: "search_entries",
                columns: new[] { "search_vector", "published_on" },
                filter: "kind = 'q' AND language = 'es'")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_quote_other",
                table: "search_entries",
                columns: new[] { "search_vector", "published_on" },
                filter: "kind = 'q' AND language <> 'es'")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_statement_es",
                table: "search_entries",
                columns: new[] { "search_vector", "published_on" },
                filter: "kind = 's' AND language = 'es'")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_statement_other",
                table: "search_entries",
                columns: new[] { "search_vector", "published_on" },
                filter: "kind = 's' AND language <> 'es'")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_search_entries_demand_es",
                table: "search_entries");

            migrationBuilder.DropIndex(
                name: "ix_search_entries_demand_other",
                table: "search_entries");

            migrationBuilder.DropIndex(
                name: "ix_search_entries_quote_es",
                table: "search_entries");

            migrationBuilder.DropIndex(
                name: "ix_search_entries_quote_other",
                table: "search_entries");

            migrationBuilder.DropIndex(
                name: "ix_search_entries_statement_es",
                table: "search_entries");

            migrationBuilder.DropIndex(
                name: "ix_search_entries_statement_other",
                table: "search_entries");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:btree_gin", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");

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
                name: "ix_search_entries_statement_other",
                table: "search_entries",
                column: "search_vector",
                filter: "kind = 's' AND language <> 'es'")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }
    }
}
