namespace Abscopal.Numerics.Sensitivity;

/// <summary>Partial rank correlation coefficients per input, in [−1, 1], with two-sided p-values (immutable).</summary>
public sealed class PrccResult
{
    private readonly double[] _coefficients;
    private readonly double[] _pValues;

    internal PrccResult(double[] coefficients, double[] pValues, int samples)
    {
        _coefficients = coefficients;
        _pValues = pValues;
        Samples = samples;
    }

    /// <summary>The PRCC of each input with the output.</summary>
    public ReadOnlySpan<double> Coefficients => _coefficients;

    /// <summary>The two-sided p-value of each coefficient (t-test with n − 2 − (k − 1) degrees of freedom).</summary>
    public ReadOnlySpan<double> PValues => _pValues;

    /// <summary>The number of samples n.</summary>
    public int Samples { get; }
}
