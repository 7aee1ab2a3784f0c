using System.Collections.ObjectModel;

namespace Abscopal.Interop.Scenarios;

/// <summary>What reading a planning file gave: the file when valid, and every error otherwise.</summary>
/// <param name="File">The planning file, or null when there are errors.</param>
/// <param name="Errors">Every error, in file order.</param>
public sealed record PlanningFileReadResult(PlanningFile? File, ReadOnlyCollection<ScenarioError> Errors);
