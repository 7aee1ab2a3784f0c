namespace Abscopal.Numerics.Sensitivity;

/// <summary>Sobol first-order and total-effect indices per input, with bootstrap percentile confidence limits (immutable).</summary>
public sealed class SobolIndices
{
    private readonly double[] _firstOrder;
    private readonly double[] _total;
    private readonly double[] _firstOrderLower;
    private readonly double[] _firstOrderUpper;
    private readonly double[] _totalLower;
    private readonly double[] _totalUpper;

    internal SobolIndices(double[] firstOrder, double[] total, double[] firstLower, double[] firstUpper, double[] totalLower, double[] totalUpper, double variance, int baseSamples, double level)
    {
        _firstOrder = firstOrder;
        _total = total;
        _firstOrderLower = firstLower;
        _firstOrderUpper = firstUpper;
        _totalLower = totalLower;
        _totalUpper = totalUpper;
        Variance = variance;
        BaseSamples = baseSamples;
        Level = level;
    }

    /// <summary>S_i: the share of the output variance explained by input i alone.</summary>
    public ReadOnlySpan<double> FirstOrder => _firstOrder;

    /// <summary>S_Ti: the share of the output variance that involves input i (alone or in interactions).</summary>
    public ReadOnlySpan<double> Total => _total;

    /// <summary>Lower bootstrap limits of S_i.</summary>
    public ReadOnlySpan<double> FirstOrderLower => _firstOrderLower;

    /// <summary>Upper bootstrap limits of S_i.</summary>
    public ReadOnlySpan<double> FirstOrderUpper => _firstOrderUpper;

    /// <summary>Lower bootstrap limits of S_Ti.</summary>
    public ReadOnlySpan<double> TotalLower => _totalLower;

    /// <summary>Upper bootstrap limits of S_Ti.</summary>
    public ReadOnlySpan<double> TotalUpper => _totalUpper;

    /// <summary>The estimated output variance, in squared output units.</summary>
    public double Variance { get; }

    /// <summary>The number of base samples N (the model ran N·(k + 2) times).</summary>
    public int BaseSamples { get; }

    /// <summary>The confidence level of the limits.</summary>
    public double Level { get; }
}
