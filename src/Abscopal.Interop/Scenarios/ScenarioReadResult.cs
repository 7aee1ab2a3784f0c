using System.Collections.ObjectModel;

namespace Abscopal.Interop.Scenarios;

/// <summary>What reading a scenario gave: the scenario when the file is valid, and every error found otherwise.</summary>
/// <param name="Scenario">The scenario, or null when there are errors.</param>
/// <param name="Errors">Every error, in file order (empty when valid).</param>
public sealed record ScenarioReadResult(Scenario? Scenario, ReadOnlyCollection<ScenarioError> Errors)
{
    /// <summary>Whether the file is valid.</summary>
    public bool IsValid => Scenario is not null;
}
