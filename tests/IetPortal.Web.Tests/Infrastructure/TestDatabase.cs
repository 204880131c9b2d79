using IetPortal.Infrastructure.Persistence;
using Npgsql;

namespace IetPortal.Web.Tests.Infrastructure;

/// <summary>
/// An isolated database for one test class: a fresh SQLite file, or a fresh database on the throw-away PostgreSQL
/// server the test script starts (its connection string is in IETPORTAL_TEST_POSTGRES).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "IETPORTAL_TEST_POSTGRES";

    private readonly string? _sqliteFolder;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFolder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFolder = sqliteFolder;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static TestDatabase Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => CreateSqlite(),
        DatabaseProvider.Postgres => CreatePostgres(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Only SQLite and PostgreSQL can run here."),
    };

    private static TestDatabase CreateSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ietportal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "test.db")};Pooling=False", folder);
    }

    private static TestDatabase CreatePostgres()
    {
        var server = PostgresServer ?? throw new InvalidOperationException(
            $"{PostgresVariable} is not set: run the tests through tests/run-tests.sh, which starts PostgreSQL.");
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "ietportal_" + Guid.NewGuid().ToString("N")[..16] };
        return new TestDatabase(DatabaseProvider.Postgres, builder.ConnectionString, null);
    }

    public void Dispose()
    {
        if (_sqliteFolder is not null)
        {
            try
            {
                Directory.Delete(_sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a closing host is left for the OS to clean up.
            }
        }
        else
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            var database = builder.Database;
            builder.Database = "postgres";
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }
    }
}
