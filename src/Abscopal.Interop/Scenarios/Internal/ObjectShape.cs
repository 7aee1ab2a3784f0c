namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>A mapping with a fixed set of keys, and rules about which of them go together.</summary>
internal sealed class ObjectShape(string description, IReadOnlyList<Field> fields, IReadOnlyList<KeyRule>? rules = null) : Shape(description)
{
    public IReadOnlyList<Field> Fields { get; } = fields;

    public IReadOnlyList<KeyRule> Rules { get; } = rules ?? [];

    public IEnumerable<string> Keys => Fields.Select(f => f.Key);

    public override string Kind => "a mapping";

    public override string Allowed => "a mapping with keys " + string.Join(", ", Keys);

    public Field? Find(string key) => Fields.FirstOrDefault(f => f.Key == key);
}
