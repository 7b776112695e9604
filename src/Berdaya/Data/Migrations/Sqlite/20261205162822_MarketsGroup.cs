using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MarketsGroup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PriceAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriceAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PriceAgreements_Groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "Groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupplyOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuyerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SellerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VariantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    AgreedPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeliverBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Label = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrderedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OrderedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveredQuantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplyOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupplyOrders_Groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "Groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupplyOrders_Partners_BuyerId",
                        column: x => x.BuyerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupplyOrders_Partners_SellerId",
                        column: x => x.SellerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupplyOrders_ProductVariants_VariantId",
                        column: x => x.VariantId,
                        principalTable: "ProductVariants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VariantAllocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VariantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Place = table.Column<int>(type: "INTEGER", nullable: false),
                    AllocatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AllocatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AllocatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VariantAllocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VariantAllocations_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VariantAllocations_ProductVariants_VariantId",
                        column: x => x.VariantId,
                        principalTable: "ProductVariants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PriceAgreementLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriceAgreementLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PriceAgreementLines_GroupProducts_ProductId",
                        column: x => x.ProductId,
                        principalTable: "GroupProducts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PriceAgreementLines_PriceAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "PriceAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PriceAgreementMembers",
                columns: table => new
                {
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriceAgreementMembers", x => new { x.AgreementId, x.PartnerId });
                    table.ForeignKey(
                        name: "FK_PriceAgreementMembers_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PriceAgreementMembers_PriceAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "PriceAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PriceAgreementLines_AgreementId_ProductId_Unit_Kind",
                table: "PriceAgreementLines",
                columns: new[] { "AgreementId", "ProductId", "Unit", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PriceAgreementLines_ProductId",
                table: "PriceAgreementLines",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_PriceAgreementMembers_PartnerId",
                table: "PriceAgreementMembers",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PriceAgreements_GroupId_EffectiveFrom",
                table: "PriceAgreements",
                columns: new[] { "GroupId", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_SupplyOrders_BuyerId",
                table: "SupplyOrders",
                column: "BuyerId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplyOrders_GroupId_OrderedOn",
                table: "SupplyOrders",
                columns: new[] { "GroupId", "OrderedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SupplyOrders_SellerId",
                table: "SupplyOrders",
                column: "SellerId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplyOrders_VariantId",
                table: "SupplyOrders",
                column: "VariantId");

            migrationBuilder.CreateIndex(
                name: "IX_VariantAllocations_GroupId",
                table: "VariantAllocations",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_VariantAllocations_PartnerId",
                table: "VariantAllocations",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_VariantAllocations_VariantId_PartnerId",
                table: "VariantAllocations",
                columns: new[] { "VariantId", "PartnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VariantAllocations_VariantId_Place",
                table: "VariantAllocations",
                columns: new[] { "VariantId", "Place" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PriceAgreementLines");

            migrationBuilder.DropTable(
                name: "PriceAgreementMembers");

            migrationBuilder.DropTable(
                name: "SupplyOrders");

            migrationBuilder.DropTable(
                name: "VariantAllocations");

            migrationBuilder.DropTable(
                name: "PriceAgreements");
        }
    }
}
