using Microsoft.EntityFrameworkCore;

namespace IetPortal.Infrastructure.Persistence;

/// <summary>
/// A named lease on a piece of background work, one row per kind of work: the web node holding it (and only that node)
/// runs the work until the lease expires or is released. The rows are created by the migrations, never at run time.
/// </summary>
public class BackgroundLease
{
    /// <summary>The daily review-clock reminder pass (<c>ReviewClockReminderService</c>).</summary>
    public const string ReviewClockReminder = "ReviewClockReminder";

    public const int NameMaxLength = 100;
    public const int OwnerMaxLength = 100;

    public required string Name { get; set; }
    public string? Owner { get; set; }
    public DateTime? ExpiresAtUtc { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>
/// Takes and gives back <see cref="BackgroundLease"/>s. A node takes a lease by writing its owner, expiry and a new
/// concurrency stamp, conditional on the stamp it read, exactly as the outbox dispatcher claims a message: of several
/// nodes trying at once exactly one succeeds, on SQLite, SQL Server and PostgreSQL alike, and the others simply see
/// that they lost (no error is raised or logged). A lease left by a node that died expires by itself.
/// </summary>
public sealed class BackgroundLeases(IetPortalDbContext db, TimeProvider clock)
{
    /// <summary>Who holds leases for this process: the machine name and an id unique to the caller.</summary>
    public static string NewOwner()
    {
        var id = Guid.NewGuid().ToString("N");
        var machine = Environment.MachineName;
        var room = BackgroundLease.OwnerMaxLength - id.Length - 1;
        return $"{(machine.Length > room ? machine[..room] : machine)}:{id}";
    }

    /// <summary>True when <paramref name="owner"/> now holds the lease for <paramref name="duration"/>; false when another live owner has it.</summary>
    public async Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var now = clock.GetUtcNow().UtcDateTime;
        var lease = await db.Set<BackgroundLease>().SingleAsync(l => l.Name == name, cancellationToken);
        try
        {
            if (lease.Owner is not null && lease.Owner != owner && lease.ExpiresAtUtc > now)
            {
                return false;
            }

            lease.Owner = owner;
            lease.ExpiresAtUtc = now + duration;
            lease.ConcurrencyStamp = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another node wrote the lease after we read it: it is theirs.
            return false;
        }
        finally
        {
            db.Entry(lease).State = EntityState.Detached;
        }
    }

    /// <summary>Gives the lease back if <paramref name="owner"/> still holds it, so the next node need not wait for the expiry.</summary>
    public async Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken)
    {
        var stamp = Guid.NewGuid();
        await db.Set<BackgroundLease>()
            .Where(l => l.Name == name && l.Owner == owner)
            .ExecuteUpdateAsync(
                set => set.SetProperty(l => l.Owner, (string?)null).SetProperty(l => l.ExpiresAtUtc, (DateTime?)null).SetProperty(l => l.ConcurrencyStamp, stamp),
                cancellationToken);
    }
}
