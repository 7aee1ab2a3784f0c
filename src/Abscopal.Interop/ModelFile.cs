using Abscopal.Interop.Sbml;
using Abscopal.Modeling;
using Abscopal.Modeling.Text;

namespace Abscopal.Interop;

/// <summary>Reads a model file into the IR by its extension: .xml or .sbml as SBML, anything else (.ant, .txt) as the text model format (docs/model-format.md).</summary>
public static class ModelFile
{
    /// <summary>Reads the model at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    public static Model Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return IsSbml(path) ? SbmlReader.ReadFile(path).Model : TextModelParser.ParseFile(path);
    }

    private static bool IsSbml(string path) =>
        path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".sbml", StringComparison.OrdinalIgnoreCase);
}
