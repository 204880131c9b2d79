using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IetPortal.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CareerClusters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FrameworkVersion = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareerClusters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Colleges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    City = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Counties = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Website = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Colleges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ComplianceThresholds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplianceThresholds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Occupations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SocCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Occupations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ToAddress = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    BodyText = table.Column<string>(type: "text", nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: true),
                    IetProposalId = table.Column<int>(type: "integer", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LeaseOwner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LeaseExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ThresholdChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ThresholdKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OldValue = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    NewValue = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThresholdChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkforceDevelopmentAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BoardName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Counties = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PlanPrioritySectors = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    PlanPriorityOccupations = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkforceDevelopmentAreas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CareerPathways",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    CareerClusterId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RetiredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareerPathways", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareerPathways_CareerClusters_CareerClusterId",
                        column: x => x.CareerClusterId,
                        principalTable: "CareerClusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CollegeId = table.Column<int>(type: "integer", nullable: true),
                    LastSignInAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    InvitedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Colleges_CollegeId",
                        column: x => x.CollegeId,
                        principalTable: "Colleges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CollegeWorkforceArea",
                columns: table => new
                {
                    CollegeId = table.Column<int>(type: "integer", nullable: false),
                    WorkforceDevelopmentAreaId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollegeWorkforceArea", x => new { x.CollegeId, x.WorkforceDevelopmentAreaId });
                    table.ForeignKey(
                        name: "FK_CollegeWorkforceArea_Colleges_CollegeId",
                        column: x => x.CollegeId,
                        principalTable: "Colleges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CollegeWorkforceArea_WorkforceDevelopmentAreas_WorkforceDev~",
                        column: x => x.WorkforceDevelopmentAreaId,
                        principalTable: "WorkforceDevelopmentAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OccupationDemands",
                columns: table => new
                {
                    OccupationId = table.Column<int>(type: "integer", nullable: false),
                    WorkforceDevelopmentAreaId = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OccupationDemands", x => new { x.OccupationId, x.WorkforceDevelopmentAreaId });
                    table.ForeignKey(
                        name: "FK_OccupationDemands_Occupations_OccupationId",
                        column: x => x.OccupationId,
                        principalTable: "Occupations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OccupationDemands_WorkforceDevelopmentAreas_WorkforceDevelo~",
                        column: x => x.WorkforceDevelopmentAreaId,
                        principalTable: "WorkforceDevelopmentAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CareerPathwaySteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CareerPathwayId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareerPathwaySteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareerPathwaySteps_CareerPathways_CareerPathwayId",
                        column: x => x.CareerPathwayId,
                        principalTable: "CareerPathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PathwayOccupation",
                columns: table => new
                {
                    CareerPathwayId = table.Column<int>(type: "integer", nullable: false),
                    OccupationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PathwayOccupation", x => new { x.CareerPathwayId, x.OccupationId });
                    table.ForeignKey(
                        name: "FK_PathwayOccupation_CareerPathways_CareerPathwayId",
                        column: x => x.CareerPathwayId,
                        principalTable: "CareerPathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PathwayOccupation_Occupations_OccupationId",
                        column: x => x.OccupationId,
                        principalTable: "Occupations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConflictOfInterestDeclarations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReviewerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CollegeId = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DeclaredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConflictOfInterestDeclarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConflictOfInterestDeclarations_AspNetUsers_ReviewerId",
                        column: x => x.ReviewerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConflictOfInterestDeclarations_Colleges_CollegeId",
                        column: x => x.CollegeId,
                        principalTable: "Colleges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Credentials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CareerPathwayId = table.Column<int>(type: "integer", nullable: false),
                    CareerPathwayStepId = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Issuer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WtcsProgramNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    IsSystemApproved = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Credentials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Credentials_CareerPathwaySteps_CareerPathwayStepId",
                        column: x => x.CareerPathwayStepId,
                        principalTable: "CareerPathwaySteps",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Credentials_CareerPathways_CareerPathwayId",
                        column: x => x.CareerPathwayId,
                        principalTable: "CareerPathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Proposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CollegeId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NextVersionNumber = table.Column<int>(type: "integer", nullable: false),
                    AmendsProposalId = table.Column<int>(type: "integer", nullable: true),
                    AssignedReviewerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ApprovedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    DeliveryMode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Weeks = table.Column<int>(type: "integer", nullable: true),
                    CohortCapacity = table.Column<int>(type: "integer", nullable: true),
                    ServesAdultBasicEducation = table.Column<bool>(type: "boolean", nullable: false),
                    ServesEnglishLanguageLearners = table.Column<bool>(type: "boolean", nullable: false),
                    EducationalFunctioningLevels = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MinimumAge = table.Column<int>(type: "integer", nullable: true),
                    EligibilityNotes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FundingSources = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CareerPathwayId = table.Column<int>(type: "integer", nullable: true),
                    EntryStepId = table.Column<int>(type: "integer", nullable: true),
                    OccupationSocCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    OccupationTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OccupationalCluster = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CipCode = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    WtcsProgramNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Credits = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    WorkforcePlanAlignment = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    LaborMarketEvidence = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    InstructionalModel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TeamTeachingOverlapHours = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    CoPlanningDescription = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    IntegrationDescription = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    RecruitmentStrategies = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    PopulationsServed = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CostOfInstructionFunding = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    LearnerSupports = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LearnerSupportsDescription = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    InclusiveCurriculumDesign = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Proposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Proposals_CareerPathwaySteps_EntryStepId",
                        column: x => x.EntryStepId,
                        principalTable: "CareerPathwaySteps",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Proposals_CareerPathways_CareerPathwayId",
                        column: x => x.CareerPathwayId,
                        principalTable: "CareerPathways",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Proposals_Colleges_CollegeId",
                        column: x => x.CollegeId,
                        principalTable: "Colleges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Proposals_Proposals_AmendsProposalId",
                        column: x => x.AmendsProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    IetProposalId = table.Column<int>(type: "integer", nullable: true),
                    EntityType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Section = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Details = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditEvents_Proposals_IetProposalId",
                        column: x => x.IetProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LearningObjectives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IetProposalId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Statement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AdultEducationContent = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    WorkforcePreparationActivity = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    WorkforceTrainingCompetency = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Assessment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningObjectives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningObjectives_Proposals_IetProposalId",
                        column: x => x.IetProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProposalAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IetProposalId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalAttachments_Proposals_IetProposalId",
                        column: x => x.IetProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProposalComponents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IetProposalId = table.Column<int>(type: "integer", nullable: false),
                    ContactHours = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    QualityDescription = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    ComponentKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ActivityType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Skills = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Contextualization = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ContentStandards = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TrainingType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    WorkBasedLearning = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalComponents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalComponents_Proposals_IetProposalId",
                        column: x => x.IetProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProposalCredential",
                columns: table => new
                {
                    IetProposalId = table.Column<int>(type: "integer", nullable: false),
                    CredentialId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalCredential", x => new { x.IetProposalId, x.CredentialId });
                    table.ForeignKey(
                        name: "FK_ProposalCredential_Credentials_CredentialId",
                        column: x => x.CredentialId,
                        principalTable: "Credentials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProposalCredential_Proposals_IetProposalId",
                        column: x => x.IetProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProposalPartners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IetProposalId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Contribution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalPartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalPartners_Proposals_IetProposalId",
                        column: x => x.IetProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProposalVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IetProposalId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SnapshotJson = table.Column<string>(type: "text", nullable: false),
                    ComplianceReportJson = table.Column<string>(type: "text", nullable: false),
                    RuleSetVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WarningAcknowledgementsJson = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalVersions_Proposals_IetProposalId",
                        column: x => x.IetProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProposalWorkforceArea",
                columns: table => new
                {
                    IetProposalId = table.Column<int>(type: "integer", nullable: false),
                    WorkforceDevelopmentAreaId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalWorkforceArea", x => new { x.IetProposalId, x.WorkforceDevelopmentAreaId });
                    table.ForeignKey(
                        name: "FK_ProposalWorkforceArea_Proposals_IetProposalId",
                        column: x => x.IetProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProposalWorkforceArea_WorkforceDevelopmentAreas_WorkforceDe~",
                        column: x => x.WorkforceDevelopmentAreaId,
                        principalTable: "WorkforceDevelopmentAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AttachmentContents",
                columns: table => new
                {
                    ProposalAttachmentId = table.Column<int>(type: "integer", nullable: false),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttachmentContents", x => x.ProposalAttachmentId);
                    table.ForeignKey(
                        name: "FK_AttachmentContents_ProposalAttachments_ProposalAttachmentId",
                        column: x => x.ProposalAttachmentId,
                        principalTable: "ProposalAttachments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComponentInstructors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IetComponentId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Qualifications = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComponentInstructors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComponentInstructors_ProposalComponents_IetComponentId",
                        column: x => x.IetComponentId,
                        principalTable: "ProposalComponents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComponentMaterials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IetComponentId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    HowUsed = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IsOccupationallyRelevant = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComponentMaterials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComponentMaterials_ProposalComponents_IetComponentId",
                        column: x => x.IetComponentId,
                        principalTable: "ProposalComponents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComponentResearchBases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IetComponentId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Citation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    HowApplied = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComponentResearchBases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComponentResearchBases_ProposalComponents_IetComponentId",
                        column: x => x.IetComponentId,
                        principalTable: "ProposalComponents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComponentScheduleEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IetComponentId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Day = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComponentScheduleEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComponentScheduleEntries_ProposalComponents_IetComponentId",
                        column: x => x.IetComponentId,
                        principalTable: "ProposalComponents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingCourse",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkforceTrainingComponentId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    CourseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Credits = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    IsGeneralCourse = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingCourse", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingCourse_ProposalComponents_WorkforceTrainingComponen~",
                        column: x => x.WorkforceTrainingComponentId,
                        principalTable: "ProposalComponents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkforcePreparationActivity",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkforcePreparationComponentId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Area = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkforcePreparationActivity", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkforcePreparationActivity_ProposalComponents_WorkforcePr~",
                        column: x => x.WorkforcePreparationComponentId,
                        principalTable: "ProposalComponents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IetProposalId = table.Column<int>(type: "integer", nullable: false),
                    ProposalVersionId = table.Column<int>(type: "integer", nullable: true),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Section = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Visibility = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsRequiredChange = table.Column<bool>(type: "boolean", nullable: false),
                    ReleasedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AddressedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AddressedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CollegeReply = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewComments_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReviewComments_ProposalVersions_ProposalVersionId",
                        column: x => x.ProposalVersionId,
                        principalTable: "ProposalVersions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ReviewComments_Proposals_IetProposalId",
                        column: x => x.IetProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IetProposalId = table.Column<int>(type: "integer", nullable: false),
                    ProposalVersionId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ApprovalNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewDecisions_AspNetUsers_DecidedByUserId",
                        column: x => x.DecidedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReviewDecisions_ProposalVersions_ProposalVersionId",
                        column: x => x.ProposalVersionId,
                        principalTable: "ProposalVersions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ReviewDecisions_Proposals_IetProposalId",
                        column: x => x.IetProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IetProposalId = table.Column<int>(type: "integer", nullable: false),
                    ProposalVersionId = table.Column<int>(type: "integer", nullable: false),
                    ReviewerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AssignedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reviews_AspNetUsers_ReviewerId",
                        column: x => x.ReviewerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reviews_ProposalVersions_ProposalVersionId",
                        column: x => x.ProposalVersionId,
                        principalTable: "ProposalVersions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Reviews_Proposals_IetProposalId",
                        column: x => x.IetProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CriterionRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReviewId = table.Column<int>(type: "integer", nullable: false),
                    Criterion = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Rating = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Comment = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriterionRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriterionRatings_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_CollegeId",
                table: "AspNetUsers",
                column: "CollegeId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_IetProposalId_OccurredAtUtc",
                table: "AuditEvents",
                columns: new[] { "IetProposalId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_OccurredAtUtc",
                table: "AuditEvents",
                column: "OccurredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_CareerClusters_FrameworkVersion_Name",
                table: "CareerClusters",
                columns: new[] { "FrameworkVersion", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CareerPathways_CareerClusterId",
                table: "CareerPathways",
                column: "CareerClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_CareerPathways_Name",
                table: "CareerPathways",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CareerPathways_Status",
                table: "CareerPathways",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_CareerPathwaySteps_CareerPathwayId_Position",
                table: "CareerPathwaySteps",
                columns: new[] { "CareerPathwayId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Colleges_Code",
                table: "Colleges",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Colleges_Name",
                table: "Colleges",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CollegeWorkforceArea_WorkforceDevelopmentAreaId",
                table: "CollegeWorkforceArea",
                column: "WorkforceDevelopmentAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplianceThresholds_Key",
                table: "ComplianceThresholds",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComponentInstructors_IetComponentId",
                table: "ComponentInstructors",
                column: "IetComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_ComponentMaterials_IetComponentId",
                table: "ComponentMaterials",
                column: "IetComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_ComponentResearchBases_IetComponentId",
                table: "ComponentResearchBases",
                column: "IetComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_ComponentScheduleEntries_IetComponentId",
                table: "ComponentScheduleEntries",
                column: "IetComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_ConflictOfInterestDeclarations_CollegeId",
                table: "ConflictOfInterestDeclarations",
                column: "CollegeId");

            migrationBuilder.CreateIndex(
                name: "IX_ConflictOfInterestDeclarations_ReviewerId_CollegeId",
                table: "ConflictOfInterestDeclarations",
                columns: new[] { "ReviewerId", "CollegeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_CareerPathwayId",
                table: "Credentials",
                column: "CareerPathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_Credentials_CareerPathwayStepId",
                table: "Credentials",
                column: "CareerPathwayStepId");

            migrationBuilder.CreateIndex(
                name: "IX_CriterionRatings_ReviewId_Criterion",
                table: "CriterionRatings",
                columns: new[] { "ReviewId", "Criterion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningObjectives_IetProposalId_Position",
                table: "LearningObjectives",
                columns: new[] { "IetProposalId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_OccupationDemands_WorkforceDevelopmentAreaId",
                table: "OccupationDemands",
                column: "WorkforceDevelopmentAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Occupations_SocCode",
                table: "Occupations",
                column: "SocCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAtUtc_NextAttemptAtUtc",
                table: "OutboxMessages",
                columns: new[] { "SentAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PathwayOccupation_OccupationId",
                table: "PathwayOccupation",
                column: "OccupationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalAttachments_IetProposalId",
                table: "ProposalAttachments",
                column: "IetProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalComponents_IetProposalId",
                table: "ProposalComponents",
                column: "IetProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalCredential_CredentialId",
                table: "ProposalCredential",
                column: "CredentialId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalPartners_IetProposalId",
                table: "ProposalPartners",
                column: "IetProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_AmendsProposalId",
                table: "Proposals",
                column: "AmendsProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_AssignedReviewerId",
                table: "Proposals",
                column: "AssignedReviewerId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_CareerPathwayId",
                table: "Proposals",
                column: "CareerPathwayId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_CollegeId_Status_UpdatedAtUtc",
                table: "Proposals",
                columns: new[] { "CollegeId", "Status", "UpdatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_EntryStepId",
                table: "Proposals",
                column: "EntryStepId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Status_SubmittedAtUtc",
                table: "Proposals",
                columns: new[] { "Status", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalVersions_IetProposalId_Number",
                table: "ProposalVersions",
                columns: new[] { "IetProposalId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProposalWorkforceArea_WorkforceDevelopmentAreaId",
                table: "ProposalWorkforceArea",
                column: "WorkforceDevelopmentAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewComments_AuthorId",
                table: "ReviewComments",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewComments_IetProposalId_Visibility",
                table: "ReviewComments",
                columns: new[] { "IetProposalId", "Visibility" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewComments_ProposalVersionId",
                table: "ReviewComments",
                column: "ProposalVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDecisions_ApprovalNumber",
                table: "ReviewDecisions",
                column: "ApprovalNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDecisions_DecidedByUserId",
                table: "ReviewDecisions",
                column: "DecidedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDecisions_IetProposalId",
                table: "ReviewDecisions",
                column: "IetProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDecisions_ProposalVersionId",
                table: "ReviewDecisions",
                column: "ProposalVersionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_IetProposalId",
                table: "Reviews",
                column: "IetProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_ProposalVersionId_ReviewerId",
                table: "Reviews",
                columns: new[] { "ProposalVersionId", "ReviewerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_ReviewerId",
                table: "Reviews",
                column: "ReviewerId");

            migrationBuilder.CreateIndex(
                name: "IX_ThresholdChanges_ThresholdKey_ChangedAtUtc",
                table: "ThresholdChanges",
                columns: new[] { "ThresholdKey", "ChangedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCourse_WorkforceTrainingComponentId",
                table: "TrainingCourse",
                column: "WorkforceTrainingComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkforceDevelopmentAreas_Number",
                table: "WorkforceDevelopmentAreas",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkforcePreparationActivity_WorkforcePreparationComponentId",
                table: "WorkforcePreparationActivity",
                column: "WorkforcePreparationComponentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AttachmentContents");

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "CollegeWorkforceArea");

            migrationBuilder.DropTable(
                name: "ComplianceThresholds");

            migrationBuilder.DropTable(
                name: "ComponentInstructors");

            migrationBuilder.DropTable(
                name: "ComponentMaterials");

            migrationBuilder.DropTable(
                name: "ComponentResearchBases");

            migrationBuilder.DropTable(
                name: "ComponentScheduleEntries");

            migrationBuilder.DropTable(
                name: "ConflictOfInterestDeclarations");

            migrationBuilder.DropTable(
                name: "CriterionRatings");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "LearningObjectives");

            migrationBuilder.DropTable(
                name: "OccupationDemands");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "PathwayOccupation");

            migrationBuilder.DropTable(
                name: "ProposalCredential");

            migrationBuilder.DropTable(
                name: "ProposalPartners");

            migrationBuilder.DropTable(
                name: "ProposalWorkforceArea");

            migrationBuilder.DropTable(
                name: "ReviewComments");

            migrationBuilder.DropTable(
                name: "ReviewDecisions");

            migrationBuilder.DropTable(
                name: "ThresholdChanges");

            migrationBuilder.DropTable(
                name: "TrainingCourse");

            migrationBuilder.DropTable(
                name: "WorkforcePreparationActivity");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "ProposalAttachments");

            migrationBuilder.DropTable(
                name: "Reviews");

            migrationBuilder.DropTable(
                name: "Occupations");

            migrationBuilder.DropTable(
                name: "Credentials");

            migrationBuilder.DropTable(
                name: "WorkforceDevelopmentAreas");

            migrationBuilder.DropTable(
                name: "ProposalComponents");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "ProposalVersions");

            migrationBuilder.DropTable(
                name: "Proposals");

            migrationBuilder.DropTable(
                name: "CareerPathwaySteps");

            migrationBuilder.DropTable(
                name: "Colleges");

            migrationBuilder.DropTable(
                name: "CareerPathways");

            migrationBuilder.DropTable(
                name: "CareerClusters");
        }
    }
}
