namespace Abscopal.Modeling;

/// <summary>A well-mixed volume (or area, line) that holds species.</summary>
/// <param name="Id">Unique id.</param>
public sealed record Compartment(string Id) : ModelComponent
{
    /// <summary>Initial size in <see cref="Units"/> (volume unless <see cref="SpatialDimensions"/> says otherwise); null when set by a rule or initial assignment.</summary>
    public double? Size { get; init; }

    /// <summary>Whether the size never changes during a simulation.</summary>
    public bool Constant { get; init; } = true;

    /// <summary>Number of spatial dimensions (3 for a volume); SBML allows 0–3 and non-integer values.</summary>
    public double SpatialDimensions { get; init; } = 3;

    /// <summary>Unit id or unit expression of the size, if declared.</summary>
    public string? Units { get; init; }
}
