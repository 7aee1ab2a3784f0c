using Abscopal.Numerics.Statistics;
using Abscopal.Trials.Designs;

namespace Abscopal.Trials;

/// <summary>Power by repeated simulation: the share of replicate trials (each with its own seed) whose log-rank test of PFS, arm vs first arm, has p &lt; α.</summary>
public static class TrialPower
{
    /// <summary>Power of each comparison (arm 1…K−1 vs arm 0), with Wilson 95% intervals over the replicates.</summary>
    /// <param name="design">The trial; its patients per arm is the sample size under study.</param>
    /// <param name="replicates">Number of simulated trials; in [1, 100 000].</param>
    /// <param name="alpha">Two-sided significance level; in (0, 1).</param>
    /// <param name="options">Threads etc. (per-patient rows are never kept).</param>
    public static IReadOnlyList<(string Arm, ProportionEstimate Power)> Estimate(TrialDesign design, int replicates, double alpha = 0.05, TrialRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(replicates, 100_000);
        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be in (0, 1).");
        }

        options = (options ?? TrialRunOptions.Default) with { KeepPatients = false };
        var significant = new ProportionAccumulator[design.Arms.Length - 1];
        for (var k = 0; k < significant.Length; k++)
        {
            significant[k] = new ProportionAccumulator();
        }

        for (var r = 0; r < replicates; r++)
        {
            var result = VirtualTrial.Run(design with { Seed = VirtualTrial.ArmSeed(design.Seed, -1 - r) }, options);
            for (var k = 0; k < significant.Length; k++)
            {
                significant[k].Add(result.Comparisons[k].LogRankP < alpha);
            }
        }

        return [.. significant.Select((s, k) => (design.Arms[k + 1].Name, s.Wilson()))];
    }
}
