using IetPortal.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IetPortal.Infrastructure.Persistence.Configurations;

internal static class ConfigurationConventions
{
    /// <summary>Audit stamps and the concurrency stamp every editable aggregate carries.</summary>
    public static void ConfigureEditable<T>(this EntityTypeBuilder<T> builder)
        where T : EditableEntity
    {
        builder.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(e => e.CreatedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(e => e.UpdatedByUserId).HasMaxLength(FieldLengths.UserId);
    }
}
