using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IetPortal.Infrastructure.Persistence.Configurations;

internal sealed class BackgroundLeaseConfiguration : IEntityTypeConfiguration<BackgroundLease>
{
    public void Configure(EntityTypeBuilder<BackgroundLease> builder)
    {
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(BackgroundLease.NameMaxLength);
        builder.Property(l => l.Owner).HasMaxLength(BackgroundLease.OwnerMaxLength);
        builder.Property(l => l.ConcurrencyStamp).IsConcurrencyToken();
        // One row per kind of background work, made by the migration: nodes only ever update them.
        builder.HasData(new BackgroundLease { Name = BackgroundLease.ReviewClockReminder, ConcurrencyStamp = Guid.Empty });
    }
}
