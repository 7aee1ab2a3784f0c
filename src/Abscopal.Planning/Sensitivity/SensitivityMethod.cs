namespace Abscopal.Planning.Sensitivity;

/// <summary>The global sensitivity method of a study.</summary>
public enum SensitivityMethod
{
    /// <summary>Morris elementary effects (μ*, σ): r trajectories of k + 1 runs; a cheap screen for the inputs that matter.</summary>
    Morris,

    /// <summary>Sobol first-order and total indices (Saltelli sampling, Jansen estimator, bootstrap limits): N·(k + 2) runs.</summary>
    Sobol,

    /// <summary>Partial rank correlation coefficients on a Latin hypercube of N runs, with p-values and Fisher-z limits; for monotone relations.</summary>
    Prcc,
}
