using Xunit;

namespace Abscopal.Testing;

/// <summary>
/// Golden files (Spectre.Console's habit): expected output kept under a test project's Expectations/ folder and compared
/// exactly (line endings normalised). To accept a change, run the tests with ABSCOPAL_ACCEPT_GOLDEN=1 and review the diff.
/// </summary>
public static class GoldenFile
{
    /// <summary>Asserts that <paramref name="actual"/> equals the file at <paramref name="relativePath"/> (from the repository root).</summary>
    public static void AssertMatches(string relativePath, string actual)
    {
        string path = Path.Combine(RepositoryRoot.Find(), relativePath);
        string normalised = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("ABSCOPAL_ACCEPT_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalised);
        }

        Assert.True(File.Exists(path), $"No golden file at {path}: run once with ABSCOPAL_ACCEPT_GOLDEN=1, review it and commit it.");
        string expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != normalised)
        {
            var a = expected.Split('\n');
            var b = normalised.Split('\n');
            int line = Enumerable.Range(0, Math.Max(a.Length, b.Length)).First(i => i >= a.Length || i >= b.Length || a[i] != b[i]);
            Assert.Fail($"{relativePath} differs at line {line + 1}:\n  expected: {(line < a.Length ? a[line] : "<end>")}\n  actual:   {(line < b.Length ? b[line] : "<end>")}\nAccept with ABSCOPAL_ACCEPT_GOLDEN=1 after review.");
        }
    }

    /// <summary>Asserts that <paramref name="actual"/> (line endings normalised to \n) equals the file at the absolute <paramref name="path"/>.</summary>
    public static void Match(string path, string actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("ABSCOPAL_ACCEPT_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"No approved output at {path}: run once with ABSCOPAL_ACCEPT_GOLDEN=1, review it and commit it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
