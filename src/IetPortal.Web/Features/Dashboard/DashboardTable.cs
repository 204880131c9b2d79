namespace IetPortal.Web.Features.Dashboard;

/// <summary>
/// One table of the dashboard, already in words and numbers: the page draws it (the first cell of a row is its header)
/// and its CSV export writes exactly the same columns and rows, so what is downloaded is what is on the page.
/// </summary>
public sealed record DashboardTable(string Key, string Title, string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The table element's id ("table-status"); <see cref="Key"/> names its CSV export.</summary>
    public string Id => "table-" + Key;

    /// <summary>
    /// A table of more than two columns scrolls sideways in its own region on a narrow screen (WCAG 1.4.10 lets a data
    /// table do so), so the page itself reflows at 320 px; it does not stack, which would turn each row of a matrix
    /// into a column of nine labelled numbers. A two-column table fits a phone as it is.
    /// </summary>
    public bool IsWide => Columns.Count > 2;

    /// <summary>The header, then every row.</summary>
    public IEnumerable<IEnumerable<string?>> CsvRecords => new[] { Columns }.Concat(Rows);
}
