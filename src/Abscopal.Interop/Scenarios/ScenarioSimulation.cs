using Abscopal.Simulation;

namespace Abscopal.Interop.Scenarios;

/// <summary>How long and how finely to simulate.</summary>
/// <param name="Days">Simulated time from day 0, in days.</param>
/// <param name="OutputEveryDays">Spacing of output times, in days.</param>
/// <param name="RelativeTolerance">Relative tolerance of the ODE solver (dimensionless).</param>
/// <param name="AbsoluteTolerance">Absolute tolerance of the ODE solver, in state units.</param>
public sealed record ScenarioSimulation(double Days, double OutputEveryDays, double RelativeTolerance, double AbsoluteTolerance)
{
    /// <summary>These settings as simulation options (the ranges are checked there).</summary>
    public SimulationOptions ToOptions() => new()
    {
        Days = Days,
        OutputEveryDays = OutputEveryDays,
        RelativeTolerance = RelativeTolerance,
        AbsoluteTolerance = AbsoluteTolerance,
    };

    /// <summary>Output times 0, Δ, 2Δ, … up to and always including <see cref="Days"/>, in days (<see cref="SimulationOptions.OutputTimes"/>).</summary>
    public IReadOnlyList<double> OutputTimes() => ToOptions().OutputTimes();
}
