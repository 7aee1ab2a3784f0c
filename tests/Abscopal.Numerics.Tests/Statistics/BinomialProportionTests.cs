using Abscopal.Numerics.Statistics;

namespace Abscopal.Numerics.Tests.Statistics;

/// <summary>
/// Binomial intervals against R 4.2.2: Wilson = <c>prop.test(x, n, correct = FALSE)$conf.int</c>, Clopper–Pearson =
/// <c>binom.test(x, n, conf.level = L)$conf.int</c>.
/// </summary>
public sealed class BinomialProportionTests
{
    [Theory]
    [InlineData(7, 20, 0.18119182410108206, 0.56714572331476365)]
    [InlineData(0, 15, 0.0, 0.20388330103584854)]
    public void Wilson_Matches_R_prop_test(long x, long n, double lower, double upper)
    {
        var ci = BinomialProportion.Wilson(x, n);
        Assert.Equal((double)x / n, ci.Value, 1e-15);
        Assert.Equal(lower, ci.Lower, 1e-14);
        Assert.Equal(upper, ci.Upper, 1e-14);
    }

    [Theory]
    [InlineData(7, 20, 0.95, 0.15390920478454115, 0.59218853453282816)]
    [InlineData(0, 15, 0.95, 0.0, 0.21801936091053398)]
    [InlineData(15, 15, 0.95, 0.78198063908946602, 1.0)]
    [InlineData(43, 200, 0.90, 0.16813100686537111, 0.26831906262750160)]
    public void Clopper_Pearson_Matches_R_binom_test(long x, long n, double level, double lower, double upper)
    {
        var ci = BinomialProportion.ClopperPearson(x, n, level);
        Assert.Equal(lower, ci.Lower, 1e-12);
        Assert.Equal(upper, ci.Upper, 1e-12);
    }

    [Fact]
    public void Accumulators_Merge_To_The_Whole()
    {
        // Given 1000 outcomes split across three accumulators
        var parts = new[] { new ProportionAccumulator(), new ProportionAccumulator(), new ProportionAccumulator() };
        for (int i = 0; i < 1000; i++)
        {
            parts[i % 3].Add(i % 7 == 0);
        }

        // When merged
        parts[0].Merge(parts[1]);
        parts[0].Merge(parts[2]);

        // Then the counts are those of the whole: 143 multiples of 7 in [0, 1000)
        Assert.Equal(143, parts[0].Successes);
        Assert.Equal(1000, parts[0].Trials);
        Assert.Equal(BinomialProportion.Wilson(143, 1000), parts[0].Wilson());
    }
}
