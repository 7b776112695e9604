using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReportTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TotalsRunId",
                table: "JournalEntries",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LedgerDayTotals",
                columns: table => new
                {
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    Account = table.Column<int>(type: "integer", nullable: false),
                    EntryDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Debit = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Credit = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerDayTotals", x => new { x.ProgramId, x.Account, x.EntryDate, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "PortfolioTotals",
                columns: table => new
                {
                    BusinessDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    Dimension = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Outstanding = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PortfolioTotals", x => new { x.ProgramId, x.BusinessDate, x.Dimension, x.Key });
                });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_Pending",
                table: "JournalEntries",
                column: "ProgramId",
                filter: "\"TotalsRunId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_PortfolioTotals_BusinessDate",
                table: "PortfolioTotals",
                column: "BusinessDate");

            migrationBuilder.CreateIndex(
                name: "IX_PortfolioTotals_ProgramId_BusinessDate_Dimension_Outstanding",
                table: "PortfolioTotals",
                columns: new[] { "ProgramId", "BusinessDate", "Dimension", "Outstanding" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LedgerDayTotals");

            migrationBuilder.DropTable(
                name: "PortfolioTotals");

            migrationBuilder.DropIndex(
                name: "IX_JournalEntries_Pending",
                table: "JournalEntries");

            migrationBuilder.DropColumn(
                name: "TotalsRunId",
                table: "JournalEntries");
        }
    }
}
