using System.Text.Json.Nodes;

namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>Writes a <see cref="Shape"/> as JSON Schema (draft 2020-12).</summary>
internal static class SchemaWriter
{
    public static JsonObject Write(Shape shape) => shape switch
    {
        ObjectShape obj => Object(obj),
        MapShape map => new JsonObject
        {
            ["description"] = map.Description,
            ["type"] = "object",
            ["propertyNames"] = Write(map.Keys),
            ["additionalProperties"] = Write(map.Values),
        },
        ArrayShape array => Array(array),
        NumberShape number => Number(number),
        StringShape text => Text(text),
        BooleanShape flag => Boolean(flag),
        ChoiceShape choice => new JsonObject
        {
            ["description"] = choice.Description,
            ["anyOf"] = new JsonArray(Write(choice.Text), Write(choice.Mapping)),
        },
        _ => throw new ArgumentException($"No schema for {shape.GetType().Name}.", nameof(shape)),
    };

    private static JsonObject Object(ObjectShape obj)
    {
        var properties = new JsonObject();
        foreach (var field in obj.Fields)
        {
            properties[field.Key] = Write(field.Shape);
        }

        var schema = new JsonObject
        {
            ["description"] = obj.Description,
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
        var required = obj.Fields.Where(f => f.Required).Select(f => (JsonNode)f.Key).ToArray();
        if (required.Length > 0)
        {
            schema["required"] = new JsonArray(required);
        }

        var rules = obj.Rules.Select(Rule).ToArray();
        if (rules.Length > 0)
        {
            schema["allOf"] = new JsonArray(rules);
        }

        return schema;
    }

    private static JsonNode Rule(KeyRule rule) => rule switch
    {
        ExactlyOneRule one => new JsonObject
        {
            ["$comment"] = one.Words,
            ["oneOf"] = new JsonArray([.. one.Keys.Select(k => (JsonNode)Required(k))]),
        },
        ExcludesRule excludes => new JsonObject
        {
            ["$comment"] = excludes.Words,
            ["if"] = Required(excludes.Key),
            ["then"] = new JsonObject { ["not"] = new JsonObject { ["anyOf"] = new JsonArray([.. excludes.Others.Select(k => (JsonNode)Required(k))]) } },
        },
        RequiredWhenAtLeastRule needed => new JsonObject
        {
            ["$comment"] = needed.Words,
            ["if"] = new JsonObject
            {
                ["required"] = new JsonArray(needed.Key),
                ["properties"] = new JsonObject { [needed.Key] = new JsonObject { ["minimum"] = needed.AtLeast } },
            },
            ["then"] = Required(needed.Needed),
        },
        WhenEqualsRule conditional => WhenEquals(conditional),
        _ => throw new ArgumentException($"No schema for {rule.GetType().Name}.", nameof(rule)),
    };

    private static JsonObject WhenEquals(WhenEqualsRule when)
    {
        var then = new JsonObject();
        if (when.Require.Count > 0)
        {
            then["required"] = new JsonArray([.. when.Require.Select(k => (JsonNode)k)]);
        }

        if (when.Forbid.Count > 0)
        {
            then["not"] = new JsonObject { ["anyOf"] = new JsonArray([.. when.Forbid.Select(k => (JsonNode)Required(k))]) };
        }

        return new JsonObject
        {
            ["$comment"] = when.Words,
            ["if"] = new JsonObject
            {
                ["required"] = new JsonArray(when.Key),
                ["properties"] = new JsonObject { [when.Key] = new JsonObject { ["const"] = when.Value } },
            },
            ["then"] = then,
        };
    }

    private static JsonObject Required(string key) => new() { ["required"] = new JsonArray(key) };

    private static JsonObject Array(ArrayShape array)
    {
        var schema = new JsonObject { ["description"] = array.Description, ["type"] = "array", ["items"] = Write(array.Items) };
        if (array.MinItems > 0)
        {
            schema["minItems"] = array.MinItems;
        }

        if (array.UniqueItems)
        {
            schema["uniqueItems"] = true;
        }

        return schema;
    }

    private static JsonObject Number(NumberShape number)
    {
        var schema = new JsonObject { ["description"] = Described(number.Description, number.Unit), ["type"] = number.Integer ? "integer" : "number" };
        if (number.Minimum is { } min)
        {
            schema[number.MinimumExclusive ? "exclusiveMinimum" : "minimum"] = min;
        }

        if (number.Maximum is { } max)
        {
            schema["maximum"] = max;
        }

        if (number.Default is { } value)
        {
            schema["default"] = value;
        }

        return schema;
    }

    private static JsonObject Text(StringShape text)
    {
        var schema = new JsonObject { ["description"] = text.Description, ["type"] = "string", ["minLength"] = 1 };
        if (text.Enum is not null)
        {
            schema["enum"] = new JsonArray([.. text.Enum.Select(e => (JsonNode)e)]);
        }

        if (text.Pattern is not null)
        {
            schema["pattern"] = text.Pattern;
        }

        return schema;
    }

    private static JsonObject Boolean(BooleanShape flag)
    {
        var schema = new JsonObject { ["description"] = flag.Description, ["type"] = "boolean" };
        if (flag.Default is { } value)
        {
            schema["default"] = value;
        }

        return schema;
    }

    private static string Described(string description, string unit) => unit.Length == 0 ? description : $"{description} Unit: {unit}.";
}
