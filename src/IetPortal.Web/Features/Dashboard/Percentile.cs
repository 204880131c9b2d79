namespace IetPortal.Web.Features.Dashboard;

/// <summary>
/// Percentiles by linear interpolation between closest ranks: the definition of Excel's PERCENTILE.INC, R's default
/// (type 7) and NumPy's default, so a spreadsheet given the same durations gives the same figures. For sorted values
/// x[1..n] and a fraction p, the rank is h = (n - 1)p + 1 and the percentile is x[⌊h⌋] + (h - ⌊h⌋)(x[⌊h⌋+1] - x[⌊h⌋]).
/// The median is p = 0.5 (the mean of the two middle values when n is even); one value is its own every percentile.
/// </summary>
public static class Percentile
{
    /// <summary>The p-th percentile (0 ≤ p ≤ 1) of the values, or null when there are none.</summary>
    public static double? Of(IEnumerable<int> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var h = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Length - 1);

        // Rounded so that binary fractions (20 × 0.9 = 18.000000000000004) do not show up as noise.
        return Math.Round(sorted[lower] + ((h - lower) * (sorted[upper] - sorted[lower])), 6);
    }

    public static double? Median(IEnumerable<int> values) => Of(values, 0.5);

    public static double? Ninetieth(IEnumerable<int> values) => Of(values, 0.9);
}
