using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuarterlyReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Partners_ProgramId_OwnerName",
                table: "Partners");

            migrationBuilder.AddColumn<Guid>(
                name: "ReportId",
                table: "FollowUps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FosteringSettings",
                columns: table => new
                {
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportDueDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclinePercent = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosteringSettings", x => x.ProgramId);
                    table.ForeignKey(
                        name: "FK_FosteringSettings_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuarterlyReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuarterIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Current = table.Column<bool>(type: "INTEGER", nullable: false),
                    Assets = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Turnover = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PaidEmployees = table.Column<int>(type: "INTEGER", nullable: false),
                    FamilyEmployees = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductionVolume = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ProductionUnit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuarterlyReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuarterlyReports_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QuarterlyReports_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Partners_ProgramId_OwnerName_Id",
                table: "Partners",
                columns: new[] { "ProgramId", "OwnerName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_ReportId",
                table: "FollowUps",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_QuarterlyReports_PartnerId_QuarterIndex_Version",
                table: "QuarterlyReports",
                columns: new[] { "PartnerId", "QuarterIndex", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuarterlyReports_ProgramId_QuarterIndex_Current",
                table: "QuarterlyReports",
                columns: new[] { "ProgramId", "QuarterIndex", "Current" });

            migrationBuilder.AddForeignKey(
                name: "FK_FollowUps_QuarterlyReports_ReportId",
                table: "FollowUps",
                column: "ReportId",
                principalTable: "QuarterlyReports",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FollowUps_QuarterlyReports_ReportId",
                table: "FollowUps");

            migrationBuilder.DropTable(
                name: "FosteringSettings");

            migrationBuilder.DropTable(
                name: "QuarterlyReports");

            migrationBuilder.DropIndex(
                name: "IX_Partners_ProgramId_OwnerName_Id",
                table: "Partners");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_ReportId",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "ReportId",
                table: "FollowUps");

            migrationBuilder.CreateIndex(
                name: "IX_Partners_ProgramId_OwnerName",
                table: "Partners",
                columns: new[] { "ProgramId", "OwnerName" });
        }
    }
}
