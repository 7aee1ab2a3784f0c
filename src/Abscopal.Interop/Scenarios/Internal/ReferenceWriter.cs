using System.Text;

namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>Writes the key tables as Markdown, one table per object, for the key reference in docs/scenarios.md.</summary>
internal static class ReferenceWriter
{
    public static string Markdown()
    {
        var text = new StringBuilder();
        Write(text, "(top level)", ScenarioShapes.Root);
        return text.ToString();
    }

    private static void Write(StringBuilder text, string path, ObjectShape obj)
    {
        text.Append("### `").Append(path).Append("`\n\n").Append(obj.Description).Append("\n\n");
        text.Append("| key | required | allowed | meaning |\n| --- | --- | --- | --- |\n");
        var children = new List<(string Path, ObjectShape Shape)>();
        foreach (var field in obj.Fields)
        {
            string childPath = path == "(top level)" ? field.Key : $"{path}.{field.Key}";
            string allowed = field.Shape switch
            {
                ObjectShape => "mapping (below)",
                ArrayShape { Items: ObjectShape } array => $"list of mappings (below){(array.MinItems > 0 ? $", at least {array.MinItems}" : string.Empty)}",
                _ => field.Shape.Allowed,
            };
            text.Append("| `").Append(field.Key).Append("` | ").Append(field.Required ? "yes" : "no").Append(" | ")
                .Append(Escape(allowed)).Append(" | ").Append(Escape(field.Shape.Description)).Append(" |\n");
            if (field.Shape is ObjectShape child)
            {
                children.Add((childPath, child));
            }
            else if (field.Shape is ArrayShape { Items: ObjectShape item })
            {
                children.Add((childPath + "[i]", item));
            }
        }

        if (obj.Rules.Count > 0)
        {
            text.Append("\nRules: ").Append(string.Join("; ", obj.Rules.Select(r => r.Words))).Append(".\n");
        }

        text.Append('\n');
        foreach (var (childPath, child) in children)
        {
            Write(text, childPath, child);
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
