using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerCompare.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HandbookAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HandbookAddress",
                table: "Occupations",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HandbookAddress",
                table: "Occupations");
        }
    }
}
