using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SurveyBaseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "BaselineAssets",
                table: "MemberSurveys",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BaselineEmployees",
                table: "MemberSurveys",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "BaselineTurnover",
                table: "MemberSurveys",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            // Surveys recorded before the baseline was kept take the partner's registration figures (decision 0030).
            migrationBuilder.Sql("""
                UPDATE "MemberSurveys" SET "BaselineAssets" = (SELECT p."NetAssets" FROM "Partners" AS p WHERE p."Id" = "MemberSurveys"."PartnerId"), "BaselineTurnover" = (SELECT CAST(ROUND(CAST(p."YearlySales" AS REAL) / 4) AS TEXT) FROM "Partners" AS p WHERE p."Id" = "MemberSurveys"."PartnerId"), "BaselineEmployees" = (SELECT p."Employees" FROM "Partners" AS p WHERE p."Id" = "MemberSurveys"."PartnerId") WHERE "BaselineAssets" IS NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_MemberSurveys_PartnerId_SurveyedOn",
                table: "MemberSurveys",
                columns: new[] { "PartnerId", "SurveyedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MemberSurveys_PartnerId_SurveyedOn",
                table: "MemberSurveys");

            migrationBuilder.DropColumn(
                name: "BaselineAssets",
                table: "MemberSurveys");

            migrationBuilder.DropColumn(
                name: "BaselineEmployees",
                table: "MemberSurveys");

            migrationBuilder.DropColumn(
                name: "BaselineTurnover",
                table: "MemberSurveys");
        }
    }
}
