using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MarketsPlacements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Products = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    AgreedPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Terms = table.Column<int>(type: "INTEGER", nullable: false),
                    DaysToPay = table.Column<int>(type: "INTEGER", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Placements_MarketChannels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "MarketChannels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsignmentDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsignmentDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsignmentDeliveries_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlacementPayments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementPayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementPayments_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsignmentDeliveryLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeliveryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Product = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsignmentDeliveryLines", x => x.Id);
                    table.CheckConstraint("CK_ConsignmentDeliveryLines_Quantity", "\"Quantity\" > 0");
                    table.ForeignKey(
                        name: "FK_ConsignmentDeliveryLines_ConsignmentDeliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "ConsignmentDeliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SalesReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeliveryLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sold = table.Column<int>(type: "INTEGER", nullable: false),
                    Returned = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SalesReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SalesReports_ConsignmentDeliveryLines_DeliveryLineId",
                        column: x => x.DeliveryLineId,
                        principalTable: "ConsignmentDeliveryLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SalesReports_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsignmentDeliveries_PlacementId_DeliveredOn",
                table: "ConsignmentDeliveries",
                columns: new[] { "PlacementId", "DeliveredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsignmentDeliveryLines_DeliveryId",
                table: "ConsignmentDeliveryLines",
                column: "DeliveryId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementPayments_PlacementId_PaidOn",
                table: "PlacementPayments",
                columns: new[] { "PlacementId", "PaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ChannelId",
                table: "Placements",
                column: "ChannelId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_PartnerId_StartedOn",
                table: "Placements",
                columns: new[] { "PartnerId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ProgramId_EndedOn",
                table: "Placements",
                columns: new[] { "ProgramId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SalesReports_DeliveryLineId",
                table: "SalesReports",
                column: "DeliveryLineId");

            migrationBuilder.CreateIndex(
                name: "IX_SalesReports_PlacementId",
                table: "SalesReports",
                column: "PlacementId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlacementPayments");

            migrationBuilder.DropTable(
                name: "SalesReports");

            migrationBuilder.DropTable(
                name: "ConsignmentDeliveryLines");

            migrationBuilder.DropTable(
                name: "ConsignmentDeliveries");

            migrationBuilder.DropTable(
                name: "Placements");
        }
    }
}
