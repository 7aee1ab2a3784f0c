using Abscopal.Planning.Results;

namespace Abscopal.Planning.Tests.Results;

public class MeanEstimateTests
{
    [Theory]
    // Student t quantiles t(0.975, ν) from the standard table (e.g. NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.2).
    [InlineData(1, 12.706)]
    [InlineData(9, 2.262)]
    [InlineData(30, 2.042)]
    public void The_T_Quantile_Matches_The_Table(double df, double expected)
    {
        // Given a two-sided 5% tail and ν degrees of freedom
        // When the quantile is found
        var t = MeanEstimate.TQuantile(0.05, df);

        // Then it matches the table to its three decimals
        Assert.Equal(expected, t, 3);
    }

    [Fact]
    public void The_Interval_Is_The_Mean_Plus_Or_Minus_T_Times_The_Standard_Error()
    {
        // Given 1..10: mean 5.5, sample SD √(55/6) = 3.0277, SE 0.95743
        double[] values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

        // When the 95% interval is computed
        var m = MeanEstimate.Of(values);

        // Then it is 5.5 ± 2.2622·0.95743 = [3.3341, 7.6659]
        Assert.Equal(5.5, m.Value, 12);
        Assert.Equal(3.3341, m.Lower, 3);
        Assert.Equal(7.6659, m.Upper, 3);
    }
}
