namespace Abscopal.Interop.Petab;

/// <summary>The distribution of a measurement's error around the observable, on the observable's scale (PEtab noiseDistribution).</summary>
public enum PetabNoiseDistribution
{
    /// <summary>Normal with standard deviation σ given by the noise formula.</summary>
    Normal,

    /// <summary>Laplace with scale σ given by the noise formula.</summary>
    Laplace,
}
