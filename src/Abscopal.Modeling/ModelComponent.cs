namespace Abscopal.Modeling;

/// <summary>What every part of a model carries: a display name and where its value or form comes from.</summary>
public abstract record ModelComponent
{
    /// <summary>Human-readable name, if any.</summary>
    public string? Name { get; init; }

    /// <summary>Where the value or formula comes from (paper and table/figure), or "assumed: reason".</summary>
    public string? Source { get; init; }

    /// <summary>Free-text notes.</summary>
    public string? Notes { get; init; }
}
