using System.Text.Json;
using Npgsql;

namespace IetPortal.Web.Tests.Performance;

/// <summary>
/// One node of a PostgreSQL plan that reads a table ("Seq Scan", "Index Scan", "Index Only Scan", "Bitmap Heap Scan"):
/// the index it uses, whether the index narrows the read (an index or recheck condition), and whether it delivers rows
/// in the index's order to a LIMIT (an ordered read that stops after one page).
/// </summary>
public sealed record PlanScan(string NodeType, string Relation, string? Index, bool HasIndexCondition, bool FeedsLimitInOrder)
{
    /// <summary>
    /// Read through an index: narrowed by an index condition, or an ordered index read stopped by a LIMIT. A sequential
    /// scan, or a whole index read only to be filtered or sorted afterwards, is not.
    /// </summary>
    public bool IsIndexed => NodeType != "Seq Scan" && (HasIndexCondition || (FeedsLimitInOrder && (NodeType is "Index Scan" or "Index Only Scan")));

    public override string ToString() =>
        (Index is null ? $"{NodeType} on {Relation}" : $"{NodeType} on {Relation} using {Index}")
        + (HasIndexCondition ? "" : FeedsLimitInOrder ? " (in order, to a LIMIT)" : " (no condition)");
}

/// <summary>The table reads of a plan, and the tables whose rows are all sorted to cut one page (a sort under a LIMIT).</summary>
public sealed record QueryPlan(IReadOnlyList<PlanScan> Scans, IReadOnlyList<string> SortedForLimit);

/// <summary>What the planner may use when it explains a command.</summary>
public enum PlannerSettings
{
    /// <summary>The server's settings: the plan the app gets.</summary>
    Normal,

    /// <summary>
    /// No sequential scans, hash joins or merge joins: the planner drives every read by an index wherever one can serve it
    /// (a join by looking up each outer row's match through the inner table's index), however small the tables, and
    /// falls back to an unindexed read only where no index can. A read left without an index has no usable index,
    /// whatever the size of the data.
    /// </summary>
    IndexesOnly,

    /// <summary>
    /// Also no explicit sorts: a page (ORDER BY ... LIMIT) is then read in an index's order wherever an index gives that
    /// order. A sort left under the LIMIT means no index does.
    /// </summary>
    IndexOrderOnly,
}

/// <summary>EXPLAIN of a command the app sent, with the same SQL and parameter values, on the app's PostgreSQL database.</summary>
public static class QueryPlans
{
    /// <summary>Nodes that pass their first input's rows on in the same order.</summary>
    private static readonly HashSet<string> OrderKeeping = new(StringComparer.Ordinal)
    {
        "Limit", "Subquery Scan", "Result", "Nested Loop", "Incremental Sort", "Memoize",
    };

    public static async Task<QueryPlan> ExplainAsync(string connectionString, LoggedCommand command, PlannerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var off = settings switch
        {
            PlannerSettings.IndexesOnly => "SET LOCAL enable_seqscan = off; SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off",
            PlannerSettings.IndexOrderOnly => "SET LOCAL enable_seqscan = off; SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off; SET LOCAL enable_sort = off",
            _ => null,
        };
        if (off is not null)
        {
            await using var set = new NpgsqlCommand(off, connection, transaction);
            await set.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + command.Sql, connection, transaction);
        foreach (var parameter in command.Parameters)
        {
            explain.Parameters.Add(((NpgsqlParameter)parameter).Clone());
        }

        var json = (string)(await explain.ExecuteScalarAsync())!;
        await transaction.RollbackAsync();
        using var document = JsonDocument.Parse(json);
        var scans = new List<PlanScan>();
        var sorted = new List<string>();
        Collect(document.RootElement[0].GetProperty("Plan"), inOrderToLimit: false, scans, sorted);
        return new QueryPlan(scans, sorted);
    }

    private static void Collect(JsonElement node, bool inOrderToLimit, List<PlanScan> scans, List<string> sortedForLimit)
    {
        var type = node.GetProperty("Node Type").GetString()!;
        if (node.TryGetProperty("Relation Name", out var relation))
        {
            // A bitmap heap scan reads the pages its bitmap index scans found: name those indexes.
            var indexes = node.TryGetProperty("Index Name", out var index)
                ? index.GetString()
                : type == "Bitmap Heap Scan" ? string.Join(" + ", BitmapIndexes(node)) : null;
            scans.Add(new PlanScan(
                type,
                relation.GetString()!,
                indexes,
                node.TryGetProperty("Index Cond", out _) || node.TryGetProperty("Recheck Cond", out _),
                inOrderToLimit));
        }

        if (type == "Sort" && inOrderToLimit)
        {
            sortedForLimit.AddRange(Relations(node));
        }

        inOrderToLimit = type == "Limit" || (inOrderToLimit && OrderKeeping.Contains(type));
        if (node.TryGetProperty("Plans", out var children))
        {
            var first = true;
            foreach (var child in children.EnumerateArray())
            {
                // Only a join's outer (first) input keeps its order in the join's output.
                Collect(child, inOrderToLimit && (first || type != "Nested Loop"), scans, sortedForLimit);
                first = false;
            }
        }
    }

    private static IEnumerable<string> Relations(JsonElement node)
    {
        if (node.TryGetProperty("Relation Name", out var relation))
        {
            yield return relation.GetString()!;
        }

        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var relationName in children.EnumerateArray().SelectMany(Relations))
            {
                yield return relationName;
            }
        }
    }

    private static IEnumerable<string> BitmapIndexes(JsonElement node)
    {
        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                if (child.TryGetProperty("Index Name", out var index))
                {
                    yield return index.GetString()!;
                }

                foreach (var nested in BitmapIndexes(child))
                {
                    yield return nested;
                }
            }
        }
    }
}
