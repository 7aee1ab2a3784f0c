using System.Collections.Immutable;

namespace Abscopal.Modeling;

/// <summary>A process that converts reactants into products at the rate its kinetic law gives.</summary>
/// <param name="Id">Unique id; in formulas it stands for the reaction's rate.</param>
public sealed record Reaction(string Id) : ModelComponent
{
    /// <summary>Species consumed.</summary>
    public ImmutableArray<SpeciesReference> Reactants { get; init; } = [];

    /// <summary>Species produced.</summary>
    public ImmutableArray<SpeciesReference> Products { get; init; } = [];

    /// <summary>Ids of species that affect the rate without being consumed or produced.</summary>
    public ImmutableArray<string> Modifiers { get; init; } = [];

    /// <summary>The rate, if given (a reaction without one does not proceed).</summary>
    public KineticLaw? KineticLaw { get; init; }

    /// <summary>Whether the reaction may run backwards (informational: the kinetic law gives the net rate).</summary>
    public bool Reversible { get; init; }

    /// <summary>SBML's fast flag (quasi-steady-state reaction); not supported by the compiler.</summary>
    public bool Fast { get; init; }

    /// <summary>Id of the compartment where the reaction happens, if declared.</summary>
    public string? Compartment { get; init; }
}
