using System.Globalization;

namespace IetPortal.Web.Features.Dashboard;

/// <summary>The dashboard's query string exactly as sent; a string, so no input fails model binding.</summary>
public sealed class DashboardQuery
{
    public string? College { get; set; }
}

/// <summary>
/// Which proposals the dashboard counts: every college, or one. A stale or hand-edited college id shows the statewide
/// figures with a note saying so, never an error page.
/// </summary>
public sealed record DashboardFilter(int? CollegeId, IReadOnlyList<string> Notes)
{
    public static DashboardFilter Statewide { get; } = new(null, []);

    public bool IsFiltered => CollegeId is not null;

    public static DashboardFilter From(DashboardQuery query, IReadOnlySet<int> collegeIds)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(collegeIds);
        if (string.IsNullOrWhiteSpace(query.College))
        {
            return Statewide;
        }

        return int.TryParse(query.College.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && collegeIds.Contains(id)
            ? new DashboardFilter(id, [])
            : new DashboardFilter(null, ["The college in the address was not found, so the figures of every college are shown."]);
    }

    /// <summary>The query string that keeps this filter on a link ("" when statewide).</summary>
    public string QueryString => CollegeId is { } id ? "?college=" + id.ToString(CultureInfo.InvariantCulture) : "";

    public string PageUrl => "/dashboard" + QueryString;

    public string ExportUrl(string table) => $"/dashboard/export/{table}.csv{QueryString}";
}
