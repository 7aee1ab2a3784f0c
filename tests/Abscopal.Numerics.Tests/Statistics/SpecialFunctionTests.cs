using Abscopal.Numerics.Statistics;

namespace Abscopal.Numerics.Tests.Statistics;

/// <summary>
/// Special functions against R 4.2.2 (R Core Team): values printed with <c>options(digits = 17)</c> from the calls named in each case,
/// e.g. <c>pnorm(-37.5)</c>, <c>qnorm(1e-300)</c>, <c>pgamma(5, shape = 2.5)</c>, <c>pbeta(0.3, 2.5, 0.7)</c>, <c>lgamma(3.7)</c>.
/// </summary>
public sealed class SpecialFunctionTests
{
    [Theory]
    [InlineData(-37.5, 4.6053530095819552e-308)]
    [InlineData(-10, 7.6198530241605269e-24)]
    [InlineData(-3, 1.3498980316300946e-03)]
    [InlineData(-1, 1.5865525393145705e-01)]
    [InlineData(-1e-3, 4.9960105778608893e-01)]
    [InlineData(0.5, 6.9146246127401301e-01)]
    [InlineData(2, 9.7724986805182079e-01)]
    [InlineData(8, 9.9999999999999933e-01)]
    public void Normal_Cdf_Matches_R_pnorm(double x, double expected)
    {
        Assert.Equal(expected, Normal.Cdf(x), Math.Abs(expected) * 1e-13);
    }

    [Theory]
    [InlineData(1e-300, -37.04709629936120052)]
    [InlineData(1e-20, -9.26234008979840517)]
    [InlineData(1e-5, -4.26489079392282555)]
    [InlineData(0.025, -1.95996398454005383)]
    [InlineData(0.3, -0.52440051270804067)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.9, 1.28155156554460081)]
    [InlineData(0.975, 1.95996398454005361)]
    [InlineData(1 - 1e-10, 6.36134088969742084)]
    public void Normal_Quantile_Matches_R_qnorm(double p, double expected)
    {
        Assert.Equal(expected, Normal.Quantile(p), (Math.Abs(expected) * 2e-15) + 1e-300);
    }

    [Fact]
    public void Incomplete_Gamma_And_Beta_Match_R()
    {
        // pgamma(c(0.1, 1, 5, 30), shape = 2.5); pgamma(100, shape = 30, lower = FALSE)
        double[] x = [0.1, 1, 5, 30];
        double[] p = [0.00088613878881244263, 0.15085496391539035543, 0.92476475385348777536, 0.99999999998784538935];
        for (int i = 0; i < x.Length; i++)
        {
            Assert.Equal(p[i], SpecialFunctions.RegularizedGammaP(2.5, x[i]), p[i] * 1e-13);
        }

        Assert.Equal(5.8932596986614738e-17, SpecialFunctions.RegularizedGammaQ(30, 100), 5.9e-17 * 1e-12);

        // pbeta(c(0.01, 0.3, 0.7, 0.999), 2.5, 0.7); pbeta(0.2, 200, 300)
        double[] xb = [0.01, 0.3, 0.7, 0.999];
        double[] pb = [5.6310758382134548e-06, 2.9814024845250447e-02, 2.8827925374468044e-01, 9.8406945242432575e-01];
        for (int i = 0; i < xb.Length; i++)
        {
            Assert.Equal(pb[i], SpecialFunctions.RegularizedBeta(2.5, 0.7, xb[i]), pb[i] * 1e-13);
        }

        // Large shapes: ln B(200, 300) ≈ −337 loses about 12 digits of absolute accuracy in ln Γ, hence 1e-11 relative.
        Assert.Equal(8.1753304300387559e-25, SpecialFunctions.RegularizedBeta(200, 300, 0.2), 8.2e-25 * 1e-11);
    }

    [Theory]
    [InlineData(1e-8, 1.8420680738180209e+01)]
    [InlineData(0.5, 5.7236494292470008e-01)]
    [InlineData(1, 0.0)]
    [InlineData(2, 0.0)]
    [InlineData(3.7, 1.4280723266653881e+00)]
    [InlineData(14.9, 2.4924132002217277e+01)]
    [InlineData(15, 2.5191221182738683e+01)]
    [InlineData(100, 3.5913420536957540e+02)]
    [InlineData(1e6, 1.2815504569147611e+07)]
    public void LogGamma_Matches_R_lgamma(double x, double expected)
    {
        Assert.Equal(expected, SpecialFunctions.LogGamma(x), (Math.Abs(expected) * 1e-14) + 1e-14);
    }

    [Fact]
    public void Test_Tails_Match_R()
    {
        // 2 * pt(-2.1, 7); 2 * pt(-0.3, 150); pchisq(16.79, 1, lower = FALSE); pchisq(12, 3, lower = FALSE)
        Assert.Equal(0.073871196212922596, TestDistributions.StudentTTwoSided(2.1, 7), 1e-14);
        Assert.Equal(0.76459249438835897, TestDistributions.StudentTTwoSided(-0.3, 150), 1e-13);
        Assert.Equal(4.1752751389197914e-05, TestDistributions.ChiSquaredUpperTail(16.79, 1), 4.2e-5 * 1e-12);
        Assert.Equal(0.0073831605053597711, TestDistributions.ChiSquaredUpperTail(12, 3), 0.0074 * 1e-12);
    }
}
