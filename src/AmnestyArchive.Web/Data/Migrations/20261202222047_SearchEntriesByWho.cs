using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmnestyArchive.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchEntriesByWho : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_search_entries_demand_who",
                table: "search_entries",
                column: "who_id",
                filter: "kind = 'd'");

            migrationBuilder.CreateIndex(
                name: "ix_search_entries_quote_who",
                table: "search_entries",
                column: "who_id",
                filter: "kind = 'q'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_search_entries_demand_who",
                table: "search_entries");

            migrationBuilder.DropIndex(
                name: "ix_search_entries_quote_who",
                table: "search_entries");
        }
    }
}
