using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerCompare.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class IndustriesAndEarningsBySex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // An empty JSON list, not "", for the rows already there: the careers site's occupations have no industries.
            migrationBuilder.AddColumn<string>(
                name: "EarningsSourceRow",
                table: "Occupations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Industries",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "MedianWeeklyEarnings",
                table: "Occupations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MenMedianWeeklyEarnings",
                table: "Occupations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WomenMedianWeeklyEarnings",
                table: "Occupations",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EarningsSourceRow",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "Industries",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "MedianWeeklyEarnings",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "MenMedianWeeklyEarnings",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "WomenMedianWeeklyEarnings",
                table: "Occupations");
        }
    }
}
