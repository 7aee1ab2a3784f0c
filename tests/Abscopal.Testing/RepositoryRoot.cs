using System.Reflection;

namespace Abscopal.Testing;

/// <summary>Finds the repository root: the directory that contains Abscopal.slnx.</summary>
public static class RepositoryRoot
{
    private const string Marker = "Abscopal.slnx";

    /// <summary>
    /// Walks up from <see cref="AppContext.BaseDirectory"/> to the directory holding Abscopal.slnx; when the build output lives
    /// outside the repository (a private ArtifactsPath), falls back to the current directory and then to the source
    /// directory recorded at build time.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No candidate leads to Abscopal.slnx.</exception>
    public static string Find()
    {
        string? recorded = typeof(RepositoryRoot).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "AbscopalRepositoryRoot")?.Value;
        foreach (string? start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory, recorded })
        {
            for (DirectoryInfo? dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, Marker)))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException($"No directory containing {Marker} above {AppContext.BaseDirectory}.");
    }
}
