using Abscopal.Numerics.Ode;

namespace Abscopal.Interop.Petab;

/// <summary>Solver settings for evaluating a PEtab problem.</summary>
public sealed record PetabObjectiveOptions
{
    /// <summary>The default: relative tolerance 1e-8 and absolute tolerance 1e-12 for the ODE solver, steady state to 1e-8 relative (as AMICI's defaults for the benchmark problems, rtol 1e-8).</summary>
    public static PetabObjectiveOptions Default { get; } = new();

    /// <summary>The ODE method; by default automatic stiffness switching, which on the benchmark problems was 1.0–2.7× faster than Rodas4 throughout (Boehm 1.1 vs 2.9 ms, Raimundez 0.89 vs 1.57 s per evaluation).</summary>
    public OdeAlgorithm Algorithm { get; init; } = OdeAlgorithms.Auto;

    /// <summary>Relative tolerance of the ODE solver.</summary>
    public double RelativeTolerance { get; init; } = 1e-8;

    /// <summary>Absolute tolerance of the ODE solver, in the states' units.</summary>
    public double AbsoluteTolerance { get; init; } = 1e-12;

    /// <summary>A steady state is reached when no state changed by more than SteadyStateAbsoluteTolerance + SteadyStateRelativeTolerance·|x| over the last decade of time.</summary>
    public double SteadyStateRelativeTolerance { get; init; } = 1e-8;

    /// <summary>Absolute part of the steady-state test, in the states' units.</summary>
    public double SteadyStateAbsoluteTolerance { get; init; } = 1e-12;

    /// <summary>The longest time simulated while looking for a steady state, in the model's time units.</summary>
    public double MaxSteadyStateTime { get; init; } = 1e10;

    /// <summary>The most solver steps per simulation.</summary>
    public int MaxSteps { get; init; } = 1_000_000;
}
