using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IetPortal.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ComplianceState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ComplianceChangeNote",
                table: "Proposals",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ComplianceChangedAtUtc",
                table: "Proposals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ComplianceCheckedAtUtc",
                table: "Proposals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ComplianceErrorCount",
                table: "Proposals",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ComplianceWarningCount",
                table: "Proposals",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ComplianceChangeNote",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ComplianceChangedAtUtc",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ComplianceCheckedAtUtc",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ComplianceErrorCount",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ComplianceWarningCount",
                table: "Proposals");
        }
    }
}
