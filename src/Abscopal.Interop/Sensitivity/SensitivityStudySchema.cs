using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Abscopal.Interop.Scenarios.Internal;
using Abscopal.Interop.Sensitivity.Internal;

namespace Abscopal.Interop.Sensitivity;

/// <summary>The JSON Schema (draft 2020-12) of sensitivity study files, generated from the reader's key tables (published as docs/sensitivity.schema.json).</summary>
public static class SensitivityStudySchema
{
    /// <summary>The schema as indented JSON text ending in a newline.</summary>
    public static string Json { get; } = Generate();

    private static string Generate()
    {
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Abscopal sensitivity study",
        };
        foreach (var (key, value) in SchemaWriter.Write(StudyShapes.Root))
        {
            schema[key] = value?.DeepClone();
        }

        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return schema.ToJsonString(options).ReplaceLineEndings("\n") + "\n";
    }
}
