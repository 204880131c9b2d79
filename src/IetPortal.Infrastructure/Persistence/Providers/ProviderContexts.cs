using Microsoft.EntityFrameworkCore;

namespace IetPortal.Infrastructure.Persistence.Providers;

// One derived context per provider: each owns its migrations (Migrations/<Provider>), generated from the one model.

public sealed class SqliteIetPortalDbContext(DbContextOptions<SqliteIetPortalDbContext> options)
    : IetPortalDbContext(options);

public sealed class SqlServerIetPortalDbContext(DbContextOptions<SqlServerIetPortalDbContext> options)
    : IetPortalDbContext(options);

public sealed class PostgresIetPortalDbContext(DbContextOptions<PostgresIetPortalDbContext> options)
    : IetPortalDbContext(options);
