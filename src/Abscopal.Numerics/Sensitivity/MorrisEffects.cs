namespace Abscopal.Numerics.Sensitivity;

/// <summary>Morris elementary-effect statistics per input, in output units per unit of the input's [0, 1] range (immutable).</summary>
public sealed class MorrisEffects
{
    private readonly double[] _mean;
    private readonly double[] _meanAbsolute;
    private readonly double[] _standardDeviation;

    internal MorrisEffects(double[] mean, double[] meanAbsolute, double[] standardDeviation, int trajectories)
    {
        _mean = mean;
        _meanAbsolute = meanAbsolute;
        _standardDeviation = standardDeviation;
        Trajectories = trajectories;
    }

    /// <summary>μ: the mean elementary effect of each input.</summary>
    public ReadOnlySpan<double> Mean => _mean;

    /// <summary>μ*: the mean absolute elementary effect (Campolongo et al. 2007), the screening measure of importance.</summary>
    public ReadOnlySpan<double> MeanAbsolute => _meanAbsolute;

    /// <summary>σ: the standard deviation of the elementary effects (non-linearity or interactions).</summary>
    public ReadOnlySpan<double> StandardDeviation => _standardDeviation;

    /// <summary>The number of trajectories r (elementary effects per input).</summary>
    public int Trajectories { get; }
}
