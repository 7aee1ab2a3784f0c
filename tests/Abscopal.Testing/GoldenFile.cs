using Xunit;

namespace Abscopal.Testing;

/// <summary>Compares text with an approved file under the repository; ABSCOPAL_ACCEPT_GOLDEN=1 rewrites the file instead (review the diff, then commit).</summary>
public static class GoldenFile
{
    /// <summary>Asserts that <paramref name="actual"/> (line endings normalised to \n) equals the file at <paramref name="path"/>.</summary>
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
