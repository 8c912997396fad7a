using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmnestyArchive.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_statements_search_vector_es",
                table: "statements");

            migrationBuilder.DropIndex(
                name: "ix_statements_search_vector_other",
                table: "statements");
        }
    }
}
