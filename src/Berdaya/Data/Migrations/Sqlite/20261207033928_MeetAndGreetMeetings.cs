using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetAndGreetMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CollaborationId",
                table: "SupplyOrders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MenteeAgreed",
                table: "RoundPairs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MentorAgreed",
                table: "RoundPairs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReplacesPairId",
                table: "RoundPairs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SeminarsJson",
                table: "MatchingRounds",
                type: "TEXT",
                maxLength: 25000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "MeetingId",
                table: "FollowUps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConfidenceRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Moment = table.Column<int>(type: "INTEGER", nullable: false),
                    Grow = table.Column<int>(type: "INTEGER", nullable: false),
                    Reach = table.Column<int>(type: "INTEGER", nullable: false),
                    Help = table.Column<int>(type: "INTEGER", nullable: false),
                    Repay = table.Column<int>(type: "INTEGER", nullable: false),
                    RatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Way = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConfidenceRatings", x => x.Id);
                    table.CheckConstraint("CK_ConfidenceRatings_Range", "\"Grow\" BETWEEN 1 AND 5 AND \"Reach\" BETWEEN 1 AND 5 AND \"Help\" BETWEEN 1 AND 5 AND \"Repay\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_ConfidenceRatings_MatchingRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MatchingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConfidenceRatings_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PairId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Agreed = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_MatchingRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MatchingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meetings_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meetings_RoundPairs_PairId",
                        column: x => x.PairId,
                        principalTable: "RoundPairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Collaborations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OtherPartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SupplyOrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Collaborations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Collaborations_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Collaborations_Partners_OtherPartnerId",
                        column: x => x.OtherPartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Collaborations_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Collaborations_SupplyOrders_SupplyOrderId",
                        column: x => x.SupplyOrderId,
                        principalTable: "SupplyOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAttendees",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Came = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAttendees", x => new { x.MeetingId, x.PartnerId });
                    table.ForeignKey(
                        name: "FK_MeetingAttendees_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAttendees_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_MeetingId",
                table: "FollowUps",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Collaborations_MeetingId",
                table: "Collaborations",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Collaborations_OtherPartnerId",
                table: "Collaborations",
                column: "OtherPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Collaborations_PartnerId",
                table: "Collaborations",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Collaborations_SupplyOrderId",
                table: "Collaborations",
                column: "SupplyOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ConfidenceRatings_PartnerId",
                table: "ConfidenceRatings",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ConfidenceRatings_RoundId_PartnerId_Moment",
                table: "ConfidenceRatings",
                columns: new[] { "RoundId", "PartnerId", "Moment" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendees_PartnerId_Came",
                table: "MeetingAttendees",
                columns: new[] { "PartnerId", "Came" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_PairId",
                table: "Meetings",
                column: "PairId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_ProgramId_HeldOn",
                table: "Meetings",
                columns: new[] { "ProgramId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_RoundId_HeldOn",
                table: "Meetings",
                columns: new[] { "RoundId", "HeldOn" });

            migrationBuilder.AddForeignKey(
                name: "FK_FollowUps_Meetings_MeetingId",
                table: "FollowUps",
                column: "MeetingId",
                principalTable: "Meetings",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FollowUps_Meetings_MeetingId",
                table: "FollowUps");

            migrationBuilder.DropTable(
                name: "Collaborations");

            migrationBuilder.DropTable(
                name: "ConfidenceRatings");

            migrationBuilder.DropTable(
                name: "MeetingAttendees");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_MeetingId",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "CollaborationId",
                table: "SupplyOrders");

            migrationBuilder.DropColumn(
                name: "MenteeAgreed",
                table: "RoundPairs");

            migrationBuilder.DropColumn(
                name: "MentorAgreed",
                table: "RoundPairs");

            migrationBuilder.DropColumn(
                name: "ReplacesPairId",
                table: "RoundPairs");

            migrationBuilder.DropColumn(
                name: "SeminarsJson",
                table: "MatchingRounds");

            migrationBuilder.DropColumn(
                name: "MeetingId",
                table: "FollowUps");
        }
    }
}
