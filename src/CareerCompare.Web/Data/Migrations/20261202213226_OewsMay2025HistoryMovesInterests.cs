using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerCompare.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class OewsMay2025HistoryMovesInterests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RelatedOccupations_OccupationId_Rank",
                table: "RelatedOccupations");

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "RelatedOccupations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<double>(
                name: "Similarity",
                table: "RelatedOccupations",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExperienceLevels",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "InterestCode",
                table: "Occupations",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Interests",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "InterestsOnetCode",
                table: "Occupations",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InterestsOnetTitle",
                table: "Occupations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

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
                name: "TrainingLevels",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

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

            migrationBuilder.CreateTable(
                name: "InterestAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Actions = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Objects = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Activities = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterestAreas", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RelatedOccupations_OccupationId_Kind_Rank",
                table: "RelatedOccupations",
                columns: new[] { "OccupationId", "Kind", "Rank" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InterestAreas");

            migrationBuilder.DropIndex(
                name: "IX_RelatedOccupations_OccupationId_Kind_Rank",
                table: "RelatedOccupations");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "RelatedOccupations");

            migrationBuilder.DropColumn(
                name: "Similarity",
                table: "RelatedOccupations");

            migrationBuilder.DropColumn(
                name: "ExperienceLevels",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "InterestCode",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "Interests",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "InterestsOnetCode",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "InterestsOnetTitle",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "Mean2023HourlyCents",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "Mean2023Yearly",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "TrainingLevels",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "WageHistory",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "WagesYear",
                table: "Occupations");

            migrationBuilder.CreateIndex(
                name: "IX_RelatedOccupations_OccupationId_Rank",
                table: "RelatedOccupations",
                columns: new[] { "OccupationId", "Rank" },
                unique: true);
        }
    }
}
