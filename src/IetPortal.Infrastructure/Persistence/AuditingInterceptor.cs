using IetPortal.Domain.Auditing;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IetPortal.Infrastructure.Persistence;

/// <summary>
/// The one place that, on every save: stamps who and when on auditable rows, renews concurrency stamps,
/// appends an audit event for each changed aggregate (in the same transaction as the change), and refuses
/// any attempt to change or delete an audit event.
/// </summary>
public sealed class AuditingInterceptor(ICurrentUser currentUser, AuditScope scope, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var userId = currentUser.UserId;
        var events = new List<AuditEvent>();

        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AuditEvent && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit trail is append-only: audit events cannot be changed or deleted.");
            }

            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is IAuditable auditable && entry.State != EntityState.Deleted)
            {
                if (entry.State == EntityState.Added)
                {
                    auditable.CreatedAtUtc = now;
                    auditable.CreatedByUserId = userId;
                }

                auditable.UpdatedAtUtc = now;
                auditable.UpdatedByUserId = userId;
            }

            if (entry.Entity is IConcurrencyAware aware && entry.State == EntityState.Modified)
            {
                aware.ConcurrencyStamp = Guid.NewGuid();
            }

            if (entry.Entity is EditableEntity)
            {
                events.Add(DescribeChange(entry, now, userId));
            }
        }

        context.Set<AuditEvent>().AddRange(events);
    }

    private AuditEvent DescribeChange(EntityEntry entry, DateTime now, string? userId)
    {
        var idProperty = entry.Property(nameof(EditableEntity.Id));
        var isNew = entry.State == EntityState.Added;
        var changed = entry.State == EntityState.Modified
            ? string.Join(", ", entry.Properties
                .Where(p => p.IsModified && !IsBookkeeping(p.Metadata.Name))
                .Select(p => p.Metadata.Name))
            : null;

        return new AuditEvent
        {
            OccurredAtUtc = now,
            UserId = userId,
            EntityType = entry.Metadata.ClrType.Name,
            EntityId = isNew ? null : Convert.ToString(idProperty.CurrentValue, System.Globalization.CultureInfo.InvariantCulture),
            // For a new proposal the id is still temporary here; EF Core fixes it up through the relationship on save.
            IetProposalId = ProposalIdOf(entry),
            Action = scope.Action ?? entry.State switch
            {
                EntityState.Added => "Created",
                EntityState.Deleted => "Deleted",
                _ => "Updated",
            },
            Section = scope.Section,
            Details = scope.Details ?? (string.IsNullOrEmpty(changed) ? null : $"Changed: {changed}"),
        };
    }

    private static int? ProposalIdOf(EntityEntry entry) => entry.Entity switch
    {
        IetProposal => (int?)entry.Property(nameof(IetProposal.Id)).CurrentValue,
        _ => entry.Metadata.FindProperty(nameof(IetProposal) + "Id") is { } property
            ? (int?)entry.Property(property.Name).CurrentValue
            : null,
    };

    private static bool IsBookkeeping(string propertyName) => propertyName is
        nameof(EditableEntity.ConcurrencyStamp) or nameof(IAuditable.UpdatedAtUtc) or nameof(IAuditable.UpdatedByUserId);
}
