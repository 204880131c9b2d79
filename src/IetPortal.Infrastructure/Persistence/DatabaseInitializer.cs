using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace IetPortal.Infrastructure.Persistence;

/// <summary>Brings a database up to date: migrations, reference data, roles and (in Development) demo accounts.</summary>
public sealed partial class DatabaseInitializer(
    IetPortalDbContext db, IdentitySeeder identity, TimeProvider clock, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool migrate, IEnumerable<DemoAccount> demoAccounts, CancellationToken cancellationToken)
    {
        if (migrate)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            // Migrate also compares the model with the last migration's snapshot, which costs most of a second at
            // every start-up; with nothing pending there is nothing for it to do.
            if (pending > 0)
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            LogMigrated(logger, pending, db.Database.ProviderName);
        }

        await ReferenceDataSeeder.SeedAsync(db, clock, cancellationToken);
        await identity.EnsureRolesAsync();
        await identity.EnsureDemoAccountsAsync(demoAccounts, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {PendingCount} pending migrations on {Provider}")]
    private static partial void LogMigrated(ILogger logger, int pendingCount, string? provider);
}
