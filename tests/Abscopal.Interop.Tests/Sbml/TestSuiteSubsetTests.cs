using Abscopal.Interop.Sbml.TestSuite;

namespace Abscopal.Interop.Tests.Sbml;

/// <summary>
/// A fast tenth of the SBML Test Suite's semantic cases (every tenth folder in number order), run in the default test run with
/// each case's own settings and tolerances; the whole suite is `abscopal sbml test-suite ../shared/data/sbml-test-suite`
/// (docs/sbml-conformance.md). The expected values are the suite's own (analytic or cross-checked numeric solutions).
/// </summary>
public class TestSuiteSubsetTests
{
    /// <summary>What Abscopal refuses on purpose (docs/sbml-conformance.md): DAEs, fast reactions, delay differential equations, SBML packages, and rateOf() in initial assignments.</summary>
    private static readonly HashSet<string> s_refusedTags = new(StringComparer.Ordinal) { "AlgebraicRule", "FastReaction", "CSymbolDelay" };

    private static readonly Lazy<IReadOnlyList<TestSuiteCase>> s_cases = new(() =>
        SharedData.Exists(SharedData.TestSuite) ? TestSuiteCase.LoadAll(SharedData.PathOf(SharedData.TestSuite)) : []);

    public static TheoryData<string> EveryTenthCase
    {
        get
        {
            var data = new TheoryData<string>();
            var cases = s_cases.Value;
            for (var i = 0; i < cases.Count; i += 10)
            {
                data.Add(cases[i].Number);
            }

            if (data.Count == 0)
            {
                data.Add("absent"); // the theory is skipped: SharedDataTheory sets its skip reason
            }

            return data;
        }
    }

    private static TestSuiteCase Case(string number) => s_cases.Value.Single(c => c.Number == number);

    private static void AssertPassedOrRefusedForAReason(TestSuiteCase testCase, TestSuiteCaseResult result)
    {
        Assert.True(result.Outcome != TestSuiteOutcome.Failed, $"case {testCase.Number} failed: {result.Message}");
        if (result.Outcome == TestSuiteOutcome.Unsupported)
        {
            var reason = !testCase.Packages.IsEmpty || testCase.TestType != "TimeCourse" || testCase.Tags.Any(s_refusedTags.Contains)
                || result.Message.Contains("rateOf() in an initial assignment is not supported", StringComparison.Ordinal);
            Assert.True(reason, $"case {testCase.Number} was refused without a documented reason: {result.Message}");
            Assert.False(string.IsNullOrWhiteSpace(result.Message));
        }
    }

    [SharedDataTheory(SharedData.TestSuite)]
    [MemberData(nameof(EveryTenthCase))]
    public void A_Case_Passes_Within_Its_Tolerances_Or_Is_Refused_For_A_Documented_Reason(string number)
    {
        // Given a test-suite case
        var testCase = Case(number);

        // When it is imported and simulated with its own settings
        var result = TestSuiteRunner.Run(testCase);

        // Then every point is within |expected − actual| ≤ absolute + relative·|expected|, or the case uses a refused feature
        AssertPassedOrRefusedForAReason(testCase, result);
    }

    [SharedDataTheory(SharedData.TestSuite)]
    [MemberData(nameof(EveryTenthCase))]
    public void A_Case_Passes_After_Export_And_Reimport(string number)
    {
        // Given a test-suite case
        var testCase = Case(number);

        // When its model is exported as SBML L3V2, read back and simulated
        var result = TestSuiteRunner.Run(testCase, roundTrip: true);

        // Then it still matches the suite's expected results
        AssertPassedOrRefusedForAReason(testCase, result);
    }

    [SharedDataFact(SharedData.TestSuite)]
    public void The_Report_Counts_Outcomes_By_Tag()
    {
        // Given three cases: two plain ones and an algebraic rule
        var cases = new[] { "00001", "00002", "00039" }.Select(n => TestSuiteCase.Load(Path.Combine(SharedData.PathOf(SharedData.TestSuite), "semantic", n))).ToList();

        // When they run
        var report = TestSuiteRunner.RunAll(cases);

        // Then the totals and the per-tag rows add up
        Assert.Equal(3, report.Cases);
        Assert.Equal(report.Cases, report.Passed + report.Failed + report.Unsupported);
        var algebraic = report.ByTag().Single(t => t.Tag == "AlgebraicRule");
        Assert.Equal(1, algebraic.Cases);
        Assert.Equal(1, algebraic.Unsupported);
    }
}
