using Abscopal.Testing;

namespace Abscopal.Interop.Tests;

/// <summary>The shared data folder ../shared beside the repository (SBML Test Suite, curated BioModels, PEtab benchmark problems), which CI may not have.</summary>
internal static class SharedData
{
    /// <summary>The full path of <paramref name="relative"/> under ../shared.</summary>
    public static string PathOf(string relative) => Path.GetFullPath(Path.Combine(RepositoryRoot.Find(), "..", "shared", relative));

    /// <summary>Whether the file or folder exists.</summary>
    public static bool Exists(string relative) => File.Exists(PathOf(relative)) || Directory.Exists(PathOf(relative));

    /// <summary>The reason a test skips when the data is absent.</summary>
    public static string? SkipReason(string relative) => Exists(relative) ? null : $"needs ../shared/{relative}, which is absent here";

    public const string TestSuite = "data/sbml-test-suite";

    public const string Kosinsky = "data/biomodels/BIOMD0000000863/Kosinsky2018.xml";

    public const string PetabBenchmark = "data/petab-benchmark";
}

/// <summary>A fact that is reported as skipped (not passed) when its ../shared data is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relative) => Skip = SharedData.SkipReason(relative);
}

/// <summary>A theory that is reported as skipped (not passed) when its ../shared data is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string relative) => Skip = SharedData.SkipReason(relative);
}
