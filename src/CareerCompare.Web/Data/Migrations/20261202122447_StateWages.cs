using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerCompare.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StateWages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "States",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Fips = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    PriceParity = table.Column<double>(type: "REAL", nullable: true),
                    AllOccupationsMeanYearly = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_States", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "StateWages",
                columns: table => new
                {
                    OccupationId = table.Column<int>(type: "INTEGER", nullable: false),
                    StateCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    MeanYearly = table.Column<int>(type: "INTEGER", nullable: true),
                    MeanYearlyStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MeanHourlyCents = table.Column<int>(type: "INTEGER", nullable: true),
                    MeanHourlyStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StateWages", x => new { x.OccupationId, x.StateCode });
                    table.ForeignKey(
                        name: "FK_StateWages_Occupations_OccupationId",
                        column: x => x.OccupationId,
                        principalTable: "Occupations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StateWages_States_StateCode",
                        column: x => x.StateCode,
                        principalTable: "States",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StateWages_StateCode_MeanHourlyCents",
                table: "StateWages",
                columns: new[] { "StateCode", "MeanHourlyCents" });

            migrationBuilder.CreateIndex(
                name: "IX_StateWages_StateCode_MeanYearly",
                table: "StateWages",
                columns: new[] { "StateCode", "MeanYearly" });

            migrationBuilder.CreateIndex(
                name: "IX_States_Slug",
                table: "States",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StateWages");

            migrationBuilder.DropTable(
                name: "States");
        }
    }
}
