using Abscopal.Numerics.Sensitivity;

namespace Abscopal.Numerics.Tests.Sensitivity;

/// <summary>
/// Saltelli/Jansen Sobol indices against analytic values. Stated tolerance: with N = 2^13 base samples (N·(k + 2) model runs) on the
/// unscrambled Sobol sequence every index is within 0.02 of its analytic value; with N = 2^15, within 0.01.
/// </summary>
public sealed class SobolSensitivityTests
{
    [Theory]
    [InlineData(1 << 13, 0.02)]
    [InlineData(1 << 15, 0.01)]
    public void Ishigami_Indices_Converge_To_The_Analytic_Values(int baseSamples, double tolerance)
    {
        // Given Ishigami (a = 7, b = 0.1): S = (0.3139, 0.4424, 0), S_T = (0.5576, 0.4424, 0.2437)
        var (first, total) = TestFunctions.IshigamiIndices();
        Assert.Equal(0.3139, first[0], 1e-4);
        Assert.Equal(0.2437, total[2], 1e-4);

        // When estimated
        var indices = SobolSensitivity.Run(TestFunctions.Ishigami, 3, baseSamples, bootstrapResamples: 200, seed: 1);

        // Then each estimate is within the tolerance and inside its own bootstrap interval
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(first[i], indices.FirstOrder[i], tolerance);
            Assert.Equal(total[i], indices.Total[i], tolerance);
            Assert.InRange(indices.FirstOrder[i], indices.FirstOrderLower[i], indices.FirstOrderUpper[i]);
            Assert.InRange(indices.Total[i], indices.TotalLower[i], indices.TotalUpper[i]);
        }

        // And the pooled variance is near the analytic V = a²/8 + bπ⁴/5 + b²π⁸/18 + ½ = 13.845
        Assert.Equal(13.8446, indices.Variance, 0.3);
    }

    [Fact]
    public void G_Function_Indices_Match_The_Analytic_Values()
    {
        // Given the g-function with a = (0, 0.5, 3, 9, 99, 99)
        double[] a = [0, 0.5, 3, 9, 99, 99];
        var (first, total) = TestFunctions.GFunctionIndices(a);

        // When estimated with N = 2^13
        var indices = SobolSensitivity.Run(u => TestFunctions.GFunction(u, a), a.Length, 1 << 13, bootstrapResamples: 200, seed: 3);

        // Then every index is within 0.02
        for (int i = 0; i < a.Length; i++)
        {
            Assert.Equal(first[i], indices.FirstOrder[i], 0.02);
            Assert.Equal(total[i], indices.Total[i], 0.02);
        }
    }

    [Fact]
    public void Bootstrap_Limits_Narrow_As_The_Sample_Grows()
    {
        // Given Ishigami with N = 2^10 and N = 2^14
        var small = SobolSensitivity.Run(TestFunctions.Ishigami, 3, 1 << 10, bootstrapResamples: 300, seed: 2);
        var large = SobolSensitivity.Run(TestFunctions.Ishigami, 3, 1 << 14, bootstrapResamples: 300, seed: 2);

        // Then the total-index interval of x3 shrinks roughly like 1/√N (factor 4 expected; at least 2 required)
        double wSmall = small.TotalUpper[2] - small.TotalLower[2];
        double wLarge = large.TotalUpper[2] - large.TotalLower[2];
        Assert.True(wLarge < wSmall / 2, $"{wSmall} → {wLarge}");
    }

    [Fact]
    public void An_Output_Offset_Changes_Neither_The_Indices_Nor_Their_Spread()
    {
        // Given y = 2u1 + u2 (S = (0.8, 0.2): additive, V_i = c_i²/12) and the same plus 1000, a tumour-volume-like offset
        static double Linear(ReadOnlySpan<double> u) => (2 * u[0]) + u[1];

        // When estimated with N = 2^9
        var plain = SobolSensitivity.Run(Linear, 2, 1 << 9, bootstrapResamples: 200, seed: 1);
        var shifted = SobolSensitivity.Run(u => 1000 + Linear(u), 2, 1 << 9, bootstrapResamples: 200, seed: 1);

        // Then the indices and their bootstrap limits agree to round-off, and S1 is within 0.02 of 0.8 and 0.2
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(plain.FirstOrder[i], shifted.FirstOrder[i], 1e-9);
            Assert.Equal(plain.FirstOrderUpper[i] - plain.FirstOrderLower[i], shifted.FirstOrderUpper[i] - shifted.FirstOrderLower[i], 1e-9);
            Assert.Equal(plain.Total[i], shifted.Total[i], 1e-9);
        }

        Assert.Equal(0.8, shifted.FirstOrder[0], 0.02);
        Assert.Equal(0.2, shifted.FirstOrder[1], 0.02);
    }
}
