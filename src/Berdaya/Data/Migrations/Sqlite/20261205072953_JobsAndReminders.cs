using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JobsAndReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Job = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Node = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BusinessDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Done = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Href = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VillageCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true),
                    AssigneeUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    WhatsAppMessage = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DoneBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reminders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_Job_BusinessDate_Outcome",
                table: "JobRuns",
                columns: new[] { "Job", "BusinessDate", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_StartedAt",
                table: "JobRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_AssigneeUserId_DoneAt",
                table: "Reminders",
                columns: new[] { "AssigneeUserId", "DoneAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_Key",
                table: "Reminders",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_PartnerId_DoneAt",
                table: "Reminders",
                columns: new[] { "PartnerId", "DoneAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_ProgramId_DoneAt_DueOn",
                table: "Reminders",
                columns: new[] { "ProgramId", "DoneAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_VillageCode_DoneAt",
                table: "Reminders",
                columns: new[] { "VillageCode", "DoneAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropTable(
                name: "Reminders");
        }
    }
}
