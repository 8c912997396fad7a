using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmnestyArchive.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_statements_id_search",
                table: "statements",
                column: "id")
                .Annotation("Npgsql:IndexInclude", new[] { "status", "language", "published_on", "publisher" });

            migrationBuilder.CreateIndex(
                name: "ix_quotes_statement_id",
                table: "quotes",
                column: "statement_id")
                .Annotation("Npgsql:IndexInclude", new[] { "id", "person_id", "removed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_demands_statement_id",
                table: "demands",
                column: "statement_id")
                .Annotation("Npgsql:IndexInclude", new[] { "id", "actor_id", "removed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_citations_statement_id",
                table: "citations",
                column: "statement_id")
                .Annotation("Npgsql:IndexInclude", new[] { "instrument_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_statements_id_search",
                table: "statements");

            migrationBuilder.DropIndex(
                name: "ix_quotes_statement_id",
                table: "quotes");

            migrationBuilder.DropIndex(
                name: "ix_demands_statement_id",
                table: "demands");

            migrationBuilder.DropIndex(
                name: "ix_citations_statement_id",
                table: "citations");
        }
    }
}
