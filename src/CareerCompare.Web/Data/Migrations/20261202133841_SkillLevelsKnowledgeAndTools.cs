using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerCompare.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SkillLevelsKnowledgeAndTools : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KnowledgeOnetCode",
                table: "Occupations",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KnowledgeOnetTitle",
                table: "Occupations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KnowledgeRatings",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SkillRatings",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Tools",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "ToolsListed",
                table: "Occupations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ToolsOnetCode",
                table: "Occupations",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ToolsOnetTitle",
                table: "Occupations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LevelAnchors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Element = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Level = table.Column<double>(type: "REAL", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LevelAnchors", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LevelAnchors_Kind_Element_Level",
                table: "LevelAnchors",
                columns: new[] { "Kind", "Element", "Level" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LevelAnchors");

            migrationBuilder.DropColumn(
                name: "KnowledgeOnetCode",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "KnowledgeOnetTitle",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "KnowledgeRatings",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "SkillRatings",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "Tools",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "ToolsListed",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "ToolsOnetCode",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "ToolsOnetTitle",
                table: "Occupations");
        }
    }
}
