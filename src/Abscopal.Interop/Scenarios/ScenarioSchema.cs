using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Abscopal.Interop.Scenarios.Internal;

namespace Abscopal.Interop.Scenarios;

/// <summary>The JSON Schema (draft 2020-12) of scenario files, generated from the same key tables the reader checks against (published as docs/scenario.schema.json).</summary>
public static class ScenarioSchema
{
    /// <summary>The schema as indented JSON text ending in a newline.</summary>
    public static string Json { get; } = Generate();

    private static string Generate()
    {
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Abscopal scenario",
        };
        foreach (var (key, value) in SchemaWriter.Write(ScenarioShapes.Root))
        {
            schema[key] = value?.DeepClone();
        }

        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return schema.ToJsonString(options).ReplaceLineEndings("\n") + "\n";
    }
}
