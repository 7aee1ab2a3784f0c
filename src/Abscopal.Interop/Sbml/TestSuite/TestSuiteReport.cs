using System.Collections.Immutable;

namespace Abscopal.Interop.Sbml.TestSuite;

/// <summary>The results of a test-suite run, with totals and a summary per tag.</summary>
/// <param name="Results">One result per case, in run order.</param>
public sealed record TestSuiteReport(ImmutableArray<TestSuiteCaseResult> Results)
{
    /// <summary>Number of cases run.</summary>
    public int Cases => Results.Length;

    /// <summary>Number of cases that passed.</summary>
    public int Passed => Results.Count(r => r.Outcome == TestSuiteOutcome.Passed);

    /// <summary>Number of cases that failed.</summary>
    public int Failed => Results.Count(r => r.Outcome == TestSuiteOutcome.Failed);

    /// <summary>Number of cases refused as unsupported.</summary>
    public int Unsupported => Results.Count(r => r.Outcome == TestSuiteOutcome.Unsupported);

    /// <summary>Outcome counts per tag, tags in alphabetical order.</summary>
    public ImmutableArray<TestSuiteTagSummary> ByTag()
    {
        var tags = Results.SelectMany(r => r.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return [.. tags.Select(tag =>
        {
            var with = Results.Where(r => r.Tags.Contains(tag, StringComparer.Ordinal)).ToList();
            return new TestSuiteTagSummary(
                tag,
                with.Count,
                with.Count(r => r.Outcome == TestSuiteOutcome.Passed),
                with.Count(r => r.Outcome == TestSuiteOutcome.Failed),
                with.Count(r => r.Outcome == TestSuiteOutcome.Unsupported));
        })];
    }
}
