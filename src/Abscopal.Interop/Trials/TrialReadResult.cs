using System.Collections.ObjectModel;
using Abscopal.Interop.Scenarios;
using Abscopal.Trials.Designs;

namespace Abscopal.Interop.Trials;

/// <summary>The outcome of reading a trial file: the design, or every error found (file, line, column, field, allowed values).</summary>
/// <param name="Design">The trial design, or null when there are errors.</param>
/// <param name="Errors">Every error, in file order.</param>
public sealed record TrialReadResult(TrialDesign? Design, ReadOnlyCollection<ScenarioError> Errors)
{
    /// <summary>Whether the file was read without errors.</summary>
    public bool IsValid => Design is not null;
}
