using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DirectoryWordsInNameOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DirectoryWords_Word_PartnerId",
                table: "DirectoryWords");

            migrationBuilder.DropIndex(
                name: "IX_DirectoryEntries_ProgramId_Latitude_Longitude",
                table: "DirectoryEntries");

            migrationBuilder.DropIndex(
                name: "IX_DirectoryEntries_ProgramId_OwnerName_PartnerId",
                table: "DirectoryEntries");

            migrationBuilder.AddColumn<string>(
                name: "OwnerName",
                table: "DirectoryWords",
                type: "TEXT",
                maxLength: 150,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "ProgramId",
                table: "DirectoryWords",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<int>(
                name: "Purposes",
                table: "DirectoryWords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Each word takes its entry's program, purposes and owner's name (decision 0032).
            migrationBuilder.Sql("""
                UPDATE "DirectoryWords" SET "ProgramId" = e."ProgramId", "Purposes" = e."Purposes", "OwnerName" = e."OwnerName" FROM "DirectoryEntries" AS e WHERE e."PartnerId" = "DirectoryWords"."PartnerId";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryWords_Word_OwnerName_PartnerId_ProgramId_Purposes",
                table: "DirectoryWords",
                columns: new[] { "Word", "OwnerName", "PartnerId", "ProgramId", "Purposes" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryEntries_ProgramId_Latitude_Longitude_OwnerName_PartnerId_Purposes",
                table: "DirectoryEntries",
                columns: new[] { "ProgramId", "Latitude", "Longitude", "OwnerName", "PartnerId", "Purposes" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryEntries_ProgramId_OwnerName_PartnerId_Purposes",
                table: "DirectoryEntries",
                columns: new[] { "ProgramId", "OwnerName", "PartnerId", "Purposes" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DirectoryWords_Word_OwnerName_PartnerId_ProgramId_Purposes",
                table: "DirectoryWords");

            migrationBuilder.DropIndex(
                name: "IX_DirectoryEntries_ProgramId_Latitude_Longitude_OwnerName_PartnerId_Purposes",
                table: "DirectoryEntries");

            migrationBuilder.DropIndex(
                name: "IX_DirectoryEntries_ProgramId_OwnerName_PartnerId_Purposes",
                table: "DirectoryEntries");

            migrationBuilder.DropColumn(
                name: "OwnerName",
                table: "DirectoryWords");

            migrationBuilder.DropColumn(
                name: "ProgramId",
                table: "DirectoryWords");

            migrationBuilder.DropColumn(
                name: "Purposes",
                table: "DirectoryWords");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryWords_Word_PartnerId",
                table: "DirectoryWords",
                columns: new[] { "Word", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryEntries_ProgramId_Latitude_Longitude",
                table: "DirectoryEntries",
                columns: new[] { "ProgramId", "Latitude", "Longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryEntries_ProgramId_OwnerName_PartnerId",
                table: "DirectoryEntries",
                columns: new[] { "ProgramId", "OwnerName", "PartnerId" });
        }
    }
}
