using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerCompare.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class OewsMay2025HistoryIndustriesPayBySex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Mean2023HourlyCents",
                table: "Occupations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Mean2023Yearly",
                table: "Occupations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WageHistory",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "WagesYear",
                table: "Occupations",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Mean2023HourlyCents",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "Mean2023Yearly",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "WageHistory",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "WagesYear",
                table: "Occupations");
        }
    }
}
