using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BankabilityAndGraduation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BankabilityDeclarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EvidenceOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    DeclaredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DeclaredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeclaredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BankabilityDeclarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BankabilityDeclarations_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BankabilityDeclarations_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Graduations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EvaluationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EvaluationYear = table.Column<int>(type: "INTEGER", nullable: true),
                    GraduatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Need = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Bank = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Checklist = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    GraduatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Graduations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Graduations_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Graduations_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BankabilityDeclarations_PartnerId_DeclaredAt",
                table: "BankabilityDeclarations",
                columns: new[] { "PartnerId", "DeclaredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BankabilityDeclarations_ProgramId",
                table: "BankabilityDeclarations",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_Graduations_PartnerId",
                table: "Graduations",
                column: "PartnerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Graduations_ProgramId_GraduatedOn",
                table: "Graduations",
                columns: new[] { "ProgramId", "GraduatedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BankabilityDeclarations");

            migrationBuilder.DropTable(
                name: "Graduations");
        }
    }
}
