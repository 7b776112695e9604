using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PartnerSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PartnerSearchWords",
                columns: table => new
                {
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Word = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerSearchWords", x => new { x.PartnerId, x.Word });
                    table.ForeignKey(
                        name: "FK_PartnerSearchWords_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Partners_OwnerName_Id",
                table: "Partners",
                columns: new[] { "OwnerName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerSearchWords_Word_PartnerId",
                table: "PartnerSearchWords",
                columns: new[] { "Word", "PartnerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartnerSearchWords");

            migrationBuilder.DropIndex(
                name: "IX_Partners_OwnerName_Id",
                table: "Partners");
        }
    }
}
