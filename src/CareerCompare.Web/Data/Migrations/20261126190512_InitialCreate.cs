using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerCompare.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Occupations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    DataSet = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SourceReference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    YearlySalary = table.Column<int>(type: "INTEGER", nullable: true),
                    HourlyRateCents = table.Column<int>(type: "INTEGER", nullable: true),
                    SalaryRangeLow = table.Column<int>(type: "INTEGER", nullable: true),
                    SalaryRangeHigh = table.Column<int>(type: "INTEGER", nullable: true),
                    GrowthRatePercent = table.Column<int>(type: "INTEGER", nullable: true),
                    NumberOfJobs = table.Column<int>(type: "INTEGER", nullable: true),
                    JobSatisfaction = table.Column<double>(type: "REAL", nullable: true),
                    MostCommonDegree = table.Column<string>(type: "TEXT", nullable: true),
                    MostCommonDegreePercent = table.Column<int>(type: "INTEGER", nullable: true),
                    MostCommonMajor = table.Column<string>(type: "TEXT", nullable: true),
                    MostCommonCollege = table.Column<string>(type: "TEXT", nullable: true),
                    YearsToBecomeMin = table.Column<int>(type: "INTEGER", nullable: true),
                    YearsToBecomeMax = table.Column<int>(type: "INTEGER", nullable: true),
                    YearsOfExperience = table.Column<int>(type: "INTEGER", nullable: true),
                    HighestPayingCity = table.Column<string>(type: "TEXT", nullable: true),
                    HighestPayingState = table.Column<string>(type: "TEXT", nullable: true),
                    BestPayingCompany = table.Column<string>(type: "TEXT", nullable: true),
                    BestPayingIndustry = table.Column<string>(type: "TEXT", nullable: true),
                    AverageAge = table.Column<int>(type: "INTEGER", nullable: true),
                    LgbtPercent = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Occupations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DemographicShares",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccupationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Percent = table.Column<double>(type: "REAL", nullable: true)
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
                name: "OccupationSkills",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccupationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
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

            migrationBuilder.CreateIndex(
                name: "IX_DemographicShares_OccupationId_Dimension_Position",
                table: "DemographicShares",
                columns: new[] { "OccupationId", "Dimension", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Occupations_Category",
                table: "Occupations",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_Occupations_DataSet",
                table: "Occupations",
                column: "DataSet");

            migrationBuilder.CreateIndex(
                name: "IX_Occupations_Slug",
                table: "Occupations",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Occupations_Title",
                table: "Occupations",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_Occupations_YearlySalary",
                table: "Occupations",
                column: "YearlySalary");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DemographicShares");

            migrationBuilder.DropTable(
                name: "OccupationSkills");

            migrationBuilder.DropTable(
                name: "Responsibilities");

            migrationBuilder.DropTable(
                name: "Occupations");
        }
    }
}
