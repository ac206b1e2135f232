using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerCompare.Web.Data.Migrations
{
    /// <summary>
    /// The model no longer declares maximum lengths for its text columns: SQLite stores TEXT of any length either way
    /// and never checked them, so only the model snapshot changes and the database is left as it is.
    /// </summary>
    public partial class DropIgnoredMaxLengths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nothing to do in SQLite: the columns are TEXT with or without a declared length.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: see Up.
        }
    }
}
