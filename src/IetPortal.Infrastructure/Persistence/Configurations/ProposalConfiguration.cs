using IetPortal.Domain.Common;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IetPortal.Infrastructure.Persistence.Configurations;

internal sealed class IetProposalConfiguration : IEntityTypeConfiguration<IetProposal>
{
    public void Configure(EntityTypeBuilder<IetProposal> builder)
    {
        builder.ToTable("Proposals");
        builder.ConfigureEditable();
        builder.HasOne<College>().WithMany().HasForeignKey(p => p.CollegeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CareerPathway>().WithMany().HasForeignKey(p => p.CareerPathwayId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CareerPathwayStep>().WithMany().HasForeignKey(p => p.EntryStepId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<IetProposal>().WithMany().HasForeignKey(p => p.AmendsProposalId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(p => p.AssignedReviewerId).HasMaxLength(FieldLengths.UserId);

        builder.Property(p => p.Title).HasMaxLength(FieldLengths.ShortText);
        builder.Property(p => p.Summary).HasMaxLength(FieldLengths.LongText);
        builder.Property(p => p.Location).HasMaxLength(FieldLengths.ShortText);
        builder.Property(p => p.EducationalFunctioningLevels).HasMaxLength(FieldLengths.MediumText);
        builder.Property(p => p.EligibilityNotes).HasMaxLength(FieldLengths.MediumText);
        builder.Property(p => p.FundingSources).HasMaxLength(FieldLengths.ShortText);

        builder.Property(p => p.OccupationSocCode).HasMaxLength(FieldLengths.SocCode);
        builder.Property(p => p.OccupationTitle).HasMaxLength(FieldLengths.ShortText);
        builder.Property(p => p.OccupationalCluster).HasMaxLength(FieldLengths.ShortText);
        builder.Property(p => p.CipCode).HasMaxLength(FieldLengths.CipCode);
        builder.Property(p => p.WtcsProgramNumber).HasMaxLength(FieldLengths.Code);
        builder.Property(p => p.WorkforcePlanAlignment).HasMaxLength(FieldLengths.LongText);
        builder.Property(p => p.LaborMarketEvidence).HasMaxLength(FieldLengths.LongText);

        builder.Property(p => p.CoPlanningDescription).HasMaxLength(FieldLengths.LongText);
        builder.Property(p => p.IntegrationDescription).HasMaxLength(FieldLengths.LongText);

        builder.Property(p => p.RecruitmentStrategies).HasMaxLength(FieldLengths.LongText);
        builder.Property(p => p.PopulationsServed).HasMaxLength(FieldLengths.MediumText);
        builder.Property(p => p.CostOfInstructionFunding).HasMaxLength(FieldLengths.LongText);
        builder.Property(p => p.LearnerSupports).HasMaxLength(FieldLengths.ShortText);
        builder.Property(p => p.LearnerSupportsDescription).HasMaxLength(FieldLengths.LongText);
        builder.Property(p => p.InclusiveCurriculumDesign).HasMaxLength(FieldLengths.LongText);

        builder.HasMany(p => p.Credentials).WithOne().HasForeignKey(c => c.IetProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.WorkforceAreas).WithOne().HasForeignKey(a => a.IetProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Components).WithOne().HasForeignKey(c => c.IetProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.LearningObjectives).WithOne().HasForeignKey(o => o.IetProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Partners).WithOne().HasForeignKey(o => o.IetProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Attachments).WithOne().HasForeignKey(o => o.IetProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(o => o.IetProposalId).OnDelete(DeleteBehavior.Restrict);

        // The stored compliance state (issue 4); re-checks write these columns only.
        builder.Property(p => p.ComplianceChangeNote).HasMaxLength(ComplianceState.MaxNoteLength);

        builder.Ignore(p => p.IsEditable);
        builder.Ignore(p => p.AdultEducation);
        builder.Ignore(p => p.WorkforcePreparation);
        builder.Ignore(p => p.WorkforceTraining);

        // An index per filter and sort the pages offer (docs/benchmarks.md, "Query discipline"). My proposals: the college's
        // rows newest first, or of one status; the title search is a contains scan within the college's rows.
        builder.HasIndex(p => new { p.CollegeId, p.UpdatedAtUtc });
        builder.HasIndex(p => new { p.CollegeId, p.Status, p.UpdatedAtUtc });
        // Review queue: unassigned (status, oldest submission first; also the review-clock reminder), assigned to me,
        // all (newest submission first); pathway filter here and in the catalog.
        builder.HasIndex(p => new { p.Status, p.SubmittedAtUtc });
        builder.HasIndex(p => new { p.AssignedReviewerId, p.Status, p.SubmittedAtUtc });
        builder.HasIndex(p => p.SubmittedAtUtc);
        builder.HasIndex(p => p.CareerPathwayId);
        // Catalog and API: approved programs in title order, by occupation, and the occupation choices (index-only).
        builder.HasIndex(p => new { p.Status, p.Title });
        builder.HasIndex(p => new { p.Status, p.OccupationSocCode, p.OccupationTitle });
    }
}

internal sealed class ProposalCredentialConfiguration : IEntityTypeConfiguration<ProposalCredential>
{
    public void Configure(EntityTypeBuilder<ProposalCredential> builder)
    {
        builder.HasKey(c => new { c.IetProposalId, c.CredentialId });
        builder.HasOne<Credential>().WithMany().HasForeignKey(c => c.CredentialId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProposalWorkforceAreaConfiguration : IEntityTypeConfiguration<ProposalWorkforceArea>
{
    public void Configure(EntityTypeBuilder<ProposalWorkforceArea> builder)
    {
        builder.HasKey(a => new { a.IetProposalId, a.WorkforceDevelopmentAreaId });
        builder.HasOne<WorkforceDevelopmentArea>().WithMany().HasForeignKey(a => a.WorkforceDevelopmentAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LearningObjectiveConfiguration : IEntityTypeConfiguration<LearningObjective>
{
    public void Configure(EntityTypeBuilder<LearningObjective> builder)
    {
        builder.Property(o => o.Statement).HasMaxLength(FieldLengths.MediumText);
        builder.Property(o => o.AdultEducationContent).HasMaxLength(FieldLengths.MediumText);
        builder.Property(o => o.WorkforcePreparationActivity).HasMaxLength(FieldLengths.MediumText);
        builder.Property(o => o.WorkforceTrainingCompetency).HasMaxLength(FieldLengths.MediumText);
        builder.Property(o => o.Assessment).HasMaxLength(FieldLengths.MediumText);
        builder.HasIndex(o => new { o.IetProposalId, o.Position });
    }
}

internal sealed class ProposalPartnerConfiguration : IEntityTypeConfiguration<ProposalPartner>
{
    public void Configure(EntityTypeBuilder<ProposalPartner> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(p => p.ContactName).HasMaxLength(FieldLengths.ShortText);
        builder.Property(p => p.Contribution).HasMaxLength(FieldLengths.MediumText);
    }
}

internal sealed class ProposalAttachmentConfiguration : IEntityTypeConfiguration<ProposalAttachment>
{
    public void Configure(EntityTypeBuilder<ProposalAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(FieldLengths.FileName);
        builder.Property(a => a.ContentType).HasMaxLength(FieldLengths.ContentType);
        builder.Property(a => a.Description).HasMaxLength(FieldLengths.MediumText);
        builder.Property(a => a.UploadedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.HasOne(a => a.Content).WithOne().HasForeignKey<AttachmentContent>(c => c.ProposalAttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AttachmentContentConfiguration : IEntityTypeConfiguration<AttachmentContent>
{
    public void Configure(EntityTypeBuilder<AttachmentContent> builder)
    {
        builder.HasKey(c => c.ProposalAttachmentId);
    }
}

internal sealed class ProposalVersionConfiguration : IEntityTypeConfiguration<ProposalVersion>
{
    public void Configure(EntityTypeBuilder<ProposalVersion> builder)
    {
        builder.HasIndex(v => new { v.IetProposalId, v.Number }).IsUnique();
        builder.Property(v => v.SubmittedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(v => v.RuleSetVersion).HasMaxLength(FieldLengths.Code);
    }
}
