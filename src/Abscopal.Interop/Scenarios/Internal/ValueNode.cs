namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>A checked YAML value with its place in the file: a double, string, bool, list of nodes or map of nodes.</summary>
internal sealed class ValueNode(string path, int line, int column, object? value)
{
    public string Path { get; } = path;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public object? Value { get; } = value;

    /// <summary>Whether every required key and key rule of this object (not its children) was satisfied.</summary>
    public bool Complete { get; set; } = true;

    public IReadOnlyDictionary<string, ValueNode> Map => Value as Dictionary<string, ValueNode> ?? s_empty;

    public IReadOnlyList<ValueNode> List => Value as List<ValueNode> ?? [];

    public ValueNode? this[string key] => Map.GetValueOrDefault(key);

    public double? Number(string key) => this[key]?.Value as double?;

    public string? Text(string key) => this[key]?.Value as string;

    public bool? Flag(string key) => this[key]?.Value as bool?;

    private static readonly Dictionary<string, ValueNode> s_empty = [];
}
