using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>Loads the one YAML document of a scenario, trial, planning or sensitivity file, reporting unreadable text at the place it stops being readable.</summary>
internal static class YamlDocumentLoader
{
    /// <summary>The root node of the single document in <paramref name="yaml"/>, or null with the reason added to <paramref name="errors"/>.</summary>
    public static YamlNode? Load(string yaml, string fileName, List<ScenarioError> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            string message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            errors.Add(new ScenarioError(fileName, (int)ex.Start.Line, (int)ex.Start.Column, string.Empty, "YAML syntax: " + message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some malformed input; point at the last
            // place that could still be read.
            var mark = LastReadableMark(yaml);
            errors.Add(new ScenarioError(fileName, (int)mark.Line, (int)mark.Column, string.Empty, "YAML syntax: the text cannot be read beyond this point; look for an unclosed '{', '[' or quote"));
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            errors.Add(new ScenarioError(fileName, 1, 1, string.Empty, $"expected one YAML document, found {stream.Documents.Count}"));
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    private static Mark LastReadableMark(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var last = new Mark();
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Stop at the last event that parsed.
        }

        return last;
    }
}
