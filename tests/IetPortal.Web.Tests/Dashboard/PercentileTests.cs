using IetPortal.Web.Features.Dashboard;

namespace IetPortal.Web.Tests.Dashboard;

/// <summary>
/// Percentiles by linear interpolation between closest ranks (Excel's PERCENTILE.INC, R type 7, NumPy's default);
/// the expected values are what those give for the same numbers.
/// </summary>
public sealed class PercentileTests
{
    [Fact]
    public void No_values_have_no_percentile()
    {
        Assert.Null(Percentile.Median([]));
        Assert.Null(Percentile.Ninetieth([]));
    }

    [Fact]
    public void One_value_is_its_own_median_and_90th_percentile()
    {
        Assert.Equal(7, Percentile.Median([7]));
        Assert.Equal(7, Percentile.Ninetieth([7]));
    }

    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value_whatever_the_order()
    {
        Assert.Equal(5, Percentile.Median([30, 1, 7, 5, 3]));
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_two_middle_values()
    {
        Assert.Equal(2.5, Percentile.Median([4, 1, 3, 2]));
        Assert.Equal(4.5, Percentile.Median([1, 2, 3, 4, 5, 7, 10, 30]));
    }

    [Theory]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 9.1)] // rank 9.1: 9 + 0.1 × (10 - 9)
    [InlineData(new[] { 2, 4, 10 }, 8.8)] // rank 2.8: 4 + 0.8 × (10 - 4)
    [InlineData(new[] { 1, 3, 5, 7, 30 }, 20.8)] // rank 4.6: 7 + 0.6 × (30 - 7)
    [InlineData(new[] { 1, 2, 3, 4, 5, 7, 10, 30 }, 16)] // rank 7.3: 10 + 0.3 × (30 - 10)
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 20 }, 0)] // rank 19 exactly
    [InlineData(new[] { 12, 12, 12, 12 }, 12)]
    public void The_90th_percentile_interpolates_between_the_two_closest_ranks(int[] days, double expected)
    {
        Assert.Equal(expected, Percentile.Ninetieth(days));
    }

    [Fact]
    public void The_0th_and_100th_percentiles_are_the_smallest_and_largest_value()
    {
        Assert.Equal(1, Percentile.Of([9, 1, 4], 0));
        Assert.Equal(9, Percentile.Of([9, 1, 4], 1));
    }

    [Fact]
    public void A_fraction_outside_0_to_1_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentile.Of([1], 90));
    }
}
