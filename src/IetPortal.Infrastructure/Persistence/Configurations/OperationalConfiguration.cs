using IetPortal.Domain.Auditing;
using IetPortal.Domain.Common;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Notifications;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.ReferenceData;
using IetPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IetPortal.Infrastructure.Persistence.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(e => e.EntityType).HasMaxLength(100);
        builder.Property(e => e.EntityId).HasMaxLength(100);
        builder.Property(e => e.Action).HasMaxLength(100);
        builder.Property(e => e.Section).HasMaxLength(100);
        builder.Property(e => e.Details).HasMaxLength(FieldLengths.LongText);
        builder.HasIndex(e => new { e.IetProposalId, e.OccurredAtUtc });
        builder.HasIndex(e => e.OccurredAtUtc);
        // Proposals are withdrawn, never deleted, so their trail always has a row to point at. The relationship also
        // lets EF Core give a new proposal's first audit event the proposal's real id.
        builder.HasOne<IetProposal>().WithMany().HasForeignKey(e => e.IetProposalId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.Kind).HasMaxLength(100);
        builder.Property(m => m.ToAddress).HasMaxLength(FieldLengths.Email);
        builder.Property(m => m.Subject).HasMaxLength(FieldLengths.Name);
        builder.Property(m => m.LastError).HasMaxLength(FieldLengths.MediumText);
        builder.Property(m => m.LeaseOwner).HasMaxLength(100);
        builder.Property(m => m.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(m => new { m.SentAtUtc, m.NextAttemptAtUtc });
    }
}

internal sealed class ComplianceThresholdConfiguration : IEntityTypeConfiguration<ComplianceThreshold>
{
    public void Configure(EntityTypeBuilder<ComplianceThreshold> builder)
    {
        builder.Property(t => t.Key).HasMaxLength(100);
        builder.HasIndex(t => t.Key).IsUnique();
        builder.Property(t => t.Label).HasMaxLength(FieldLengths.ShortText);
        builder.Property(t => t.Unit).HasMaxLength(40);
        builder.Property(t => t.Description).HasMaxLength(FieldLengths.MediumText);
        builder.Property(t => t.UpdatedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(t => t.ConcurrencyStamp).IsConcurrencyToken();
    }
}

internal sealed class ThresholdChangeConfiguration : IEntityTypeConfiguration<ThresholdChange>
{
    public void Configure(EntityTypeBuilder<ThresholdChange> builder)
    {
        builder.Property(c => c.ThresholdKey).HasMaxLength(100);
        builder.Property(c => c.ChangedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasIndex(c => new { c.ThresholdKey, c.ChangedAtUtc });
    }
}

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(FieldLengths.ShortText);
        builder.HasOne<College>().WithMany().HasForeignKey(u => u.CollegeId).OnDelete(DeleteBehavior.Restrict);
        // Identity user rows are edited by administrators and by the user: ConcurrencyStamp is Identity's own token.
    }
}
