using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeclineCheckIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUps_ProgramId",
                table: "FollowUps");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_ProgramId_ReportId_SetOn",
                table: "FollowUps",
                columns: new[] { "ProgramId", "ReportId", "SetOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUps_ProgramId_ReportId_SetOn",
                table: "FollowUps");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_ProgramId",
                table: "FollowUps",
                column: "ProgramId");
        }
    }
}
