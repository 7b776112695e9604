using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CashLineSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SourceId",
                table: "CashLines",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceType",
                table: "CashLines",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CashLines_PartnerId_SourceType_SourceId",
                table: "CashLines",
                columns: new[] { "PartnerId", "SourceType", "SourceId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CashLines_PartnerId_SourceType_SourceId",
                table: "CashLines");

            migrationBuilder.DropColumn(
                name: "SourceId",
                table: "CashLines");

            migrationBuilder.DropColumn(
                name: "SourceType",
                table: "CashLines");
        }
    }
}
