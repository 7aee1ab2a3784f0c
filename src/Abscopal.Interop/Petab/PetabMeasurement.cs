using System.Collections.Immutable;

namespace Abscopal.Interop.Petab;

/// <summary>A row of the measurement table: one measured value of an observable at a time under a condition.</summary>
/// <param name="ObservableId">The observable measured.</param>
/// <param name="PreequilibrationConditionId">The condition simulated to steady state first, or null.</param>
/// <param name="SimulationConditionId">The condition of the simulation.</param>
/// <param name="Value">The measured value, on the linear scale.</param>
/// <param name="Time">The time, in the model's time units; +∞ for a steady-state measurement.</param>
/// <param name="ObservableParameters">Values of the observable's observableParameter{n} placeholders, in order.</param>
/// <param name="NoiseParameters">Values of the noise formula's noiseParameter{n} placeholders, in order.</param>
public sealed record PetabMeasurement(
    string ObservableId,
    string? PreequilibrationConditionId,
    string SimulationConditionId,
    double Value,
    double Time,
    ImmutableArray<PetabValue> ObservableParameters,
    ImmutableArray<PetabValue> NoiseParameters)
{
    /// <summary>The file the row is in.</summary>
    public string FileName { get; init; } = string.Empty;

    /// <summary>1-based line of the row in its measurement table.</summary>
    public int Line { get; init; }
}
