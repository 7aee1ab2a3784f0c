using Abscopal.Modeling.Text;
using YamlDotNet.RepresentationModel;

namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>Checks a YAML tree against a <see cref="Shape"/>, collecting every error, and keeps the values that passed.</summary>
internal sealed class ShapeChecker(string fileName, List<ScenarioError> errors)
{
    public void Error(int line, int column, string path, string message) => errors.Add(new ScenarioError(fileName, line, column, path, message));

    public void Error(ValueNode at, string message) => Error(at.Line, at.Column, at.Path, message);

    /// <summary>The checked value, or null when the node is not of the shape (the error is recorded).</summary>
    public ValueNode? Check(YamlNode node, Shape shape, string path)
    {
        int line = (int)node.Start.Line;
        int column = (int)node.Start.Column;
        switch (shape)
        {
            case ObjectShape obj when node is YamlMappingNode mapping:
                return CheckObject(mapping, obj, path, line, column);
            case MapShape map when node is YamlMappingNode mapping:
                return CheckMap(mapping, map, path, line, column);
            case ArrayShape array when node is YamlSequenceNode sequence:
                return CheckArray(sequence, array, path, line, column);
            case NumberShape or StringShape or BooleanShape when node is YamlScalarNode scalar:
                return CheckScalar(scalar, shape, path, line, column);
            case ChoiceShape choice when node is YamlScalarNode:
                return Check(node, choice.Text, path);
            case ChoiceShape choice when node is YamlMappingNode:
                return Check(node, choice.Mapping, path);
            default:
                Error(line, column, path, $"expected {shape.Kind}, found {Describe(node)}");
                return null;
        }
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar => YamlScalar.Describe(YamlScalar.Resolve(scalar)),
        _ => "an unsupported node",
    };

    private static string Key(YamlNode key) => key is YamlScalarNode s ? s.Value ?? string.Empty : key.ToString();

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private ValueNode? CheckScalar(YamlScalarNode scalar, Shape shape, string path, int line, int column)
    {
        object? value = YamlScalar.Resolve(scalar);
        switch (shape)
        {
            case NumberShape number when value is double d:
                if (!number.Accepts(d))
                {
                    Error(line, column, path, $"{NumberShape.Format(d)} is out of range; allowed: {number.Allowed}");
                    return null;
                }

                return new ValueNode(path, line, column, d);
            case StringShape text when value is string s:
                if (!text.Accepts(s))
                {
                    string hint = text.Enum is null ? string.Empty : NameSuggestion.DidYouMean(s, text.Enum);
                    Error(line, column, path, $"'{s}' is not allowed{hint}; allowed: {text.Allowed}");
                    return null;
                }

                return new ValueNode(path, line, column, s);
            case BooleanShape when value is bool b:
                return new ValueNode(path, line, column, b);
            default:
                Error(line, column, path, $"expected {shape.Kind}, found {YamlScalar.Describe(value)}");
                return null;
        }
    }

    private ValueNode CheckArray(YamlSequenceNode sequence, ArrayShape array, string path, int line, int column)
    {
        var items = new List<ValueNode>();
        bool allValid = true;
        int index = 0;
        foreach (var child in sequence.Children)
        {
            var item = Check(child, array.Items, $"{path}[{index}]");
            allValid &= item is not null;
            if (item is not null)
            {
                if (array.UniqueItems && items.FirstOrDefault(i => Equals(i.Value, item.Value)) is { } twin)
                {
                    Error(item, $"{YamlScalar.Describe(item.Value)} is given twice (also at line {twin.Line}); the items must all differ");
                    allValid = false;
                }
                else
                {
                    items.Add(item);
                }
            }

            index++;
        }

        var node = new ValueNode(path, line, column, items) { Complete = allValid };
        if (sequence.Children.Count < array.MinItems)
        {
            Error(node, $"has {sequence.Children.Count} item(s); allowed: {array.Allowed}");
            node.Complete = false;
        }

        return node;
    }

    private ValueNode CheckMap(YamlMappingNode mapping, MapShape map, string path, int line, int column)
    {
        var values = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            string key = Key(keyNode);
            string childPath = Join(path, key);
            if (!map.Keys.Accepts(key))
            {
                Error((int)keyNode.Start.Line, (int)keyNode.Start.Column, childPath, $"'{key}' is not a valid key; allowed: {map.Keys.Allowed}");
                continue;
            }

            if (Check(valueNode, map.Values, childPath) is { } value)
            {
                values[key] = value;
            }
        }

        return new ValueNode(path, line, column, values);
    }

    private ValueNode CheckObject(YamlMappingNode mapping, ObjectShape obj, string path, int line, int column)
    {
        var values = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        var misspelt = new HashSet<string>(StringComparer.Ordinal);
        bool allValid = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            string key = Key(keyNode);
            string childPath = Join(path, key);
            var field = obj.Find(key);
            if (field is null)
            {
                string? nearest = NameSuggestion.Nearest(key, obj.Keys);
                string hint = nearest is null ? string.Empty : $"; did you mean '{nearest}'?";
                Error((int)keyNode.Start.Line, (int)keyNode.Start.Column, childPath, $"unknown key '{key}'{hint}; allowed keys: {string.Join(", ", obj.Keys)}");
                if (nearest is not null)
                {
                    misspelt.Add(nearest);
                }

                allValid = false;
                continue;
            }

            present.Add(key);
            if (Check(valueNode, field.Shape, childPath) is { } value)
            {
                values[key] = value;
            }
            else
            {
                allValid = false;
            }
        }

        var node = new ValueNode(path, line, column, values) { Complete = allValid };
        string where = path.Length == 0 ? "the scenario" : path;
        foreach (var field in obj.Fields.Where(f => f.Required && !present.Contains(f.Key)))
        {
            // A misspelt key already said "did you mean 'x'"; saying "missing 'x'" as well would repeat it.
            if (!misspelt.Contains(field.Key))
            {
                Error(line, column, Join(path, field.Key), $"missing required key '{field.Key}' in {where}: {field.Shape.Description} Allowed: {field.Shape.Allowed}");
            }

            node.Complete = false;
        }

        foreach (var rule in obj.Rules)
        {
            node.Complete &= CheckRule(rule, node, present, misspelt, where);
        }

        return node;
    }

    private bool CheckRule(KeyRule rule, ValueNode node, HashSet<string> present, HashSet<string> misspelt, string where)
    {
        switch (rule)
        {
            case ExactlyOneRule one:
                var given = one.Keys.Where(present.Contains).ToArray();
                if (given.Length == 1)
                {
                    return true;
                }

                if (given.Length == 0 && one.Keys.Any(misspelt.Contains))
                {
                    return false;
                }

                Error(node, given.Length == 0
                    ? $"{where} needs one of {string.Join(", ", one.Keys)}; none is given"
                    : $"{where} takes only one of {string.Join(", ", one.Keys)}; {string.Join(" and ", given)} are both given");
                return false;
            case ExcludesRule excludes when present.Contains(excludes.Key):
                var clash = excludes.Others.Where(present.Contains).ToArray();
                if (clash.Length == 0)
                {
                    return true;
                }

                Error(node[excludes.Key] ?? node, $"{excludes.Key} cannot be combined with {string.Join(", ", clash)} in {where}: {excludes.Hint}");
                return false;
            case RequiredWhenAtLeastRule needed when node.Number(needed.Key) is { } n && n >= needed.AtLeast && !present.Contains(needed.Needed):
                Error(node[needed.Key]!, $"{needed.Key} {NumberShape.Format(n)} needs {needed.Needed} (the spacing between doses) in {where}");
                return false;
            case WhenEqualsRule when_ when node.Text(when_.Key) == when_.Value:
                bool ok = true;
                foreach (string key in when_.Require.Where(k => !present.Contains(k)))
                {
                    var at = node[when_.Key]!;
                    Error(at.Line, at.Column, Join(node.Path, key), $"missing key '{key}': {where} with {when_.Key} {when_.Value} needs it");
                    ok = false;
                }

                foreach (string key in when_.Forbid.Where(present.Contains))
                {
                    Error(node[key] ?? node, $"{key} does not apply when {when_.Key} is {when_.Value}");
                    ok = false;
                }

                return ok;
            default:
                return true;
        }
    }
}
