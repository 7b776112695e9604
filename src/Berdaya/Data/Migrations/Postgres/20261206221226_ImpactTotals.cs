using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Postgres
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
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    Dimension = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    CountedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Partners = table.Column<int>(type: "integer", nullable: false),
                    Measured = table.Column<int>(type: "integer", nullable: false),
                    Growing = table.Column<int>(type: "integer", nullable: false),
                    Graduated = table.Column<int>(type: "integer", nullable: false),
                    Repaid = table.Column<int>(type: "integer", nullable: false),
                    WrittenOff = table.Column<int>(type: "integer", nullable: false),
                    AssetsCount = table.Column<int>(type: "integer", nullable: false),
                    AssetsLower = table.Column<decimal>(type: "numeric(28,1)", precision: 28, scale: 1, nullable: false),
                    AssetsMedian = table.Column<decimal>(type: "numeric(28,1)", precision: 28, scale: 1, nullable: false),
                    AssetsUpper = table.Column<decimal>(type: "numeric(28,1)", precision: 28, scale: 1, nullable: false),
                    TurnoverCount = table.Column<int>(type: "integer", nullable: false),
                    TurnoverLower = table.Column<decimal>(type: "numeric(28,1)", precision: 28, scale: 1, nullable: false),
                    TurnoverMedian = table.Column<decimal>(type: "numeric(28,1)", precision: 28, scale: 1, nullable: false),
                    TurnoverUpper = table.Column<decimal>(type: "numeric(28,1)", precision: 28, scale: 1, nullable: false),
                    EmployeesCount = table.Column<int>(type: "integer", nullable: false),
                    EmployeesLower = table.Column<decimal>(type: "numeric(28,1)", precision: 28, scale: 1, nullable: false),
                    EmployeesMedian = table.Column<decimal>(type: "numeric(28,1)", precision: 28, scale: 1, nullable: false),
                    EmployeesUpper = table.Column<decimal>(type: "numeric(28,1)", precision: 28, scale: 1, nullable: false)
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
