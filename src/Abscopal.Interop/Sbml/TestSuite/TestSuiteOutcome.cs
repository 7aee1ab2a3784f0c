namespace Abscopal.Interop.Sbml.TestSuite;

/// <summary>How a test-suite case ended.</summary>
public enum TestSuiteOutcome
{
    /// <summary>Every value at every output time is within the case's tolerances.</summary>
    Passed,

    /// <summary>A value is out of tolerance, or the import, compilation or simulation failed.</summary>
    Failed,

    /// <summary>The case uses a feature Abscopal refuses with a message (an SBML package, flux balance analysis, ...).</summary>
    Unsupported,
}
