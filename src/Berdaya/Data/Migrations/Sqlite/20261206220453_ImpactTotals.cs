using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImpactTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImpactTotals",
                columns: table => new
                {
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dimension = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CountedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Partners = table.Column<int>(type: "INTEGER", nullable: false),
                    Measured = table.Column<int>(type: "INTEGER", nullable: false),
                    Growing = table.Column<int>(type: "INTEGER", nullable: false),
                    Graduated = table.Column<int>(type: "INTEGER", nullable: false),
                    Repaid = table.Column<int>(type: "INTEGER", nullable: false),
                    WrittenOff = table.Column<int>(type: "INTEGER", nullable: false),
                    AssetsCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AssetsLower = table.Column<decimal>(type: "TEXT", precision: 28, scale: 1, nullable: false),
                    AssetsMedian = table.Column<decimal>(type: "TEXT", precision: 28, scale: 1, nullable: false),
                    AssetsUpper = table.Column<decimal>(type: "TEXT", precision: 28, scale: 1, nullable: false),
                    TurnoverCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TurnoverLower = table.Column<decimal>(type: "TEXT", precision: 28, scale: 1, nullable: false),
                    TurnoverMedian = table.Column<decimal>(type: "TEXT", precision: 28, scale: 1, nullable: false),
                    TurnoverUpper = table.Column<decimal>(type: "TEXT", precision: 28, scale: 1, nullable: false),
                    EmployeesCount = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeesLower = table.Column<decimal>(type: "TEXT", precision: 28, scale: 1, nullable: false),
                    EmployeesMedian = table.Column<decimal>(type: "TEXT", precision: 28, scale: 1, nullable: false),
                    EmployeesUpper = table.Column<decimal>(type: "TEXT", precision: 28, scale: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpactTotals", x => new { x.ProgramId, x.Dimension, x.Key });
                    table.ForeignKey(
                        name: "FK_ImpactTotals_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImpactTotals");
        }
    }
}
