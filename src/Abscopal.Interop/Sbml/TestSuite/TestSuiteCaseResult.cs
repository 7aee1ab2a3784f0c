using System.Collections.Immutable;

namespace Abscopal.Interop.Sbml.TestSuite;

/// <summary>The result of one test-suite case.</summary>
/// <param name="Number">The case number, e.g. "00001".</param>
/// <param name="Outcome">Passed, failed or unsupported.</param>
/// <param name="Message">Why it failed or was refused (the first point out of tolerance, or the error); empty when it passed.</param>
public sealed record TestSuiteCaseResult(string Number, TestSuiteOutcome Outcome, string Message)
{
    /// <summary>The case's component and test tags, package tags included.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>Whether the case needs an SBML package (comp, fbc, ...).</summary>
    public bool UsesPackage { get; init; }

    /// <summary>Time to read the SBML file and compile the model, in seconds.</summary>
    public double ImportSeconds { get; init; }

    /// <summary>Time to simulate, in seconds.</summary>
    public double SimulationSeconds { get; init; }

    /// <summary>Largest |expected − actual| ÷ (absolute + relative·|expected|) over all points (≤ 1 passes); NaN when not simulated.</summary>
    public double WorstRatio { get; init; } = double.NaN;
}
