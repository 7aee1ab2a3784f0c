namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>true or false.</summary>
internal sealed class BooleanShape(string description) : Shape(description)
{
    public bool? Default { get; init; }

    public override string Kind => "true or false";

    public override string Allowed => "true or false";
}
