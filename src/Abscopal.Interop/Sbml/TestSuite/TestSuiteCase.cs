using System.Collections.Immutable;
using System.Globalization;

namespace Abscopal.Interop.Sbml.TestSuite;

/// <summary>One semantic case of the SBML Test Suite: a folder NNNNN/ with the description, settings, expected results and an SBML file.</summary>
/// <param name="Number">The case number, e.g. "00001".</param>
/// <param name="Directory">The case folder.</param>
/// <param name="ModelFile">The SBML file used: Level 3 Version 2 where present, else the newest level.</param>
public sealed record TestSuiteCase(string Number, string Directory, string? ModelFile)
{
    private static readonly string[] s_preferred = ["sbml-l3v2.xml", "sbml-l3v1.xml", "sbml-l2v5.xml", "sbml-l2v4.xml", "sbml-l2v3.xml", "sbml-l2v2.xml", "sbml-l2v1.xml"];

    /// <summary>componentTags and testTags of the description, and packagesPresent as "package:" tags.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>The testType of the description (TimeCourse, FluxBalanceSteadyState, ...).</summary>
    public string TestType { get; init; } = "TimeCourse";

    /// <summary>The SBML packages the case needs (empty for core cases).</summary>
    public ImmutableArray<string> Packages { get; init; } = [];

    /// <summary>The case number as an integer.</summary>
    public int Index => int.Parse(Number, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Reads the description of the case in <paramref name="directory"/> (the settings and results are read when it runs).</summary>
    /// <exception cref="IOException">The description file is missing or unreadable.</exception>
    public static TestSuiteCase Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var number = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        var description = File.ReadAllText(Path.Combine(directory, number + "-model.m"));
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in description.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && !line.StartsWith(' ') && line[..colon].All(char.IsAsciiLetter))
            {
                entries.TryAdd(line[..colon], line[(colon + 1)..].Trim());
            }
        }

        ImmutableArray<string> List(string key) =>
            entries.TryGetValue(key, out var v) ? [.. v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : [];

        var packages = List("packagesPresent");
        var tags = List("componentTags").Concat(List("testTags")).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var model = s_preferred.Select(s => Path.Combine(directory, $"{number}-{s}")).FirstOrDefault(File.Exists);
        return new TestSuiteCase(number, directory, model)
        {
            Tags = tags,
            TestType = entries.GetValueOrDefault("testType", "TimeCourse"),
            Packages = packages,
        };
    }

    /// <summary>Every case folder (five-digit names) under <paramref name="suiteDirectory"/>, in number order; a "semantic" subfolder is used when present.</summary>
    public static IReadOnlyList<TestSuiteCase> LoadAll(string suiteDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(suiteDirectory);
        var root = System.IO.Directory.Exists(Path.Combine(suiteDirectory, "semantic")) ? Path.Combine(suiteDirectory, "semantic") : suiteDirectory;
        return [.. System.IO.Directory.EnumerateDirectories(root)
            .Where(d => Path.GetFileName(d) is { Length: 5 } name && name.All(char.IsAsciiDigit))
            .Order(StringComparer.Ordinal)
            .Select(Load)];
    }
}
