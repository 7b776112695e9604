using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MarketsChannels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChannelRequirements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Legality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RequiresBarcode = table.Column<bool>(type: "INTEGER", nullable: false),
                    PackagingMaterial = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MinThicknessMm = table.Column<decimal>(type: "TEXT", precision: 6, scale: 3, nullable: true),
                    LabelContents = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MinMonthlyVolume = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    VolumeUnit = table.Column<int>(type: "INTEGER", nullable: true),
                    WorkingCapital = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Payment = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelRequirements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChannelRequirements_MarketChannels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "MarketChannels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MarketProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PackagingMaterial = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PackagingThicknessMm = table.Column<decimal>(type: "TEXT", precision: 6, scale: 3, nullable: true),
                    HasBarcode = table.Column<bool>(type: "INTEGER", nullable: true),
                    MonthlyCapacity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    CapacityUnit = table.Column<int>(type: "INTEGER", nullable: true),
                    WorkingCapital = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    DeclaredBy = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclaredByUser = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DeclaredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeclaredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketProfiles_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelRequirements_ChannelId_EffectiveFrom",
                table: "ChannelRequirements",
                columns: new[] { "ChannelId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChannelRequirements_ProgramId",
                table: "ChannelRequirements",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketProfiles_PartnerId",
                table: "MarketProfiles",
                column: "PartnerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MarketProfiles_ProgramId",
                table: "MarketProfiles",
                column: "ProgramId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChannelRequirements");

            migrationBuilder.DropTable(
                name: "MarketProfiles");
        }
    }
}
