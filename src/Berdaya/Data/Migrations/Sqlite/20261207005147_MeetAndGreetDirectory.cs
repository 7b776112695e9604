using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetAndGreetDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConnectionRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    FromPartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToPartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuyerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BuyerContact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectionRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConnectionRequests_Partners_FromPartnerId",
                        column: x => x.FromPartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConnectionRequests_Partners_ToPartnerId",
                        column: x => x.ToPartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryConsents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Decision = table.Column<int>(type: "INTEGER", nullable: false),
                    Purposes = table.Column<int>(type: "INTEGER", nullable: false),
                    Fields = table.Column<int>(type: "INTEGER", nullable: false),
                    Way = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryConsents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectoryConsents_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DirectoryConsents_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Endorsements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    WrittenBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    WriterName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Endorsements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Endorsements_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryEntries",
                columns: table => new
                {
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purposes = table.Column<int>(type: "INTEGER", nullable: false),
                    Fields = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    BusinessName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Products = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    VillageCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    ListedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PhotoId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryEntries", x => x.PartnerId);
                    table.ForeignKey(
                        name: "FK_DirectoryEntries_DirectoryConsents_ConsentId",
                        column: x => x.ConsentId,
                        principalTable: "DirectoryConsents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectoryEntries_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DirectoryWords",
                columns: table => new
                {
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Word = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectoryWords", x => new { x.PartnerId, x.Word });
                    table.ForeignKey(
                        name: "FK_DirectoryWords_DirectoryEntries_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "DirectoryEntries",
                        principalColumn: "PartnerId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionRequests_FromPartnerId_SentAt",
                table: "ConnectionRequests",
                columns: new[] { "FromPartnerId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionRequests_ToPartnerId_State_SentAt",
                table: "ConnectionRequests",
                columns: new[] { "ToPartnerId", "State", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryConsents_PartnerId_RecordedAt",
                table: "DirectoryConsents",
                columns: new[] { "PartnerId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryConsents_ProgramId",
                table: "DirectoryConsents",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryEntries_ConsentId",
                table: "DirectoryEntries",
                column: "ConsentId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryEntries_ProgramId_OwnerName_PartnerId",
                table: "DirectoryEntries",
                columns: new[] { "ProgramId", "OwnerName", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryEntries_ProgramId_Sector_OwnerName",
                table: "DirectoryEntries",
                columns: new[] { "ProgramId", "Sector", "OwnerName" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryEntries_ProgramId_VillageCode_OwnerName",
                table: "DirectoryEntries",
                columns: new[] { "ProgramId", "VillageCode", "OwnerName" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectoryWords_Word_PartnerId",
                table: "DirectoryWords",
                columns: new[] { "Word", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Endorsements_PartnerId_WrittenOn",
                table: "Endorsements",
                columns: new[] { "PartnerId", "WrittenOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConnectionRequests");

            migrationBuilder.DropTable(
                name: "DirectoryWords");

            migrationBuilder.DropTable(
                name: "Endorsements");

            migrationBuilder.DropTable(
                name: "DirectoryEntries");

            migrationBuilder.DropTable(
                name: "DirectoryConsents");
        }
    }
}
