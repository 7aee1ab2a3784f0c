using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Abscopal.Cli;

/// <summary>Writes the scenario-file reference (Markdown) from the scenario JSON Schema: one table per object, with types, units, ranges, allowed values and rules.</summary>
internal static class ScenarioReference
{
    /// <summary>The Markdown reference of the schema <paramref name="schemaJson"/> (draft 2020-12, as docs/scenario.schema.json).</summary>
    public static string ToMarkdown(string schemaJson)
    {
        var root = JsonNode.Parse(schemaJson)!.AsObject();
        var sb = new StringBuilder();
        sb.Append("<!-- Generated from docs/scenario.schema.json by 'abscopal scenario reference'; do not edit by hand. -->\n\n");
        Describe(sb, "(top level)", root);
        return sb.ToString();
    }

    private static void Describe(StringBuilder sb, string path, JsonObject node)
    {
        sb.Append("#### `").Append(path).Append("`\n\n");
        if (Text(node, "description") is { } description)
        {
            sb.Append(description).Append("\n\n");
        }

        var required = node["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
        var properties = node["properties"]?.AsObject();
        if (properties is not null && properties.Count > 0)
        {
            sb.Append("| key | type | required | allowed | meaning |\n| --- | --- | --- | --- | --- |\n");
            foreach (var (key, value) in properties)
            {
                var property = value!.AsObject();
                sb.Append("| `").Append(key).Append("` | ")
                    .Append(TypeOf(property)).Append(" | ")
                    .Append(required.Contains(key) ? "yes" : "no").Append(" | ")
                    .Append(Cell(Allowed(property))).Append(" | ")
                    .Append(Cell(Text(property, "description") ?? string.Empty)).Append(" |\n");
            }

            sb.Append('\n');
        }

        var rules = Rules(node).ToArray();
        if (node["additionalProperties"] is JsonValue closed && closed.GetValue<bool>() == false)
        {
            rules = [.. rules, "no other keys (an unknown key is an error that names the nearest valid one)"];
        }

        if (rules.Length > 0)
        {
            sb.Append("Rules: ").Append(string.Join("; ", rules)).Append(".\n\n");
        }

        if (properties is null)
        {
            return;
        }

        foreach (var (key, value) in properties)
        {
            var property = value!.AsObject();
            string child = path == "(top level)" ? key : $"{path}.{key}";
            if (property["properties"] is not null)
            {
                Describe(sb, child, property);
            }
            else if (property["items"] is JsonObject items && items["properties"] is not null)
            {
                Describe(sb, child + "[]", items);
            }
        }
    }

    private static IEnumerable<string> Rules(JsonObject node)
    {
        foreach (var rule in node["allOf"]?.AsArray() ?? [])
        {
            if (rule is JsonObject r && Text(r, "$comment") is { } comment)
            {
                yield return comment;
            }
        }
    }

    private static string TypeOf(JsonObject property)
    {
        string type = Text(property, "type") ?? "any";
        if (type == "array" && property["items"] is JsonObject items)
        {
            return $"list of {(items["properties"] is not null ? "objects" : Text(items, "type") + "s")}";
        }

        if (type == "object" && property["properties"] is null && property["additionalProperties"] is JsonObject values)
        {
            return $"map of id → {Text(values, "type")}";
        }

        return type;
    }

    private static string Allowed(JsonObject property)
    {
        var parts = new List<string>();
        if (property["enum"] is JsonArray values)
        {
            parts.Add(string.Join(", ", values.Select(v => $"`{v}`")));
        }

        var c = CultureInfo.InvariantCulture;
        string? low = property["exclusiveMinimum"] is { } xl ? "(" + Number(xl) : property["minimum"] is { } l ? "[" + Number(l) : null;
        string? high = property["exclusiveMaximum"] is { } xh ? Number(xh) + ")" : property["maximum"] is { } h ? Number(h) + "]" : null;
        if (low is not null || high is not null)
        {
            parts.Add($"{low ?? "(−∞"}, {high ?? "∞)"}");
        }

        if (Text(property, "pattern") is { } pattern)
        {
            parts.Add($"matches `{pattern}`");
        }

        if (property["minItems"] is { } minItems)
        {
            parts.Add(string.Create(c, $"at least {minItems.GetValue<int>()}"));
        }

        if (property["uniqueItems"] is JsonValue unique && unique.GetValue<bool>())
        {
            parts.Add("all different");
        }

        if (property["items"] is JsonObject items && items["properties"] is null && Allowed(items) is { Length: > 0 } each)
        {
            parts.Add("each " + each);
        }

        if (property["default"] is { } fallback)
        {
            parts.Add($"default `{Number(fallback)}`");
        }

        return string.Join("; ", parts);
    }

    private static string Number(JsonNode node) => node is JsonValue value && value.TryGetValue(out double d)
        ? d.ToString("G", CultureInfo.InvariantCulture)
        : node.ToJsonString();

    private static string? Text(JsonObject node, string key) => node[key] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
