namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>A value that is either a name (a scalar of <see cref="Text"/>) or a mapping of <see cref="Mapping"/>, e.g. a planning regimen.</summary>
internal sealed class ChoiceShape(string description, StringShape text, ObjectShape mapping) : Shape(description)
{
    public StringShape Text { get; } = text;

    public ObjectShape Mapping { get; } = mapping;

    public override string Kind => "a name or a mapping";

    public override string Allowed => $"{Text.Allowed}; or {Mapping.Allowed}";
}
