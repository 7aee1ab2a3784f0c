namespace Abscopal.Trials.Populations;

/// <summary>
/// The PD-L1 combined positive score as a piecewise distribution fixed by two published shares: CPS &lt; 1 uniform on [0, 1),
/// CPS in [1, 10) log-uniform, CPS in [10, 100] log-uniform, with the masses P(CPS ≥ 1) and P(CPS ≥ 10).
/// </summary>
/// <param name="ShareAtLeast1">P(CPS ≥ 1), in (0, 1).</param>
/// <param name="ShareAtLeast10">P(CPS ≥ 10), in (0, ShareAtLeast1).</param>
public sealed record CpsDistribution(double ShareAtLeast1, double ShareAtLeast10)
{
    /// <summary>The CPS at cumulative probability <paramref name="u"/> in [0, 1).</summary>
    public double Quantile(double u)
    {
        var below1 = 1 - ShareAtLeast1;
        var below10 = 1 - ShareAtLeast10;
        if (u < below1)
        {
            return u / below1;
        }

        return u < below10
            ? Math.Pow(10, (u - below1) / (below10 - below1))
            : Math.Min(100, Math.Pow(10, 1 + ((u - below10) / ShareAtLeast10)));
    }

    /// <summary>P(CPS ≤ <paramref name="cps"/>).</summary>
    public double Cdf(double cps)
    {
        var below1 = 1 - ShareAtLeast1;
        var below10 = 1 - ShareAtLeast10;
        return cps switch
        {
            < 0 => 0,
            < 1 => cps * below1,
            < 10 => below1 + ((below10 - below1) * Math.Log10(cps)),
            < 100 => below10 + (ShareAtLeast10 * (Math.Log10(cps) - 1)),
            _ => 1,
        };
    }
}
