using System.ComponentModel.DataAnnotations;

namespace IetPortal.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    Postgres,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string; for SQLite it defaults to a file in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder for the SQLite file (relative paths are under the content root).</summary>
    [Required]
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>Apply pending migrations at start-up. Several web nodes on one server database should
    /// migrate once from a deployment step instead (see docs/operations.md).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
