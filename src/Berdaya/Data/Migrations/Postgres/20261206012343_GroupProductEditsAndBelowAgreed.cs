using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GroupProductEditsAndBelowAgreed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "ProductVariants",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "ProductVariants",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<bool>(
                name: "BelowAgreed",
                table: "Placements",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "GroupPrice",
                table: "Placements",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ProductId",
                table: "Placements",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Unit",
                table: "Placements",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "GroupProducts",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<decimal>(
                name: "AgreedPrice",
                table: "CashLines",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "BelowAgreed",
                table: "CashLines",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "ProductId",
                table: "CashLines",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Quantity",
                table: "CashLines",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Unit",
                table: "CashLines",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ProductId",
                table: "Placements",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_CashLines_ProductId",
                table: "CashLines",
                column: "ProductId");

            migrationBuilder.AddForeignKey(
                name: "FK_CashLines_GroupProducts_ProductId",
                table: "CashLines",
                column: "ProductId",
                principalTable: "GroupProducts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Placements_GroupProducts_ProductId",
                table: "Placements",
                column: "ProductId",
                principalTable: "GroupProducts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CashLines_GroupProducts_ProductId",
                table: "CashLines");

            migrationBuilder.DropForeignKey(
                name: "FK_Placements_GroupProducts_ProductId",
                table: "Placements");

            migrationBuilder.DropIndex(
                name: "IX_Placements_ProductId",
                table: "Placements");

            migrationBuilder.DropIndex(
                name: "IX_CashLines_ProductId",
                table: "CashLines");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "ProductVariants");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ProductVariants");

            migrationBuilder.DropColumn(
                name: "BelowAgreed",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "GroupPrice",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "ProductId",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "Unit",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "GroupProducts");

            migrationBuilder.DropColumn(
                name: "AgreedPrice",
                table: "CashLines");

            migrationBuilder.DropColumn(
                name: "BelowAgreed",
                table: "CashLines");

            migrationBuilder.DropColumn(
                name: "ProductId",
                table: "CashLines");

            migrationBuilder.DropColumn(
                name: "Quantity",
                table: "CashLines");

            migrationBuilder.DropColumn(
                name: "Unit",
                table: "CashLines");
        }
    }
}
