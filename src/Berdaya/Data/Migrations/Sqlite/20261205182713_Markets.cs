using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Markets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SourceId",
                table: "CashLines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceType",
                table: "CashLines",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Exhibitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Organiser = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    Cost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Months = table.Column<int>(type: "INTEGER", nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    CostEntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AttendanceRecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exhibitions", x => x.Id);
                    table.CheckConstraint("CK_Exhibitions_Accepted", "\"Accepted\" >= 0 AND \"Accepted\" <= \"Places\"");
                    table.CheckConstraint("CK_Exhibitions_Dates", "\"EndsOn\" >= \"StartsOn\"");
                    table.ForeignKey(
                        name: "FK_Exhibitions_JournalEntries_CostEntryId",
                        column: x => x.CostEntryId,
                        principalTable: "JournalEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Exhibitions_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GroupProducts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupProducts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupProducts_Groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "Groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MarketChannels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketChannels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketChannels_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
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
                name: "ExhibitionInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExhibitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    InvitedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    InvitedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: true),
                    Sales = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExhibitionInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExhibitionInvitations_Exhibitions_ExhibitionId",
                        column: x => x.ExhibitionId,
                        principalTable: "Exhibitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExhibitionInvitations_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProductVariants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Flavour = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Size = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Packaging = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    MaxMakers = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductVariants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductVariants_GroupProducts_ProductId",
                        column: x => x.ProductId,
                        principalTable: "GroupProducts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateTable(
                name: "ExhibitionOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Buyer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    What = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExhibitionOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExhibitionOrders_ExhibitionInvitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "ExhibitionInvitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_CashLines_PartnerId_SourceType_SourceId",
                table: "CashLines",
                columns: new[] { "PartnerId", "SourceType", "SourceId" },
                unique: true);

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
                name: "IX_ConsignmentDeliveries_PlacementId_DeliveredOn",
                table: "ConsignmentDeliveries",
                columns: new[] { "PlacementId", "DeliveredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsignmentDeliveryLines_DeliveryId",
                table: "ConsignmentDeliveryLines",
                column: "DeliveryId");

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitionInvitations_ExhibitionId_PartnerId",
                table: "ExhibitionInvitations",
                columns: new[] { "ExhibitionId", "PartnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitionInvitations_PartnerId_InvitedAt",
                table: "ExhibitionInvitations",
                columns: new[] { "PartnerId", "InvitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitionOrders_InvitationId",
                table: "ExhibitionOrders",
                column: "InvitationId");

            migrationBuilder.CreateIndex(
                name: "IX_Exhibitions_CostEntryId",
                table: "Exhibitions",
                column: "CostEntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Exhibitions_ProgramId_StartsOn",
                table: "Exhibitions",
                columns: new[] { "ProgramId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupProducts_GroupId_Name",
                table: "GroupProducts",
                columns: new[] { "GroupId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MarketChannels_ProgramId_Name",
                table: "MarketChannels",
                columns: new[] { "ProgramId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MarketProfiles_PartnerId",
                table: "MarketProfiles",
                column: "PartnerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MarketProfiles_ProgramId",
                table: "MarketProfiles",
                column: "ProgramId");

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
                name: "IX_ProductVariants_GroupId",
                table: "ProductVariants",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductVariants_ProductId_Flavour_Size_Stage",
                table: "ProductVariants",
                columns: new[] { "ProductId", "Flavour", "Size", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SalesReports_DeliveryLineId",
                table: "SalesReports",
                column: "DeliveryLineId");

            migrationBuilder.CreateIndex(
                name: "IX_SalesReports_PlacementId",
                table: "SalesReports",
                column: "PlacementId");

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
                name: "ChannelRequirements");

            migrationBuilder.DropTable(
                name: "ExhibitionOrders");

            migrationBuilder.DropTable(
                name: "MarketProfiles");

            migrationBuilder.DropTable(
                name: "PlacementPayments");

            migrationBuilder.DropTable(
                name: "PriceAgreementLines");

            migrationBuilder.DropTable(
                name: "PriceAgreementMembers");

            migrationBuilder.DropTable(
                name: "SalesReports");

            migrationBuilder.DropTable(
                name: "SupplyOrders");

            migrationBuilder.DropTable(
                name: "VariantAllocations");

            migrationBuilder.DropTable(
                name: "ExhibitionInvitations");

            migrationBuilder.DropTable(
                name: "PriceAgreements");

            migrationBuilder.DropTable(
                name: "ConsignmentDeliveryLines");

            migrationBuilder.DropTable(
                name: "ProductVariants");

            migrationBuilder.DropTable(
                name: "Exhibitions");

            migrationBuilder.DropTable(
                name: "ConsignmentDeliveries");

            migrationBuilder.DropTable(
                name: "GroupProducts");

            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropTable(
                name: "MarketChannels");

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
