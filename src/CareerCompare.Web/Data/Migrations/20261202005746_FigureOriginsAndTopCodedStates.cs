using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerCompare.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FigureOriginsAndTopCodedStates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DemographicsRowChoice",
                table: "Occupations",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EducationOnetCode",
                table: "Occupations",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EducationOnetTitle",
                table: "Occupations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JobZoneOnetCode",
                table: "Occupations",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JobZoneOnetTitle",
                table: "Occupations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OnetTitle",
                table: "Occupations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PreviousMedianHourlyCents",
                table: "Occupations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SkillsOnetCode",
                table: "Occupations",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SkillsOnetTitle",
                table: "Occupations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatesTopCoded",
                table: "Occupations",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TasksOnetCode",
                table: "Occupations",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TasksOnetTitle",
                table: "Occupations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DemographicsRowChoice",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "EducationOnetCode",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "EducationOnetTitle",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "JobZoneOnetCode",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "JobZoneOnetTitle",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "OnetTitle",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "PreviousMedianHourlyCents",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "SkillsOnetCode",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "SkillsOnetTitle",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "StatesTopCoded",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "TasksOnetCode",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "TasksOnetTitle",
                table: "Occupations");
        }
    }
}
