using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DeclineCheckIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_QuarterlyReports_ProgramId_QuarterIndex_Current",
                table: "QuarterlyReports");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_ProgramId",
                table: "FollowUps");

            migrationBuilder.CreateIndex(
                name: "IX_QuarterlyReports_ProgramId_QuarterIndex_Current",
                table: "QuarterlyReports",
                columns: new[] { "ProgramId", "QuarterIndex", "Current" })
                .Annotation("Npgsql:IndexInclude", new[] { "PartnerId", "Id", "Assets", "Turnover", "PaidEmployees", "FamilyEmployees" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_ProgramId_ReportId_SetOn",
                table: "FollowUps",
                columns: new[] { "ProgramId", "ReportId", "SetOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_QuarterlyReports_ProgramId_QuarterIndex_Current",
                table: "QuarterlyReports");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_ProgramId_ReportId_SetOn",
                table: "FollowUps");

            migrationBuilder.CreateIndex(
                name: "IX_QuarterlyReports_ProgramId_QuarterIndex_Current",
                table: "QuarterlyReports",
                columns: new[] { "ProgramId", "QuarterIndex", "Current" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_ProgramId",
                table: "FollowUps",
                column: "ProgramId");
        }
    }
}
