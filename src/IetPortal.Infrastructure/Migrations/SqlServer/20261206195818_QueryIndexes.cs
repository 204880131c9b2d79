using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IetPortal.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class QueryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_AssignedReviewerId",
                table: "Proposals");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_AssignedReviewerId_Status_SubmittedAtUtc",
                table: "Proposals",
                columns: new[] { "AssignedReviewerId", "Status", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_CollegeId_UpdatedAtUtc",
                table: "Proposals",
                columns: new[] { "CollegeId", "UpdatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Status_OccupationSocCode_OccupationTitle",
                table: "Proposals",
                columns: new[] { "Status", "OccupationSocCode", "OccupationTitle" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Status_Title",
                table: "Proposals",
                columns: new[] { "Status", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_SubmittedAtUtc",
                table: "Proposals",
                column: "SubmittedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_AssignedReviewerId_Status_SubmittedAtUtc",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_CollegeId_UpdatedAtUtc",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_Status_OccupationSocCode_OccupationTitle",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_Status_Title",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_SubmittedAtUtc",
                table: "Proposals");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_AssignedReviewerId",
                table: "Proposals",
                column: "AssignedReviewerId");
        }
    }
}
