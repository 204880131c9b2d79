using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IetPortal.Infrastructure.Persistence.Configurations;

/// <summary>The three components share one table (table-per-hierarchy), discriminated by their kind.</summary>
internal sealed class IetComponentConfiguration : IEntityTypeConfiguration<IetComponent>
{
    public void Configure(EntityTypeBuilder<IetComponent> builder)
    {
        builder.ToTable("ProposalComponents");
        builder.HasDiscriminator<string>("ComponentKind")
            .HasValue<AdultEducationComponent>(nameof(ComponentKind.AdultEducation))
            .HasValue<WorkforcePreparationComponent>(nameof(ComponentKind.WorkforcePreparation))
            .HasValue<WorkforceTrainingComponent>(nameof(ComponentKind.WorkforceTraining));
        builder.Property("ComponentKind").HasMaxLength(40);
        builder.Ignore(c => c.Kind);
        builder.Property(c => c.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(c => c.QualityDescription).HasMaxLength(FieldLengths.LongText);
        builder.HasMany(c => c.Schedule).WithOne().HasForeignKey(e => e.IetComponentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Instructors).WithOne().HasForeignKey(e => e.IetComponentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Materials).WithOne().HasForeignKey(e => e.IetComponentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.ResearchBases).WithOne().HasForeignKey(e => e.IetComponentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.IetProposalId);
    }
}

internal sealed class AdultEducationComponentConfiguration : IEntityTypeConfiguration<AdultEducationComponent>
{
    public void Configure(EntityTypeBuilder<AdultEducationComponent> builder)
    {
        builder.Property(c => c.Skills).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.Contextualization).HasMaxLength(FieldLengths.LongText);
        builder.Property(c => c.ContentStandards).HasMaxLength(FieldLengths.MediumText);
    }
}

internal sealed class WorkforcePreparationComponentConfiguration : IEntityTypeConfiguration<WorkforcePreparationComponent>
{
    public void Configure(EntityTypeBuilder<WorkforcePreparationComponent> builder)
    {
        builder.HasMany(c => c.Activities).WithOne().HasForeignKey(a => a.WorkforcePreparationComponentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkforceTrainingComponentConfiguration : IEntityTypeConfiguration<WorkforceTrainingComponent>
{
    public void Configure(EntityTypeBuilder<WorkforceTrainingComponent> builder)
    {
        builder.Property(c => c.WorkBasedLearning).HasMaxLength(FieldLengths.LongText);
        builder.HasMany(c => c.Courses).WithOne().HasForeignKey(a => a.WorkforceTrainingComponentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkforcePreparationActivityConfiguration : IEntityTypeConfiguration<WorkforcePreparationActivity>
{
    public void Configure(EntityTypeBuilder<WorkforcePreparationActivity> builder)
    {
        builder.Property(a => a.Description).HasMaxLength(FieldLengths.MediumText);
    }
}

internal sealed class TrainingCourseConfiguration : IEntityTypeConfiguration<TrainingCourse>
{
    public void Configure(EntityTypeBuilder<TrainingCourse> builder)
    {
        builder.Property(c => c.CourseNumber).HasMaxLength(FieldLengths.Code);
        builder.Property(c => c.Title).HasMaxLength(FieldLengths.ShortText);
    }
}

internal sealed class ScheduleEntryConfiguration : IEntityTypeConfiguration<ScheduleEntry>
{
    public void Configure(EntityTypeBuilder<ScheduleEntry> builder)
    {
        builder.ToTable("ComponentScheduleEntries");
        builder.Property(e => e.Location).HasMaxLength(FieldLengths.ShortText);
    }
}

internal sealed class InstructorConfiguration : IEntityTypeConfiguration<Instructor>
{
    public void Configure(EntityTypeBuilder<Instructor> builder)
    {
        builder.ToTable("ComponentInstructors");
        builder.Property(e => e.Name).HasMaxLength(FieldLengths.ShortText);
        builder.Property(e => e.Role).HasMaxLength(FieldLengths.ShortText);
        builder.Property(e => e.Qualifications).HasMaxLength(FieldLengths.MediumText);
    }
}

internal sealed class InstructionalMaterialConfiguration : IEntityTypeConfiguration<InstructionalMaterial>
{
    public void Configure(EntityTypeBuilder<InstructionalMaterial> builder)
    {
        builder.ToTable("ComponentMaterials");
        builder.Property(e => e.Title).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.HowUsed).HasMaxLength(FieldLengths.MediumText);
    }
}

internal sealed class ResearchBasisConfiguration : IEntityTypeConfiguration<ResearchBasis>
{
    public void Configure(EntityTypeBuilder<ResearchBasis> builder)
    {
        builder.ToTable("ComponentResearchBases");
        builder.Property(e => e.Citation).HasMaxLength(FieldLengths.MediumText);
        builder.Property(e => e.HowApplied).HasMaxLength(FieldLengths.MediumText);
    }
}
