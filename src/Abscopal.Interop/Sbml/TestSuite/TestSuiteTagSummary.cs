namespace Abscopal.Interop.Sbml.TestSuite;

/// <summary>Counts of outcomes among the cases that carry one tag.</summary>
/// <param name="Tag">The tag (a component tag, a test tag, or "package:name").</param>
/// <param name="Cases">Number of cases with the tag.</param>
/// <param name="Passed">Cases that passed.</param>
/// <param name="Failed">Cases that failed.</param>
/// <param name="Unsupported">Cases refused as unsupported.</param>
public sealed record TestSuiteTagSummary(string Tag, int Cases, int Passed, int Failed, int Unsupported);
