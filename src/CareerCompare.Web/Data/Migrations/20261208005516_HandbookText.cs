using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerCompare.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HandbookText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Handbook",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "HandbookAddress",
                table: "Occupations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HandbookAlsoCovers",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "HandbookEdition",
                table: "Occupations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HandbookLicenceSentence",
                table: "Occupations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HandbookTitle",
                table: "Occupations",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Handbook",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "HandbookAddress",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "HandbookAlsoCovers",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "HandbookEdition",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "HandbookLicenceSentence",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "HandbookTitle",
                table: "Occupations");
        }
    }
}
