using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.ReferenceData;
using IetPortal.Domain.Reviews;
using IetPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IetPortal.Infrastructure.Persistence.Configurations;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ConfigureEditable();
        builder.Property(r => r.ReviewerId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<IetProposal>().WithMany().HasForeignKey(r => r.IetProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProposalVersion>().WithMany().HasForeignKey(r => r.ProposalVersionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.ReviewerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Ratings).WithOne().HasForeignKey(r => r.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ProposalVersionId, r.ReviewerId }).IsUnique();
    }
}

internal sealed class CriterionRatingConfiguration : IEntityTypeConfiguration<CriterionRating>
{
    public void Configure(EntityTypeBuilder<CriterionRating> builder)
    {
        builder.Property(r => r.Comment).HasMaxLength(FieldLengths.LongText);
        builder.HasIndex(r => new { r.ReviewId, r.Criterion }).IsUnique();
    }
}

internal sealed class ReviewCommentConfiguration : IEntityTypeConfiguration<ReviewComment>
{
    public void Configure(EntityTypeBuilder<ReviewComment> builder)
    {
        builder.ConfigureEditable();
        builder.Property(c => c.AuthorId).HasMaxLength(FieldLengths.UserId);
        builder.Property(c => c.AddressedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(c => c.Body).HasMaxLength(FieldLengths.LongText);
        builder.Property(c => c.CollegeReply).HasMaxLength(FieldLengths.LongText);
        builder.Ignore(c => c.IsAddressed);
        builder.HasOne<IetProposal>().WithMany().HasForeignKey(c => c.IetProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProposalVersion>().WithMany().HasForeignKey(c => c.ProposalVersionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.IetProposalId, c.Visibility });
    }
}

internal sealed class ReviewDecisionConfiguration : IEntityTypeConfiguration<ReviewDecision>
{
    public void Configure(EntityTypeBuilder<ReviewDecision> builder)
    {
        builder.Property(d => d.DecidedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(d => d.Summary).HasMaxLength(FieldLengths.LongText);
        builder.Property(d => d.ApprovalNumber).HasMaxLength(FieldLengths.Code * 2);
        builder.HasIndex(d => d.ApprovalNumber).IsUnique();
        builder.HasOne<IetProposal>().WithMany().HasForeignKey(d => d.IetProposalId).OnDelete(DeleteBehavior.Cascade);
        // One decision per submitted version: two reviewers deciding at once cannot both succeed.
        builder.HasOne<ProposalVersion>().WithMany().HasForeignKey(d => d.ProposalVersionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(d => d.ProposalVersionId).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.DecidedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConflictOfInterestDeclarationConfiguration : IEntityTypeConfiguration<ConflictOfInterestDeclaration>
{
    public void Configure(EntityTypeBuilder<ConflictOfInterestDeclaration> builder)
    {
        builder.Property(d => d.ReviewerId).HasMaxLength(FieldLengths.UserId);
        builder.Property(d => d.Reason).HasMaxLength(FieldLengths.MediumText);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.ReviewerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<College>().WithMany().HasForeignKey(d => d.CollegeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.ReviewerId, d.CollegeId }).IsUnique();
    }
}

internal sealed class ReviewReminderConfiguration : IEntityTypeConfiguration<ReviewReminder>
{
    public void Configure(EntityTypeBuilder<ReviewReminder> builder)
    {
        builder.HasOne<IetProposal>().WithMany().HasForeignKey(r => r.IetProposalId).OnDelete(DeleteBehavior.Cascade);
        // One reminder per proposal and day, whatever the number of web nodes running the reminder pass.
        builder.HasIndex(r => new { r.IetProposalId, r.Day }).IsUnique();
    }
}
