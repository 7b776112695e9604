using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Evaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvaluationCriteria",
                columns: table => new
                {
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    MinOnTimePercent = table.Column<int>(type: "integer", nullable: false),
                    MinScorePercent = table.Column<int>(type: "integer", nullable: false),
                    MinTurnoverGrowthPercent = table.Column<int>(type: "integer", nullable: false),
                    MinTrainings = table.Column<int>(type: "integer", nullable: false),
                    RequireNib = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationCriteria", x => x.ProgramId);
                    table.ForeignKey(
                        name: "FK_EvaluationCriteria_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    Evidence = table.Column<string>(type: "character varying(400000)", maxLength: 400000, nullable: false),
                    GatheredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    GatheredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EvaluatorJudgement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    EvaluatorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EvaluatorAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OfficerJudgement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OfficerName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    OfficerAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evaluations_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FormScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FilledFormId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Scores = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    MaxTotal = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ScoredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ScoredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FormScores_FilledForms_FilledFormId",
                        column: x => x.FilledFormId,
                        principalTable: "FilledForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PseudonymKeys",
                columns: table => new
                {
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PseudonymKeys", x => x.ProgramId);
                    table.ForeignKey(
                        name: "FK_PseudonymKeys_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_GroupId_Year",
                table: "Evaluations",
                columns: new[] { "GroupId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_ProgramId_Year_SubjectId",
                table: "Evaluations",
                columns: new[] { "ProgramId", "Year", "SubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FormScores_FilledFormId",
                table: "FormScores",
                column: "FilledFormId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FormScores_ProgramId_Year",
                table: "FormScores",
                columns: new[] { "ProgramId", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluationCriteria");

            migrationBuilder.DropTable(
                name: "Evaluations");

            migrationBuilder.DropTable(
                name: "FormScores");

            migrationBuilder.DropTable(
                name: "PseudonymKeys");
        }
    }
}
