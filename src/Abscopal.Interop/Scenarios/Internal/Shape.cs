namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>What a YAML value may be: the one description from which both the reader's checks and the JSON Schema come.</summary>
internal abstract class Shape
{
    protected Shape(string description) => Description = description;

    /// <summary>What the value means, with its unit.</summary>
    public string Description { get; }

    /// <summary>"a number", "a list", ... for type-mismatch messages.</summary>
    public abstract string Kind { get; }

    /// <summary>What is allowed, in words, for range and enum messages and the reference docs.</summary>
    public abstract string Allowed { get; }
}
