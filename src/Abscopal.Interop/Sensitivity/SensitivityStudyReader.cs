using System.Text;
using Abscopal.Interop.Scenarios;
using Abscopal.Interop.Scenarios.Internal;
using Abscopal.Interop.Sensitivity.Internal;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Abscopal.Interop.Sensitivity;

/// <summary>
/// Reads sensitivity study files: a scenario (docs/scenarios.md) plus a <c>sensitivity</c> block (docs/sensitivity.md,
/// docs/sensitivity.schema.json), reporting every error at once with file, line, column, field path and what is allowed.
/// </summary>
public static class SensitivityStudyReader
{
    /// <summary>Reads the study in <paramref name="yaml"/>; never throws for bad content.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="fileName">Name shown in errors.</param>
    /// <param name="options">Scenario options, model look-up and outcome check; null for <see cref="SensitivityStudyReaderOptions.Default"/>.</param>
    public static SensitivityStudyReadResult Parse(string yaml, string fileName = "<text>", SensitivityStudyReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= SensitivityStudyReaderOptions.Default;
        var errors = new List<ScenarioError>();
        var document = YamlDocumentLoader.Load(yaml, fileName, errors);
        if (document is null)
        {
            return Result(null, errors);
        }

        var checker = new ShapeChecker(fileName, errors);
        var root = checker.Check(document, StudyShapes.Root, string.Empty);
        SensitivityStudyFile? study = null;
        if (root is not null)
        {
            var scenario = new ScenarioBinder(checker, options.Scenario, fileName).Bind(root, errors.Count > 0);
            study = new StudyBinder(checker, options).Bind(root, scenario, errors.Count > 0);
        }

        return Result(errors.Count == 0 ? study : null, errors);
    }

    /// <summary>Reads the study file at <paramref name="path"/>; a relative model path in it is resolved against the file's directory.</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    public static SensitivityStudyReadResult ParseFile(string path, SensitivityStudyReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        string text = File.ReadAllText(full, Encoding.UTF8);
        options ??= SensitivityStudyReaderOptions.Default;
        return Parse(text, Path.GetFileName(full), options with { Scenario = options.Scenario with { BaseDirectory = Path.GetDirectoryName(full) } });
    }

    private static SensitivityStudyReadResult Result(SensitivityStudyFile? study, List<ScenarioError> errors)
    {
        var ordered = errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToArray();
        return new SensitivityStudyReadResult(study, Array.AsReadOnly(ordered));
    }
}
