using IetPortal.Infrastructure.Persistence.Providers;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Infrastructure.Persistence;

public static class ProviderSelection
{
    /// <summary>Configures the options for one provider, with its migrations in this assembly.</summary>
    public static DbContextOptionsBuilder UseIetPortalProvider(
        this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var assembly = typeof(IetPortalDbContext).Assembly.GetName().Name;
        return provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(assembly)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(assembly)),
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(assembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }

    public static Type ContextTypeFor(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => typeof(SqliteIetPortalDbContext),
        DatabaseProvider.SqlServer => typeof(SqlServerIetPortalDbContext),
        DatabaseProvider.Postgres => typeof(PostgresIetPortalDbContext),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };
}
