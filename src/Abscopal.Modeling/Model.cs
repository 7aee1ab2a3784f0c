using System.Collections.Immutable;

namespace Abscopal.Modeling;

/// <summary>A model as data: the intermediate representation every model (built in C#, parsed from text, imported from SBML) becomes.</summary>
/// <remarks>
/// It holds what SBML Level 3 core holds, with SBML's meaning: compartments, species (amount or
/// concentration), parameters, initial assignments, rules, reactions, events, function definitions and
/// units. Build one with <see cref="ModelBuilder"/>, which validates it; compile it with
/// <c>ModelCompiler</c>.
/// </remarks>
/// <param name="Id">The model's id.</param>
public sealed record Model(string Id) : ModelComponent
{
    /// <summary>User-defined functions.</summary>
    public ImmutableArray<FunctionDefinition> Functions { get; init; } = [];

    /// <summary>Unit definitions.</summary>
    public ImmutableArray<UnitDefinition> UnitDefinitions { get; init; } = [];

    /// <summary>Compartments, in declaration order.</summary>
    public ImmutableArray<Compartment> Compartments { get; init; } = [];

    /// <summary>Species, in declaration order.</summary>
    public ImmutableArray<Species> Species { get; init; } = [];

    /// <summary>Parameters, in declaration order.</summary>
    public ImmutableArray<Parameter> Parameters { get; init; } = [];

    /// <summary>Initial assignments.</summary>
    public ImmutableArray<InitialAssignment> InitialAssignments { get; init; } = [];

    /// <summary>Assignment, rate and algebraic rules, in declaration order.</summary>
    public ImmutableArray<Rule> Rules { get; init; } = [];

    /// <summary>Reactions.</summary>
    public ImmutableArray<Reaction> Reactions { get; init; } = [];

    /// <summary>Events, in declaration order (the order of execution among equal priorities).</summary>
    public ImmutableArray<ModelEvent> Events { get; init; } = [];

    /// <summary>Unit of time (e.g. "day"), if declared.</summary>
    public string? TimeUnits { get; init; }

    /// <summary>Default unit of substance, if declared.</summary>
    public string? SubstanceUnits { get; init; }

    /// <summary>Default unit of volume, if declared.</summary>
    public string? VolumeUnits { get; init; }

    /// <summary>Unit of reaction extent, if declared.</summary>
    public string? ExtentUnits { get; init; }

    /// <summary>Id of a parameter converting extent to substance for species without their own factor, if any.</summary>
    public string? ConversionFactor { get; init; }

    /// <summary>The compartment, species, parameter, reaction or species reference with this id, or null.</summary>
    public ModelComponent? Find(string id)
    {
        foreach (var c in Compartments)
        {
            if (c.Id == id)
            {
                return c;
            }
        }

        foreach (var s in Species)
        {
            if (s.Id == id)
            {
                return s;
            }
        }

        foreach (var p in Parameters)
        {
            if (p.Id == id)
            {
                return p;
            }
        }

        foreach (var r in Reactions)
        {
            if (r.Id == id)
            {
                return r;
            }

            foreach (var sr in r.Reactants.Concat(r.Products))
            {
                if (sr.Id == id)
                {
                    return sr;
                }
            }
        }

        return null;
    }
}
