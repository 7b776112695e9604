using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Berdaya.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InputBounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
