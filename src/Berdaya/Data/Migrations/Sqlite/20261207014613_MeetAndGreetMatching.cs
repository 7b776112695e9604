using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetAndGreetMatching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MatchingRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    WeightProduct = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightNeeds = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightDistance = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightCapacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Mentees = table.Column<int>(type: "INTEGER", nullable: false),
                    Mentors = table.Column<int>(type: "INTEGER", nullable: false),
                    Candidates = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: false),
                    GreedyTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchingRounds_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentorOffers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    TravelKm = table.Column<int>(type: "INTEGER", nullable: false),
                    Topics = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorOffers_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundPairs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MentorPartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MenteePartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundPairs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundPairs_MatchingRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MatchingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoundPairs_Partners_MenteePartnerId",
                        column: x => x.MenteePartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoundPairs_Partners_MentorPartnerId",
                        column: x => x.MentorPartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MatchingRounds_ProgramId_StartedOn",
                table: "MatchingRounds",
                columns: new[] { "ProgramId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MentorOffers_PartnerId",
                table: "MentorOffers",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorOffers_ProgramId_WithdrawnAt",
                table: "MentorOffers",
                columns: new[] { "ProgramId", "WithdrawnAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RoundPairs_MenteePartnerId_State",
                table: "RoundPairs",
                columns: new[] { "MenteePartnerId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_RoundPairs_MentorPartnerId_State",
                table: "RoundPairs",
                columns: new[] { "MentorPartnerId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_RoundPairs_RoundId",
                table: "RoundPairs",
                column: "RoundId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MentorOffers");

            migrationBuilder.DropTable(
                name: "RoundPairs");

            migrationBuilder.DropTable(
                name: "MatchingRounds");
        }
    }
}
