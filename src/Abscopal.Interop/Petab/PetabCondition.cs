using System.Collections.Immutable;

namespace Abscopal.Interop.Petab;

/// <summary>A row of the condition table: values that a simulation under this condition gives model parameters, species (initial values) and compartments.</summary>
/// <param name="Id">The condition's id.</param>
/// <param name="Values">Model id → number or parameter id; a NaN number keeps the value the model (or preequilibration) gives.</param>
public sealed record PetabCondition(string Id, ImmutableDictionary<string, PetabValue> Values)
{
    /// <summary>The display name (conditionName), when given.</summary>
    public string? Name { get; init; }

    /// <summary>1-based line of the row in the condition table.</summary>
    public int Line { get; init; }
}
