using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerCompare.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChildRowsAsJsonColumns : Migration
    {
        /// <summary>
        /// The rows read only with their occupation move into it, one JSON column each, written as
        /// Data/Configurations/JsonColumn writes them (members by name, enums by name, booleans as true/false), in the
        /// order pages show them.
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Wages",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "EducationLevels",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Skills",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Responsibilities",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Gender",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Race",
                table: "Occupations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.Sql("""
                UPDATE Occupations SET
                    Wages = (SELECT json_group_array(json_object('Amount', Amount, 'Measure', Measure, 'Period', Period, 'Status', Status) ORDER BY Id)
                        FROM WageStatistics WHERE OccupationId = Occupations.Id),
                    EducationLevels = (SELECT json_group_array(json_object('Category', Category, 'Level', Level,
                            'LowPrecision', json(CASE WHEN LowPrecision THEN 'true' ELSE 'false' END), 'Percent', Percent) ORDER BY Category)
                        FROM EducationLevelShares WHERE OccupationId = Occupations.Id),
                    Skills = (SELECT json_group_array(json_object('Importance', Importance, 'Name', Name, 'SharePercent', SharePercent) ORDER BY Rank)
                        FROM OccupationSkills WHERE OccupationId = Occupations.Id),
                    Responsibilities = (SELECT json_group_array(Text ORDER BY Position)
                        FROM Responsibilities WHERE OccupationId = Occupations.Id),
                    Gender = (SELECT json_group_array(json_object('Group', "Group", 'Percent', Percent) ORDER BY Position)
                        FROM DemographicShares WHERE OccupationId = Occupations.Id AND Dimension = 'Gender'),
                    Race = (SELECT json_group_array(json_object('Group', "Group", 'Percent', Percent) ORDER BY Position)
                        FROM DemographicShares WHERE OccupationId = Occupations.Id AND Dimension = 'Race');
                """);

            migrationBuilder.DropTable(
                name: "DemographicShares");

            migrationBuilder.DropTable(
                name: "EducationLevelShares");

            migrationBuilder.DropTable(
                name: "OccupationSkills");

            migrationBuilder.DropTable(
                name: "Responsibilities");

            migrationBuilder.DropTable(
                name: "WageStatistics");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DemographicShares",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    OccupationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Percent = table.Column<double>(type: "REAL", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemographicShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DemographicShares_Occupations_OccupationId",
                        column: x => x.OccupationId,
                        principalTable: "Occupations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EducationLevelShares",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LowPrecision = table.Column<bool>(type: "INTEGER", nullable: false),
                    OccupationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Percent = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationLevelShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EducationLevelShares_Occupations_OccupationId",
                        column: x => x.OccupationId,
                        principalTable: "Occupations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OccupationSkills",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Importance = table.Column<double>(type: "REAL", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OccupationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    SharePercent = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OccupationSkills", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OccupationSkills_Occupations_OccupationId",
                        column: x => x.OccupationId,
                        principalTable: "Occupations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Responsibilities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccupationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Responsibilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Responsibilities_Occupations_OccupationId",
                        column: x => x.OccupationId,
                        principalTable: "Occupations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WageStatistics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Amount = table.Column<int>(type: "INTEGER", nullable: true),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OccupationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WageStatistics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WageStatistics_Occupations_OccupationId",
                        column: x => x.OccupationId,
                        principalTable: "Occupations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DemographicShares_OccupationId_Dimension_Position",
                table: "DemographicShares",
                columns: new[] { "OccupationId", "Dimension", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EducationLevelShares_OccupationId_Category",
                table: "EducationLevelShares",
                columns: new[] { "OccupationId", "Category" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OccupationSkills_OccupationId_Rank",
                table: "OccupationSkills",
                columns: new[] { "OccupationId", "Rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Responsibilities_OccupationId_Position",
                table: "Responsibilities",
                columns: new[] { "OccupationId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WageStatistics_OccupationId_Period_Measure",
                table: "WageStatistics",
                columns: new[] { "OccupationId", "Period", "Measure" },
                unique: true);
            migrationBuilder.Sql("""
                INSERT INTO WageStatistics (OccupationId, Period, Measure, Amount, Status)
                    SELECT o.Id, json_extract(j.value, '$.Period'), json_extract(j.value, '$.Measure'), json_extract(j.value, '$.Amount'), json_extract(j.value, '$.Status')
                    FROM Occupations o, json_each(o.Wages) j;
                INSERT INTO EducationLevelShares (OccupationId, Category, Level, LowPrecision, Percent)
                    SELECT o.Id, json_extract(j.value, '$.Category'), json_extract(j.value, '$.Level'), json_extract(j.value, '$.LowPrecision'), json_extract(j.value, '$.Percent')
                    FROM Occupations o, json_each(o.EducationLevels) j;
                INSERT INTO OccupationSkills (OccupationId, Rank, Name, SharePercent, Importance)
                    SELECT o.Id, j.key + 1, json_extract(j.value, '$.Name'), json_extract(j.value, '$.SharePercent'), json_extract(j.value, '$.Importance')
                    FROM Occupations o, json_each(o.Skills) j;
                INSERT INTO Responsibilities (OccupationId, Position, Text)
                    SELECT o.Id, j.key + 1, j.value FROM Occupations o, json_each(o.Responsibilities) j;
                INSERT INTO DemographicShares (OccupationId, Dimension, Position, "Group", Percent)
                    SELECT o.Id, 'Gender', j.key + 1, json_extract(j.value, '$.Group'), json_extract(j.value, '$.Percent')
                    FROM Occupations o, json_each(o.Gender) j
                    UNION ALL
                    SELECT o.Id, 'Race', j.key + 1, json_extract(j.value, '$.Group'), json_extract(j.value, '$.Percent')
                    FROM Occupations o, json_each(o.Race) j;
                """);

            migrationBuilder.DropColumn(
                name: "EducationLevels",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "Gender",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "Race",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "Responsibilities",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "Skills",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "Wages",
                table: "Occupations");
        }
    }
}
