using System.Collections.Immutable;
using Abscopal.Simulation;

namespace Abscopal.Planning.Sensitivity;

/// <summary>A global sensitivity study: a base simulation request, the factors varied around it and the outcome read from each run.</summary>
/// <param name="Request">The base scenario as a simulation request; each run changes only the factors' values, so the compiled model is reused.</param>
/// <param name="Factors">The factors, at least one, with distinct names.</param>
/// <param name="Outcome">The read-out of each run.</param>
public sealed record SensitivityStudy(SimulationRequest Request, ImmutableArray<SensitivityFactor> Factors, SensitivityOutcome Outcome);
