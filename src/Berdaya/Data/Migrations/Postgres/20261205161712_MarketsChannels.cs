using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChannelId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Legality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequiresBarcode = table.Column<bool>(type: "boolean", nullable: false),
                    PackagingMaterial = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MinThicknessMm = table.Column<decimal>(type: "numeric(6,3)", precision: 6, scale: 3, nullable: true),
                    LabelContents = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MinMonthlyVolume = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    VolumeUnit = table.Column<int>(type: "integer", nullable: true),
                    WorkingCapital = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Payment = table.Column<int>(type: "integer", nullable: false),
                    PaymentDays = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    PackagingMaterial = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PackagingThicknessMm = table.Column<decimal>(type: "numeric(6,3)", precision: 6, scale: 3, nullable: true),
                    HasBarcode = table.Column<bool>(type: "boolean", nullable: true),
                    MonthlyCapacity = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    CapacityUnit = table.Column<int>(type: "integer", nullable: true),
                    WorkingCapital = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    DeclaredBy = table.Column<int>(type: "integer", nullable: false),
                    DeclaredByUser = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DeclaredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DeclaredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
