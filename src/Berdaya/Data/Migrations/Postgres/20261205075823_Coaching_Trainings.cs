using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Coaching_Trainings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CoachingSettings",
                columns: table => new
                {
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnderstoodThreshold = table.Column<decimal>(type: "numeric(3,1)", precision: 3, scale: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachingSettings", x => x.ProgramId);
                    table.ForeignKey(
                        name: "FK_CoachingSettings_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingProviders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Teaches = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingProviders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingProviders_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingProviders_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingTopics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Need = table.Column<int>(type: "integer", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AdoptionWeeks = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingTopics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingTopics_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    TopicId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VillageCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    Cost = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsHeld = table.Column<bool>(type: "boolean", nullable: false),
                    CostEntryId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingSessions_JournalEntries_CostEntryId",
                        column: x => x.CostEntryId,
                        principalTable: "JournalEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingSessions_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingSessions_Regions_VillageCode",
                        column: x => x.VillageCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingSessions_TrainingProviders_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "TrainingProviders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingSessions_TrainingTopics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "TrainingTopics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SessionParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Attendance = table.Column<int>(type: "integer", nullable: false),
                    Understood = table.Column<int>(type: "integer", nullable: true),
                    CanApply = table.Column<int>(type: "integer", nullable: true),
                    Hard = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FeedbackOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Used = table.Column<bool>(type: "boolean", nullable: true),
                    NotUsedReason = table.Column<int>(type: "integer", nullable: true),
                    NotUsedText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AdoptionCheckedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionParticipants", x => x.Id);
                    table.CheckConstraint("CK_SessionParticipants_CanApply", "\"CanApply\" IS NULL OR (\"CanApply\" BETWEEN 1 AND 5)");
                    table.CheckConstraint("CK_SessionParticipants_Understood", "\"Understood\" IS NULL OR (\"Understood\" BETWEEN 1 AND 5)");
                    table.ForeignKey(
                        name: "FK_SessionParticipants_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SessionParticipants_TrainingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SessionParticipants_PartnerId_Attendance",
                table: "SessionParticipants",
                columns: new[] { "PartnerId", "Attendance" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionParticipants_SessionId_PartnerId",
                table: "SessionParticipants",
                columns: new[] { "SessionId", "PartnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingProviders_PartnerId",
                table: "TrainingProviders",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingProviders_ProgramId",
                table: "TrainingProviders",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_CostEntryId",
                table: "TrainingSessions",
                column: "CostEntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_HeldOn",
                table: "TrainingSessions",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_ProgramId_HeldOn",
                table: "TrainingSessions",
                columns: new[] { "ProgramId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_ProviderId",
                table: "TrainingSessions",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_TopicId",
                table: "TrainingSessions",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_VillageCode",
                table: "TrainingSessions",
                column: "VillageCode");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingTopics_ProgramId_Code",
                table: "TrainingTopics",
                columns: new[] { "ProgramId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoachingSettings");

            migrationBuilder.DropTable(
                name: "SessionParticipants");

            migrationBuilder.DropTable(
                name: "TrainingSessions");

            migrationBuilder.DropTable(
                name: "TrainingProviders");

            migrationBuilder.DropTable(
                name: "TrainingTopics");
        }
    }
}
