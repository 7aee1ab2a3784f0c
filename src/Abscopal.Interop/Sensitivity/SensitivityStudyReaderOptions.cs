using Abscopal.Interop.Scenarios;

namespace Abscopal.Interop.Sensitivity;

/// <summary>What the study reader checks beyond the file: the scenario options, the scenario's model values (factor ids, relative ranges) and the outcome names.</summary>
public sealed record SensitivityStudyReaderOptions
{
    /// <summary>Default options: scenario defaults, no model look-up (ids are not checked and relative ranges are refused), any outcome name.</summary>
    public static SensitivityStudyReaderOptions Default { get; } = new();

    /// <summary>Known models and base directory for the scenario part.</summary>
    public ScenarioReaderOptions Scenario { get; init; } = ScenarioReaderOptions.Default;

    /// <summary>Gives the parameters and states of a valid scenario's model (throwing <see cref="ArgumentException"/> when the model cannot be built); null skips the id checks.</summary>
    public Func<Scenario, ScenarioModelValues>? ModelValues { get; init; }

    /// <summary>Checks an outcome name: null when it is known, else the message (what is allowed); null accepts any name.</summary>
    public Func<string, string?>? CheckOutcome { get; init; }
}
