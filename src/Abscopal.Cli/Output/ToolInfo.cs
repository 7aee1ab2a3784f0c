using System.Reflection;
using System.Security.Cryptography;

namespace Abscopal.Cli.Output;

/// <summary>Versions for provenance: the tool's, and a model's (built-in models carry the tool's; model files their content hash).</summary>
internal static class ToolInfo
{
    public static string Version { get; } = ReadVersion();

    public static string ModelVersion(string? modelPath) => modelPath is null
        ? $"built-in (abscopal {Version})"
        : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(modelPath)));

    private static string ReadVersion()
    {
        var assembly = typeof(ToolInfo).Assembly;
        string? informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational ?? assembly.GetName().Version?.ToString() ?? "unknown";
    }
}
