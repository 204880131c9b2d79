using IetPortal.Domain.Common;
using IetPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IetPortal.Infrastructure.Persistence.Configurations;

internal sealed class CollegeConfiguration : IEntityTypeConfiguration<College>
{
    public void Configure(EntityTypeBuilder<College> builder)
    {
        builder.ConfigureEditable();
        builder.Property(c => c.Code).HasMaxLength(FieldLengths.Code);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.Name);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.City).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.Counties).HasMaxLength(FieldLengths.MediumText);
        builder.Property(c => c.ContactEmail).HasMaxLength(FieldLengths.Email);
        builder.Property(c => c.ContactPhone).HasMaxLength(FieldLengths.Code + 10);
        builder.Property(c => c.Website).HasMaxLength(FieldLengths.ShortText);
        builder.HasMany(c => c.WorkforceAreas).WithOne().HasForeignKey(a => a.CollegeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CollegeWorkforceAreaConfiguration : IEntityTypeConfiguration<CollegeWorkforceArea>
{
    public void Configure(EntityTypeBuilder<CollegeWorkforceArea> builder)
    {
        builder.HasKey(a => new { a.CollegeId, a.WorkforceDevelopmentAreaId });
        builder.HasOne(a => a.WorkforceDevelopmentArea).WithMany().HasForeignKey(a => a.WorkforceDevelopmentAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WorkforceDevelopmentAreaConfiguration : IEntityTypeConfiguration<WorkforceDevelopmentArea>
{
    public void Configure(EntityTypeBuilder<WorkforceDevelopmentArea> builder)
    {
        builder.ConfigureEditable();
        builder.HasIndex(a => a.Number).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(FieldLengths.ShortText);
        builder.Property(a => a.BoardName).HasMaxLength(FieldLengths.Name);
        builder.Property(a => a.Counties).HasMaxLength(FieldLengths.MediumText);
        builder.Property(a => a.PlanPrioritySectors).HasMaxLength(FieldLengths.LongText);
        builder.Property(a => a.PlanPriorityOccupations).HasMaxLength(FieldLengths.LongText);
    }
}

internal sealed class CareerClusterConfiguration : IEntityTypeConfiguration<CareerCluster>
{
    public void Configure(EntityTypeBuilder<CareerCluster> builder)
    {
        builder.ConfigureEditable();
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.FrameworkVersion).HasMaxLength(FieldLengths.ShortText);
        builder.HasIndex(c => new { c.FrameworkVersion, c.Name }).IsUnique();
    }
}

internal sealed class CareerPathwayConfiguration : IEntityTypeConfiguration<CareerPathway>
{
    public void Configure(EntityTypeBuilder<CareerPathway> builder)
    {
        builder.ConfigureEditable();
        builder.Property(p => p.Name).HasMaxLength(FieldLengths.Name);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.Description).HasMaxLength(FieldLengths.LongText);
        builder.HasOne(p => p.CareerCluster).WithMany().HasForeignKey(p => p.CareerClusterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Steps).WithOne().HasForeignKey(s => s.CareerPathwayId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Credentials).WithOne().HasForeignKey(c => c.CareerPathwayId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Occupations).WithOne().HasForeignKey(o => o.CareerPathwayId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(p => p.IsActive);
        builder.HasIndex(p => p.Status);
    }
}

internal sealed class CareerPathwayStepConfiguration : IEntityTypeConfiguration<CareerPathwayStep>
{
    public void Configure(EntityTypeBuilder<CareerPathwayStep> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(FieldLengths.ShortText);
        builder.Property(s => s.Description).HasMaxLength(FieldLengths.MediumText);
        builder.HasIndex(s => new { s.CareerPathwayId, s.Position });
    }
}

internal sealed class CredentialConfiguration : IEntityTypeConfiguration<Credential>
{
    public void Configure(EntityTypeBuilder<Credential> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.Issuer).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.WtcsProgramNumber).HasMaxLength(FieldLengths.Code);
        builder.HasOne<CareerPathwayStep>().WithMany().HasForeignKey(c => c.CareerPathwayStepId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class PathwayOccupationConfiguration : IEntityTypeConfiguration<PathwayOccupation>
{
    public void Configure(EntityTypeBuilder<PathwayOccupation> builder)
    {
        builder.HasKey(o => new { o.CareerPathwayId, o.OccupationId });
        builder.HasOne(o => o.Occupation).WithMany().HasForeignKey(o => o.OccupationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OccupationConfiguration : IEntityTypeConfiguration<Occupation>
{
    public void Configure(EntityTypeBuilder<Occupation> builder)
    {
        builder.Property(o => o.SocCode).HasMaxLength(FieldLengths.SocCode);
        builder.HasIndex(o => o.SocCode).IsUnique();
        builder.Property(o => o.Title).HasMaxLength(FieldLengths.Name);
        builder.HasMany(o => o.Demand).WithOne().HasForeignKey(d => d.OccupationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OccupationDemandConfiguration : IEntityTypeConfiguration<OccupationDemand>
{
    public void Configure(EntityTypeBuilder<OccupationDemand> builder)
    {
        builder.HasKey(d => new { d.OccupationId, d.WorkforceDevelopmentAreaId });
        builder.Property(d => d.Source).HasMaxLength(FieldLengths.ShortText);
        builder.HasOne(d => d.WorkforceDevelopmentArea).WithMany().HasForeignKey(d => d.WorkforceDevelopmentAreaId).OnDelete(DeleteBehavior.Cascade);
    }
}
