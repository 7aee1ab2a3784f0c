namespace Abscopal.Cli.Tests;

/// <summary>A fact that is reported as skipped (not passed) when its shell is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ShellFactAttribute : FactAttribute
{
    public ShellFactAttribute(string shell)
    {
        Shell = shell;
        Skip = Find(shell) is null ? $"{shell} is not installed here; its completion script was not exercised" : null;
    }

    public string Shell { get; }

    /// <summary>The shell's path, or null when it is not installed.</summary>
    public static string? Find(string shell) => new[] { "/usr/bin", "/bin", "/usr/local/bin" }.Select(d => Path.Combine(d, shell)).FirstOrDefault(File.Exists);
}
