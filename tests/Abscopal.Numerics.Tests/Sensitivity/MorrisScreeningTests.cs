using Abscopal.Numerics.Random;
using Abscopal.Numerics.Sensitivity;

namespace Abscopal.Numerics.Tests.Sensitivity;

/// <summary>Morris screening: exact elementary effects of a linear model, and the importance ranking of the g-function.</summary>
public sealed class MorrisScreeningTests
{
    [Fact]
    public void Elementary_Effects_Of_A_Linear_Model_Are_Its_Coefficients()
    {
        // Given f(u) = 2u1 − 5u2 + 0·u3 + 0.5u4: every elementary effect of input i is c_i
        double[] c = [2, -5, 0, 0.5];

        // When screened with 20 trajectories on a 4-level grid
        var effects = MorrisScreening.Run(u => (c[0] * u[0]) + (c[1] * u[1]) + (c[2] * u[2]) + (c[3] * u[3]), 4, 20, 4, seed: 8);

        // Then μ = c, μ* = |c| and σ = 0 to round-off
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(c[i], effects.Mean[i], 1e-12);
            Assert.Equal(Math.Abs(c[i]), effects.MeanAbsolute[i], 1e-12);
            Assert.Equal(0, effects.StandardDeviation[i], 1e-12);
        }
    }

    [Fact]
    public void G_Function_Ranking_Follows_The_Importance_Parameters()
    {
        // Given the g-function with a = (0, 0.5, 3, 9, 99): importance decreases with a_i (Saltelli et al. 2008, §3.7)
        double[] a = [0, 0.5, 3, 9, 99];

        // When screened with 50 trajectories
        var effects = MorrisScreening.Run(u => TestFunctions.GFunction(u, a), a.Length, 50, 4, seed: 4);

        // Then μ* strictly decreases along a
        for (int i = 1; i < a.Length; i++)
        {
            Assert.True(effects.MeanAbsolute[i] < effects.MeanAbsolute[i - 1], $"μ*[{i}] = {effects.MeanAbsolute[i]} ≥ μ*[{i - 1}] = {effects.MeanAbsolute[i - 1]}");
        }
    }

    [Fact]
    public void Each_Trajectory_Changes_One_Input_At_A_Time_By_Delta()
    {
        // Given a design for 5 inputs, 10 trajectories, 6 levels (Δ = 6/10)
        var rng = new RandomStream(1, 0);
        var design = MorrisScreening.Design(5, 10, 6, ref rng);

        // Then consecutive rows within a trajectory differ in exactly one input, by ±Δ, and every value is on the grid in [0, 1]
        for (int t = 0; t < 10; t++)
        {
            var changed = new HashSet<int>();
            for (int step = 1; step <= 5; step++)
            {
                int row = (t * 6) + step;
                var diffs = Enumerable.Range(0, 5).Where(i => design[(row * 5) + i] != design[((row - 1) * 5) + i]).ToArray();
                Assert.Single(diffs);
                Assert.Equal(0.6, Math.Abs(design[(row * 5) + diffs[0]] - design[((row - 1) * 5) + diffs[0]]), 1e-12);
                changed.Add(diffs[0]);
            }

            Assert.Equal(5, changed.Count);
        }

        Assert.All(design, x => Assert.Equal(0, (x * 5) - Math.Round(x * 5), 1e-9));
    }
}
