using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CollectionSheetKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SubmissionKey",
                table: "CollectionSheets",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CollectionSheets_GroupId_SubmissionKey",
                table: "CollectionSheets",
                columns: new[] { "GroupId", "SubmissionKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CollectionSheets_GroupId_SubmissionKey",
                table: "CollectionSheets");

            migrationBuilder.DropColumn(
                name: "SubmissionKey",
                table: "CollectionSheets");
        }
    }
}
