using Abscopal.Testing;

namespace Abscopal.Interop.Tests.Scenarios;

/// <summary>Golden-file comparison and the repository root, for the scenario tests.</summary>
internal static class Golden
{
    public static string Root => RepositoryRoot.Find();

    public static void Match(string path, string actual) => GoldenFile.Match(path, actual);
}
