using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoverageIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_TimelineEvents_ProgramId_Approach_GroupId_OccurredOn",
                table: "TimelineEvents",
                columns: new[] { "ProgramId", "Approach", "GroupId", "OccurredOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TimelineEvents_ProgramId_Approach_GroupId_OccurredOn",
                table: "TimelineEvents");
        }
    }
}
