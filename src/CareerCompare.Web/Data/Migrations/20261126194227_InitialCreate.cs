using System;
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
                name: "CatalogueImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DataSet = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OccupationCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueImports", x => x.Id);
                });

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
                    SalaryRangeHighTopCoded = table.Column<bool>(type: "INTEGER", nullable: false),
                    GrowthRatePercent = table.Column<double>(type: "REAL", nullable: true),
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
                    LgbtPercent = table.Column<int>(type: "INTEGER", nullable: true),
                    SocCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    OnetCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    NearestOfficialSocCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    WageBasis = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    MedianYearlySalary = table.Column<int>(type: "INTEGER", nullable: true),
                    MedianYearlyTopCoded = table.Column<bool>(type: "INTEGER", nullable: false),
                    MedianHourlyCents = table.Column<int>(type: "INTEGER", nullable: true),
                    PreviousMeanYearly = table.Column<int>(type: "INTEGER", nullable: true),
                    PreviousMedianYearly = table.Column<int>(type: "INTEGER", nullable: true),
                    PreviousMeanHourlyCents = table.Column<int>(type: "INTEGER", nullable: true),
                    PreviousNumberOfJobs = table.Column<int>(type: "INTEGER", nullable: true),
                    ProjectedEmployment2024 = table.Column<int>(type: "INTEGER", nullable: true),
                    ProjectedEmployment2034 = table.Column<int>(type: "INTEGER", nullable: true),
                    ProjectedChangeNumeric = table.Column<int>(type: "INTEGER", nullable: true),
                    AnnualOpenings = table.Column<int>(type: "INTEGER", nullable: true),
                    TypicalEntryEducation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WorkExperience = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OnTheJobTraining = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    JobZone = table.Column<int>(type: "INTEGER", nullable: true),
                    MedianAge = table.Column<double>(type: "REAL", nullable: true),
                    DemographicsSourceRow = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DemographicsRowShared = table.Column<bool>(type: "INTEGER", nullable: false),
                    HighestPayingStateWage = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Occupations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AlternateTitles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccupationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlternateTitles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlternateTitles_Occupations_OccupationId",
                        column: x => x.OccupationId,
                        principalTable: "Occupations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "EducationLevelShares",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccupationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Percent = table.Column<double>(type: "REAL", nullable: false),
                    LowPrecision = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    OccupationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SharePercent = table.Column<int>(type: "INTEGER", nullable: true),
                    Importance = table.Column<double>(type: "REAL", nullable: true)
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
                name: "RelatedOccupations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccupationId = table.Column<int>(type: "INTEGER", nullable: false),
                    RelatedOccupationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelatedOccupations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RelatedOccupations_Occupations_OccupationId",
                        column: x => x.OccupationId,
                        principalTable: "Occupations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RelatedOccupations_Occupations_RelatedOccupationId",
                        column: x => x.RelatedOccupationId,
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
                    OccupationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<int>(type: "INTEGER", nullable: true),
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
                name: "IX_AlternateTitles_OccupationId",
                table: "AlternateTitles",
                column: "OccupationId");

            migrationBuilder.CreateIndex(
                name: "IX_AlternateTitles_Title",
                table: "AlternateTitles",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueImports_DataSet",
                table: "CatalogueImports",
                column: "DataSet");

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
                name: "IX_Occupations_Category",
                table: "Occupations",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_Occupations_DataSet",
                table: "Occupations",
                column: "DataSet");

            migrationBuilder.CreateIndex(
                name: "IX_Occupations_MedianYearlySalary",
                table: "Occupations",
                column: "MedianYearlySalary");

            migrationBuilder.CreateIndex(
                name: "IX_Occupations_Slug",
                table: "Occupations",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Occupations_SocCode",
                table: "Occupations",
                column: "SocCode");

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
                name: "IX_RelatedOccupations_OccupationId_Rank",
                table: "RelatedOccupations",
                columns: new[] { "OccupationId", "Rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RelatedOccupations_RelatedOccupationId",
                table: "RelatedOccupations",
                column: "RelatedOccupationId");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlternateTitles");

            migrationBuilder.DropTable(
                name: "CatalogueImports");

            migrationBuilder.DropTable(
                name: "DemographicShares");

            migrationBuilder.DropTable(
                name: "EducationLevelShares");

            migrationBuilder.DropTable(
                name: "OccupationSkills");

            migrationBuilder.DropTable(
                name: "RelatedOccupations");

            migrationBuilder.DropTable(
                name: "Responsibilities");

            migrationBuilder.DropTable(
                name: "WageStatistics");

            migrationBuilder.DropTable(
                name: "Occupations");
        }
    }
}
