using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InputBounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<decimal>(
                name: "Outstanding",
                table: "PortfolioTotals",
                type: "numeric(28,2)",
                precision: 28,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "Debit",
                table: "LedgerDayTotals",
                type: "numeric(28,2)",
                precision: 28,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "Credit",
                table: "LedgerDayTotals",
                type: "numeric(28,2)",
                precision: 28,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<string>(
                name: "PhoneNumber",
                table: "AspNetUsers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "OutstandingAtStart",
                table: "AllowanceOutcomes",
                type: "numeric(28,2)",
                precision: 28,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "LostTwelveMonthsLater",
                table: "AllowanceOutcomes",
                type: "numeric(28,2)",
                precision: 28,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<decimal>(
                name: "Outstanding",
                table: "PortfolioTotals",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(28,2)",
                oldPrecision: 28,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "Debit",
                table: "LedgerDayTotals",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(28,2)",
                oldPrecision: 28,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "Credit",
                table: "LedgerDayTotals",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(28,2)",
                oldPrecision: 28,
                oldScale: 2);

            migrationBuilder.AlterColumn<string>(
                name: "PhoneNumber",
                table: "AspNetUsers",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20,
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "OutstandingAtStart",
                table: "AllowanceOutcomes",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(28,2)",
                oldPrecision: 28,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "LostTwelveMonthsLater",
                table: "AllowanceOutcomes",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(28,2)",
                oldPrecision: 28,
                oldScale: 2);
        }
    }
}
