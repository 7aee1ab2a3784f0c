namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>A mapping from free keys (matching a pattern) to values of one shape, e.g. parameter overrides by id.</summary>
internal sealed class MapShape(string description, StringShape keys, Shape values) : Shape(description)
{
    public StringShape Keys { get; } = keys;

    public Shape Values { get; } = values;

    public override string Kind => "a mapping";

    public override string Allowed => $"a mapping of {Keys.Allowed} to {Values.Allowed}";
}
