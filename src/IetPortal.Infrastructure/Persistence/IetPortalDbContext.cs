using IetPortal.Domain.Auditing;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Notifications;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.ReferenceData;
using IetPortal.Domain.Reviews;
using IetPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Infrastructure.Persistence;

/// <summary>
/// The one unit of work: Identity and domain tables together, so one transaction covers a change, its audit
/// event and its outbox message. Each database provider has a derived context that owns its migrations.
/// </summary>
public abstract class IetPortalDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<College> Colleges => Set<College>();
    public DbSet<WorkforceDevelopmentArea> WorkforceDevelopmentAreas => Set<WorkforceDevelopmentArea>();
    public DbSet<CareerCluster> CareerClusters => Set<CareerCluster>();
    public DbSet<CareerPathway> CareerPathways => Set<CareerPathway>();
    public DbSet<CareerPathwayStep> CareerPathwaySteps => Set<CareerPathwayStep>();
    public DbSet<Credential> Credentials => Set<Credential>();
    public DbSet<Occupation> Occupations => Set<Occupation>();
    public DbSet<OccupationDemand> OccupationDemands => Set<OccupationDemand>();

    public DbSet<IetProposal> Proposals => Set<IetProposal>();
    public DbSet<IetComponent> Components => Set<IetComponent>();
    public DbSet<LearningObjective> LearningObjectives => Set<LearningObjective>();
    public DbSet<ProposalPartner> ProposalPartners => Set<ProposalPartner>();
    public DbSet<ProposalAttachment> ProposalAttachments => Set<ProposalAttachment>();
    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();
    public DbSet<ProposalVersion> ProposalVersions => Set<ProposalVersion>();

    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<CriterionRating> CriterionRatings => Set<CriterionRating>();
    public DbSet<ReviewComment> ReviewComments => Set<ReviewComment>();
    public DbSet<ReviewDecision> ReviewDecisions => Set<ReviewDecision>();
    public DbSet<ConflictOfInterestDeclaration> ConflictOfInterestDeclarations => Set<ConflictOfInterestDeclaration>();
    public DbSet<ReviewReminder> ReviewReminders => Set<ReviewReminder>();
    public DbSet<BackgroundLease> BackgroundLeases => Set<BackgroundLease>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ComplianceThreshold> ComplianceThresholds => Set<ComplianceThreshold>();
    public DbSet<ThresholdChange> ThresholdChanges => Set<ThresholdChange>();

    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys
        => Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(IetPortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums are stored as their names: readable in SQL and safe when members are reordered.
        foreach (var enumType in typeof(IetProposal).Assembly.GetTypes().Where(t => t.IsEnum))
        {
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(200);
        }

        configurationBuilder.Properties<DayOfWeek>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(12, 2);
    }
}
