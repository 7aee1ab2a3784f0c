using System.Collections.ObjectModel;
using Abscopal.Interop.Scenarios;

namespace Abscopal.Interop.Sensitivity;

/// <summary>What reading a study file gave: the study when the file is valid, and every error found otherwise.</summary>
/// <param name="Study">The study, or null when there are errors.</param>
/// <param name="Errors">Every error, in file order (empty when valid).</param>
public sealed record SensitivityStudyReadResult(SensitivityStudyFile? Study, ReadOnlyCollection<ScenarioError> Errors)
{
    /// <summary>Whether the file is valid.</summary>
    public bool IsValid => Study is not null;
}
