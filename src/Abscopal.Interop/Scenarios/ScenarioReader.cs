using System.Text;
using Abscopal.Interop.Scenarios.Internal;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Abscopal.Interop.Scenarios;

/// <summary>
/// Reads scenario files (YAML; shape in docs/scenarios.md and docs/scenario.schema.json) into typed records, reporting
/// every error at once with file, line, column, field path, the value found and what is allowed.
/// </summary>
public static class ScenarioReader
{
    /// <summary>Reads the scenario in <paramref name="yaml"/>; never throws for bad content.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="fileName">Name shown in errors.</param>
    /// <param name="options">Known models and base directory; null for <see cref="ScenarioReaderOptions.Default"/>.</param>
    public static ScenarioReadResult Parse(string yaml, string fileName = "<text>", ScenarioReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= ScenarioReaderOptions.Default;
        var errors = new List<ScenarioError>();
        var document = YamlDocumentLoader.Load(yaml, fileName, errors);
        if (document is null)
        {
            return Result(null, errors);
        }

        var checker = new ShapeChecker(fileName, errors);
        var root = checker.Check(document, ScenarioShapes.Root, string.Empty);
        Scenario? scenario = null;
        if (root is not null)
        {
            scenario = new ScenarioBinder(checker, options, fileName).Bind(root, errors.Count > 0);
        }

        return Result(errors.Count == 0 ? scenario : null, errors);
    }

    /// <summary>Reads the scenario file at <paramref name="path"/>; a relative model path in it is resolved against the file's directory and must exist.</summary>
    /// <param name="path">Path of the YAML file.</param>
    /// <param name="options">Known models; null for the default. Its base directory is replaced by the file's directory.</param>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    public static ScenarioReadResult ParseFile(string path, ScenarioReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        string text = File.ReadAllText(full, Encoding.UTF8);
        return Parse(text, Path.GetFileName(full), (options ?? ScenarioReaderOptions.Default) with { BaseDirectory = Path.GetDirectoryName(full) });
    }

    /// <summary>Reads the scenario in <paramref name="yaml"/>.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="fileName">Name shown in errors.</param>
    /// <param name="options">Known models and base directory; null for the default.</param>
    /// <exception cref="ScenarioException">The scenario is invalid; every error is listed.</exception>
    public static Scenario Read(string yaml, string fileName = "<text>", ScenarioReaderOptions? options = null)
    {
        var result = Parse(yaml, fileName, options);
        return result.Scenario ?? throw new ScenarioException(result.Errors);
    }

    /// <summary>Reads the scenario file at <paramref name="path"/>.</summary>
    /// <param name="path">Path of the YAML file.</param>
    /// <param name="options">Known models; null for the default.</param>
    /// <exception cref="ScenarioException">The scenario is invalid; every error is listed.</exception>
    public static Scenario ReadFile(string path, ScenarioReaderOptions? options = null)
    {
        var result = ParseFile(path, options);
        return result.Scenario ?? throw new ScenarioException(result.Errors);
    }

    private static ScenarioReadResult Result(Scenario? scenario, List<ScenarioError> errors)
    {
        // File order; the sort is stable, so errors at one place keep the order they were found in.
        var ordered = errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToArray();
        return new ScenarioReadResult(scenario, Array.AsReadOnly(ordered));
    }
}
