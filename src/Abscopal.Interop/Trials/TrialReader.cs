using System.Text;
using Abscopal.Interop.Scenarios;
using Abscopal.Interop.Scenarios.Internal;
using Abscopal.Interop.Trials.Internal;
using Abscopal.Trials.Designs;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Abscopal.Interop.Trials;

/// <summary>
/// Reads trial files (YAML, docs/trials.md) into a <see cref="TrialDesign"/>, reporting every error at once with file,
/// line, column, field path and what is allowed, with the scenario reader's machinery.
/// </summary>
public static class TrialReader
{
    /// <summary>Reads the trial in <paramref name="yaml"/>; never throws for bad content.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="fileName">Name shown in errors.</param>
    public static TrialReadResult Parse(string yaml, string fileName = "<text>")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new List<ScenarioError>();
        var document = YamlDocumentLoader.Load(yaml, fileName, errors);
        if (document is null)
        {
            return new TrialReadResult(null, errors.AsReadOnly());
        }

        var checker = new ShapeChecker(fileName, errors);
        var root = checker.Check(document, TrialShapes.Root, string.Empty);
        TrialDesign? design = null;
        if (root is not null)
        {
            design = new TrialBinder(checker).Bind(root, errors.Count > 0);
        }

        var ordered = errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToArray();
        return new TrialReadResult(ordered.Length == 0 ? design : null, Array.AsReadOnly(ordered));
    }

    /// <summary>Reads the trial file at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    public static TrialReadResult ParseFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        return Parse(File.ReadAllText(full, Encoding.UTF8), Path.GetFileName(full));
    }

    /// <summary>Reads the trial file at <paramref name="path"/>.</summary>
    /// <exception cref="ScenarioException">The file is invalid; every error is listed.</exception>
    public static TrialDesign ReadFile(string path)
    {
        var result = ParseFile(path);
        return result.Design ?? throw new ScenarioException(result.Errors);
    }
}
