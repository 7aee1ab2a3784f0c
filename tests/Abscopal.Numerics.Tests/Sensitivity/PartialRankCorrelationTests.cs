using Abscopal.Numerics.Random;
using Abscopal.Numerics.Sampling;
using Abscopal.Numerics.Sensitivity;

namespace Abscopal.Numerics.Tests.Sensitivity;

/// <summary>PRCC against an independent computation in R 4.2.2 (residuals of rank regressions, <c>cor(resid(lm(rank(x_i) ~ others)), resid(lm(rank(y) ~ others)))</c>).</summary>
public sealed class PartialRankCorrelationTests
{
    [Fact]
    public void Matches_R_Residual_Regression_On_A_Deterministic_Design()
    {
        // Given n = 100 points x_ij = frac(i·c_j), i = 1…n, c = (0.75488, 0.56984, 0.41421), and
        // y = exp(2x1) − 3x2² + 0.2x3 + 0.5 sin(2π x1 x3) (the same data in R: see the script in the summary)
        const int n = 100, k = 3;
        double[] c = [0.7548776662466927, 0.5698402909980532, 0.4142135623730951];
        var x = new double[n * k];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < k; j++)
            {
                double v = (i + 1) * c[j];
                x[(i * k) + j] = v - Math.Floor(v);
            }

            double x1 = x[i * k], x2 = x[(i * k) + 1], x3 = x[(i * k) + 2];
            y[i] = Math.Exp(2 * x1) - (3 * x2 * x2) + (0.2 * x3) + (0.5 * Math.Sin(6.283185307179586 * x1 * x3));
        }

        // When PRCC is computed
        var prcc = PartialRankCorrelation.Compute(x, y, k);

        // Then it matches R: (0.972282, −0.913005, 0.162638), p = (2.15e-62, 3.68e-39, 0.1096) with t on n − k − 1 = 96 df
        Assert.Equal(0.97228206540496331, prcc.Coefficients[0], 1e-12);
        Assert.Equal(-0.91300531085749226, prcc.Coefficients[1], 1e-12);
        Assert.Equal(0.16263818539763564, prcc.Coefficients[2], 1e-12);
        Assert.Equal(2.1510974607067594e-62, prcc.PValues[0], 2.2e-62 * 1e-6);
        Assert.Equal(3.6842388267481951e-39, prcc.PValues[1], 3.7e-39 * 1e-6);
        Assert.Equal(1.0958730256658630e-01, prcc.PValues[2], 1e-10);
    }

    [Fact]
    public void An_Input_The_Output_Ignores_Has_A_Small_Insignificant_Prcc_On_An_Lhs()
    {
        // Given 500 LHS points and y = u1 + 2u2² (u3 unused)
        const int n = 500;
        var x = new double[n * 3];
        var rng = new RandomStream(12, 0);
        LatinHypercube.Sample(ref rng, 3, x);
        var y = Enumerable.Range(0, n).Select(i => x[i * 3] + (2 * x[(i * 3) + 1] * x[(i * 3) + 1])).ToArray();

        // When PRCC is computed
        var prcc = PartialRankCorrelation.Compute(x, y, 3);

        // Then the used inputs are near 1 (y is monotone in each, so the partial rank correlation is high) and u3 is not significant at 1%
        Assert.True(prcc.Coefficients[0] > 0.9 && prcc.Coefficients[1] > 0.9);
        Assert.True(prcc.PValues[2] > 0.01, $"p = {prcc.PValues[2]}");
    }
}
