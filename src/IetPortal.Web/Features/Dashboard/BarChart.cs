namespace IetPortal.Web.Features.Dashboard;

/// <summary>A bar of the chart: its label, its value and where it sits (in SVG units).</summary>
public sealed record ChartBar(string Label, int Value, double Y, double Width);

/// <summary>
/// A small horizontal bar chart drawn on the server as SVG (no script): each bar has its label at the left and its
/// value written at its end, so the figures never depend on colour or on judging lengths. The SVG is one image named
/// by its title and described by its description (which states every value); the page puts the data table under it.
/// </summary>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<ChartBar> Bars)
{
    public const double Width = 400;
    public const double LabelWidth = 56;
    public const double BarHeight = 22;
    public const double RowHeight = 32;

    /// <summary>Room at the right of the longest bar for its value.</summary>
    public const double ValueRoom = 48;

    public double Height => (Bars.Count * RowHeight) + 8;

    public string TitleId => Id + "-title";

    public string DescriptionId => Id + "-desc";

    public static BarChart Of(string id, string title, string description, IReadOnlyList<(string Label, int Value)> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var max = Math.Max(1, values.Count == 0 ? 0 : values.Max(v => v.Value));
        var plot = Width - LabelWidth - ValueRoom;
        var bars = values.Select((v, i) => new ChartBar(v.Label, v.Value, (i * RowHeight) + 4, Math.Max(0, v.Value) * plot / max)).ToList();
        return new BarChart(id, title, description, bars);
    }
}
