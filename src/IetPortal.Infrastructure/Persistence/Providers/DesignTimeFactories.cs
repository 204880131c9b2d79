using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IetPortal.Infrastructure.Persistence.Providers;

// Used by `dotnet ef` only: no database is contacted to generate migrations or scripts.

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteIetPortalDbContext>
{
    public SqliteIetPortalDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqliteIetPortalDbContext>)new DbContextOptionsBuilder<SqliteIetPortalDbContext>()
            .UseIetPortalProvider(DatabaseProvider.Sqlite, "Data Source=design-time.db").Options);
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerIetPortalDbContext>
{
    public SqlServerIetPortalDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqlServerIetPortalDbContext>)new DbContextOptionsBuilder<SqlServerIetPortalDbContext>()
            .UseIetPortalProvider(DatabaseProvider.SqlServer, "Server=localhost;Database=IetPortal;Trusted_Connection=True;TrustServerCertificate=True").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresIetPortalDbContext>
{
    public PostgresIetPortalDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<PostgresIetPortalDbContext>)new DbContextOptionsBuilder<PostgresIetPortalDbContext>()
            .UseIetPortalProvider(DatabaseProvider.Postgres, "Host=localhost;Database=ietportal;Username=ietportal").Options);
}
