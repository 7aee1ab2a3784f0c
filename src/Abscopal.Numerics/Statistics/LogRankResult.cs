namespace Abscopal.Numerics.Statistics;

/// <summary>The result of a log-rank test over K groups (immutable).</summary>
public sealed class LogRankResult
{
    private readonly double[] _observed;
    private readonly double[] _expected;

    internal LogRankResult(double chiSquare, int degreesOfFreedom, double[] observed, double[] expected)
    {
        ChiSquare = chiSquare;
        DegreesOfFreedom = degreesOfFreedom;
        PValue = TestDistributions.ChiSquaredUpperTail(chiSquare, degreesOfFreedom);
        _observed = observed;
        _expected = expected;
    }

    /// <summary>The log-rank statistic (O − E)ᵀ V⁻¹ (O − E) over the first K − 1 groups.</summary>
    public double ChiSquare { get; }

    /// <summary>The degrees of freedom, K − 1.</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>P(χ²_{K−1} ≥ statistic).</summary>
    public double PValue { get; }

    /// <summary>The observed number of events per group.</summary>
    public ReadOnlySpan<double> Observed => _observed;

    /// <summary>The expected number of events per group under equal hazards.</summary>
    public ReadOnlySpan<double> Expected => _expected;
}
