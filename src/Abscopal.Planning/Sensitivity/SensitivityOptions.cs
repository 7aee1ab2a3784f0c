namespace Abscopal.Planning.Sensitivity;

/// <summary>How to run a study: the method, the sample size, the seed and the number of threads.</summary>
public sealed record SensitivityOptions
{
    /// <summary>The method.</summary>
    public SensitivityMethod Method { get; init; } = SensitivityMethod.Sobol;

    /// <summary>Morris: trajectories r (runs r·(k + 1)); Sobol: base samples N (runs N·(k + 2)); PRCC: Latin hypercube points N (runs N); ≥ 2.</summary>
    public int Samples { get; init => field = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(Samples), value, "samples must be ≥ 2."); } = 256;

    /// <summary>Seed of the Morris design, the Latin hypercube and the Sobol bootstrap.</summary>
    public ulong Seed { get; init; }

    /// <summary>Threads evaluating runs; 0 for all processors. Results do not depend on it.</summary>
    public int Threads { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Threads), value, "threads must be ≥ 0 (0 = all processors)."); }

    /// <summary>Morris grid levels p (even, ≥ 2; default 4, Δ = p/(2(p − 1))).</summary>
    public int MorrisLevels { get; init => field = value >= 2 && value % 2 == 0 ? value : throw new ArgumentOutOfRangeException(nameof(MorrisLevels), value, "Morris levels must be even and ≥ 2."); } = 4;

    /// <summary>Bootstrap resamples for the Sobol limits (default 1000).</summary>
    public int BootstrapResamples { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(BootstrapResamples), value, "bootstrap resamples must be ≥ 0."); } = 1000;

    /// <summary>Confidence level of the Sobol and PRCC limits, in (0, 1) (default 0.95).</summary>
    public double Level { get; init => field = value is > 0 and < 1 ? value : throw new ArgumentOutOfRangeException(nameof(Level), value, "the level must be in (0, 1)."); } = 0.95;
}
