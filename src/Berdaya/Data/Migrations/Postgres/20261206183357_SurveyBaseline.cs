using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Postgres
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
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BaselineEmployees",
                table: "MemberSurveys",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "BaselineTurnover",
                table: "MemberSurveys",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            // Surveys recorded before the baseline was kept take the partner's registration figures (decision 0030).
            migrationBuilder.Sql("""
                UPDATE "MemberSurveys" AS s SET "BaselineAssets" = p."NetAssets", "BaselineTurnover" = round(p."YearlySales" / 4, 0), "BaselineEmployees" = p."Employees" FROM "Partners" AS p WHERE p."Id" = s."PartnerId" AND s."BaselineAssets" IS NULL;
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
