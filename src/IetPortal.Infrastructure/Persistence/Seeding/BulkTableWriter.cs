using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace IetPortal.Infrastructure.Persistence.Seeding;

/// <summary>
/// Inserts many rows of one mapped entity type at once, below EF Core's change tracker: PostgreSQL's binary COPY, or
/// one prepared INSERT reused for every row on SQLite. Tables, columns, value converters (enums as names, UTC dates),
/// type mappings and the table-per-hierarchy discriminator all come from the EF model, so a row is stored exactly as
/// <c>SaveChanges</c> would store it. Keys are written as given (the caller assigns them), and no interceptor runs:
/// the caller writes audit stamps and events itself.
/// </summary>
internal abstract class BulkTableWriter(IetPortalDbContext db)
{
    private static readonly ConcurrentDictionary<(Type Context, Type Entity), BulkTable> Tables = new();

    protected IetPortalDbContext Db { get; } = db;

    public static BulkTableWriter For(IetPortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.GetDbConnection() switch
        {
            NpgsqlConnection => new PostgresCopyWriter(db),
            SqliteConnection => new SqliteInsertWriter(db),
            var other => throw new DemoDataRefusedException(
                $"The demo data generator writes with PostgreSQL's COPY or SQLite's prepared inserts; {other.GetType().Name} ({db.Database.ProviderName}) is not supported."),
        };
    }

    /// <summary>Writes the rows inside the context's current transaction; every row must be of <typeparamref name="T"/> or a mapped subtype.</summary>
    public abstract Task WriteAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class;

    /// <summary>Moves each identity sequence past the keys written, so the app's own inserts do not collide with them.</summary>
    public abstract Task AdvanceKeySequencesAsync(IEnumerable<Type> entityTypes, CancellationToken cancellationToken);

    protected BulkTable TableOf(Type entity) => Tables.GetOrAdd((Db.GetType(), entity), key => BulkTable.Of(Db.Model, key.Entity));

    protected DbTransaction Transaction => Db.Database.CurrentTransaction?.GetDbTransaction()
        ?? throw new InvalidOperationException("Bulk writes run inside the batch's transaction.");

    private sealed class PostgresCopyWriter(IetPortalDbContext db) : BulkTableWriter(db)
    {
        public override async Task WriteAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        {
            if (rows.Count == 0)
            {
                return;
            }

            var table = TableOf(typeof(T));
            var connection = (NpgsqlConnection)Db.Database.GetDbConnection();
            var columns = string.Join(", ", table.Columns.Select(c => Quote(c.Name)));
            await using var importer = await connection.BeginBinaryImportAsync(
                $"COPY {Quote(table.Name)} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                foreach (var column in table.Columns)
                {
                    await WriteValueAsync(importer, column.ProviderValue(row), column.StoreType, cancellationToken);
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        public override async Task AdvanceKeySequencesAsync(IEnumerable<Type> entityTypes, CancellationToken cancellationToken)
        {
            foreach (var type in entityTypes)
            {
                var table = TableOf(type);
                if (table.GeneratedKey is not { } key)
                {
                    continue;
                }

                var sql = string.Create(
                    CultureInfo.InvariantCulture,
                    $"SELECT setval(pg_get_serial_sequence('{Quote(table.Name)}', '{key}'), GREATEST(COALESCE(MAX({Quote(key)}), 0), 1), MAX({Quote(key)}) IS NOT NULL) FROM {Quote(table.Name)}");
#pragma warning disable EF1002 // Table and column names come from the EF model, not from input.
                await Db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
#pragma warning restore EF1002
            }
        }

        private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

        /// <summary>Each value with its concrete type, so the binary format matches the column (an int never goes to a bigint column untyped).</summary>
        private static Task WriteValueAsync(NpgsqlBinaryImporter importer, object? value, string storeType, CancellationToken ct) => value switch
        {
            null => importer.WriteNullAsync(ct),
            string text => importer.WriteAsync(text, storeType, ct),
            int number => importer.WriteAsync(number, storeType, ct),
            long number => importer.WriteAsync(number, storeType, ct),
            bool flag => importer.WriteAsync(flag, storeType, ct),
            decimal number => importer.WriteAsync(number, storeType, ct),
            DateTime time => importer.WriteAsync(time, storeType, ct),
            DateOnly date => importer.WriteAsync(date, storeType, ct),
            TimeOnly time => importer.WriteAsync(time, storeType, ct),
            Guid id => importer.WriteAsync(id, storeType, ct),
            byte[] bytes => importer.WriteAsync(bytes, storeType, ct),
            _ => throw new NotSupportedException($"No COPY writer for {value.GetType().Name} ({storeType})."),
        };
    }

    private sealed class SqliteInsertWriter(IetPortalDbContext db) : BulkTableWriter(db)
    {
        /// <summary>Rows per INSERT statement: fewer statements to step, within SQLite's 32,766 parameters.</summary>
        private const int RowsPerStatement = 64;

        public override async Task WriteAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        {
            if (rows.Count == 0)
            {
                return;
            }

            var table = TableOf(typeof(T));
            await using (var pragma = Db.Database.GetDbConnection().CreateCommand())
            {
                // The indexes of the large tables (audit events by time) take random inserts: a page cache of 256 MB for
                // this connection (SQLite's default is 2 MB) keeps them from being read back from disk.
                pragma.Transaction = Transaction;
                pragma.CommandText = "PRAGMA cache_size = -262144";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }

            var full = rows.Count / RowsPerStatement * RowsPerStatement;
            if (full > 0)
            {
                await using var many = await PrepareAsync(table, RowsPerStatement, cancellationToken);
                for (var start = 0; start < full; start += RowsPerStatement)
                {
                    await ExecuteAsync(many, table, rows, start, RowsPerStatement, cancellationToken);
                }
            }

            if (full < rows.Count)
            {
                await using var one = await PrepareAsync(table, 1, cancellationToken);
                for (var start = full; start < rows.Count; start++)
                {
                    await ExecuteAsync(one, table, rows, start, 1, cancellationToken);
                }
            }
        }

        /// <summary>SQLite's AUTOINCREMENT keeps its counter past any key inserted explicitly: nothing to do.</summary>
        public override Task AdvanceKeySequencesAsync(IEnumerable<Type> entityTypes, CancellationToken cancellationToken) => Task.CompletedTask;

        private async Task<DbCommand> PrepareAsync(BulkTable table, int rowCount, CancellationToken ct)
        {
            var command = Db.Database.GetDbConnection().CreateCommand();
            command.Transaction = Transaction;
            var sql = new StringBuilder("INSERT INTO \"").Append(table.Name).Append("\" (")
                .AppendJoin(", ", table.Columns.Select(c => "\"" + c.Name + "\""))
                .Append(") VALUES ");
            for (var row = 0; row < rowCount; row++)
            {
                sql.Append(row == 0 ? "(" : ", (");
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"@p{row}_{i}");
                    sql.Append(i == 0 ? "" : ", ").Append(name);

                    // The type mapping configures the parameter as SaveChanges would (GUIDs as text, for instance).
                    command.Parameters.Add(table.Columns[i].Mapping.CreateParameter(command, name, null, nullable: true));
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.PrepareAsync(ct);
            return command;
        }

        private static Task<int> ExecuteAsync<T>(DbCommand command, BulkTable table, IReadOnlyList<T> rows, int start, int count, CancellationToken ct)
            where T : class
        {
            var columns = table.Columns.Count;
            for (var row = 0; row < count; row++)
            {
                for (var i = 0; i < columns; i++)
                {
                    command.Parameters[(row * columns) + i].Value = table.Columns[i].ProviderValue(rows[start + row]) ?? DBNull.Value;
                }
            }

            return command.ExecuteNonQueryAsync(ct);
        }
    }
}

/// <summary>One table as the EF model maps it: its name, its columns and how to read each column's stored value from an entity.</summary>
internal sealed class BulkTable
{
    private BulkTable(string name, IReadOnlyList<BulkColumn> columns, string? generatedKey)
    {
        Name = name;
        Columns = columns;
        GeneratedKey = generatedKey;
    }

    public string Name { get; }
    public IReadOnlyList<BulkColumn> Columns { get; }

    /// <summary>The key column the database generates values for (identity / autoincrement), if any.</summary>
    public string? GeneratedKey { get; }

    public static BulkTable Of(IModel model, Type clrType)
    {
        var entityType = model.FindEntityType(clrType)?.GetRootType()
            ?? throw new InvalidOperationException($"{clrType.Name} is not mapped.");
        var tableName = entityType.GetTableName() ?? throw new InvalidOperationException($"{clrType.Name} is not mapped to a table.");
        var table = StoreObjectIdentifier.Table(tableName, entityType.GetSchema());
        var discriminator = entityType.FindDiscriminatorProperty();
        var columns = new List<BulkColumn>();
        foreach (var declaring in entityType.GetDerivedTypesInclusive())
        {
            foreach (var property in declaring.GetDeclaredProperties())
            {
                if (property.GetColumnName(table) is not { } column || columns.Any(c => c.Name == column))
                {
                    continue;
                }

                if (property == discriminator)
                {
                    columns.Add(new BulkColumn(column, property.GetRelationalTypeMapping(), entity => model.FindEntityType(entity.GetType())!.GetDiscriminatorValue()));
                    continue;
                }

                if (property.IsShadowProperty())
                {
                    throw new NotSupportedException($"{clrType.Name}.{property.Name} is a shadow property; the bulk writer reads CLR properties only.");
                }

                var getter = property.GetGetter();
                var owner = declaring.ClrType;
                columns.Add(new BulkColumn(
                    column,
                    property.GetRelationalTypeMapping(),
                    entity => owner.IsInstanceOfType(entity) ? getter.GetClrValueUsingContainingEntity(entity) : null));
            }
        }

        var key = entityType.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } single] ? single.GetColumnName(table) : null;
        return new BulkTable(tableName, columns, key);
    }
}

/// <summary>A column: its name, its type mapping (with the property's value converter) and the entity's value for it.</summary>
internal sealed class BulkColumn(string name, RelationalTypeMapping mapping, Func<object, object?> read)
{
    public string Name { get; } = name;
    public RelationalTypeMapping Mapping { get; } = mapping;

    /// <summary>The store type without its facets ("character varying", "numeric"), as COPY names it.</summary>
    public string StoreType { get; } = mapping.StoreTypeNameBase;

    /// <summary>The value as the provider stores it: the property's converter applied (an enum's name, a UTC date).</summary>
    public object? ProviderValue(object entity)
    {
        var value = read(entity);
        return value is null || Mapping.Converter is not { } converter ? value : converter.ConvertToProvider(value);
    }
}
