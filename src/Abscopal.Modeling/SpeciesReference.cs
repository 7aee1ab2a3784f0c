using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling;

/// <summary>A reactant or product of a reaction with its stoichiometry.</summary>
/// <param name="Species">Id of the species.</param>
public sealed record SpeciesReference(string Species) : ModelComponent
{
    /// <summary>Stoichiometric coefficient (positive); null when set by a rule or initial assignment of <see cref="Id"/>.</summary>
    public double? Stoichiometry { get; init; } = 1.0;

    /// <summary>Optional id, so that rules and events can refer to the stoichiometry.</summary>
    public string? Id { get; init; }

    /// <summary>Whether the stoichiometry never changes.</summary>
    public bool Constant { get; init; } = true;

    /// <summary>SBML Level 2 stoichiometryMath, if any (a formula for the stoichiometry).</summary>
    public Expr? StoichiometryMath { get; init; }
}
