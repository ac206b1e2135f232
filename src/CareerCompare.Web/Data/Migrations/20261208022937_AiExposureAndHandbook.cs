using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerCompare.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AiExposureAndHandbook : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "AiApplicabilityPercentile",
                table: "Occupations",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "AiApplicabilityScore",
                table: "Occupations",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssistedActivities",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "GptsCodesCombined",
                table: "Occupations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "GptsHumanBeta",
                table: "Occupations",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "GptsHumanBetaPercentile",
                table: "Occupations",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "GptsModelBeta",
                table: "Occupations",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "GptsModelBetaPercentile",
                table: "Occupations",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Handbook",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

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
                defaultValue: "");

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

            migrationBuilder.AddColumn<string>(
                name: "TaskExposures",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AiApplicabilityPercentile",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "AiApplicabilityScore",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "AssistedActivities",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "GptsCodesCombined",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "GptsHumanBeta",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "GptsHumanBetaPercentile",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "GptsModelBeta",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "GptsModelBetaPercentile",
                table: "Occupations");

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

            migrationBuilder.DropColumn(
                name: "TaskExposures",
                table: "Occupations");
        }
    }
}
