namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>A list of items of one shape.</summary>
internal sealed class ArrayShape(string description, Shape items) : Shape(description)
{
    public Shape Items { get; } = items;

    public int MinItems { get; init; }

    public bool UniqueItems { get; init; }

    public override string Kind => "a list";

    public override string Allowed => (MinItems > 0 ? $"a list of at least {MinItems} item(s)" : "a list") + (Items is ObjectShape ? string.Empty : $", each {Items.Allowed}");
}
