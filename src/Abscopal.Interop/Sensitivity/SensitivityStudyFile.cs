using System.Collections.ObjectModel;
using Abscopal.Interop.Scenarios;

namespace Abscopal.Interop.Sensitivity;

/// <summary>A checked sensitivity study file: a scenario and its <c>sensitivity</c> block (factors, and optional defaults for the command line).</summary>
public sealed record SensitivityStudyFile
{
    /// <summary>The scenario every run starts from.</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>The factors, in file order.</summary>
    public required ReadOnlyCollection<StudyFactor> Factors { get; init; }

    /// <summary>The outcome name, or null when the command line must give it.</summary>
    public string? Outcome { get; init; }

    /// <summary>The method (morris, sobol or prcc), or null when the command line must give it.</summary>
    public string? Method { get; init; }

    /// <summary>The sample count, or null when the command line must give it.</summary>
    public int? Samples { get; init; }

    /// <summary>The seed, or null for the command line's (default 1).</summary>
    public ulong? Seed { get; init; }
}
