namespace Abscopal.Planning.Sensitivity;

/// <summary>How a factor's range is sampled: uniformly in its value, or uniformly in its logarithm.</summary>
public enum FactorScale
{
    /// <summary>Uniform on [low, high].</summary>
    Linear,

    /// <summary>Log-uniform on [low, high] (low &gt; 0): uniform in ln(value), for rate constants spanning orders of magnitude.</summary>
    Logarithmic,
}
