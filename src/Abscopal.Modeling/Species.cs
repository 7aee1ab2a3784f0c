namespace Abscopal.Modeling;

/// <summary>A pool of one kind of entity (cells, molecules) in a compartment.</summary>
/// <param name="Id">Unique id.</param>
/// <param name="Compartment">Id of the enclosing compartment.</param>
/// <remarks>
/// As in SBML, the symbol of a species in formulas means its concentration (amount ÷ compartment size)
/// unless <see cref="HasOnlySubstanceUnits"/> is true, when it means its amount.
/// </remarks>
public sealed record Species(string Id, string Compartment) : ModelComponent
{
    /// <summary>Initial amount in substance units, if given as an amount.</summary>
    public double? InitialAmount { get; init; }

    /// <summary>Initial concentration (amount ÷ compartment size), if given as a concentration.</summary>
    public double? InitialConcentration { get; init; }

    /// <summary>Whether the species' symbol means its amount rather than its concentration.</summary>
    public bool HasOnlySubstanceUnits { get; init; }

    /// <summary>Whether reactions leave the amount unchanged (it may still change by rules and events).</summary>
    public bool BoundaryCondition { get; init; }

    /// <summary>Whether the value never changes.</summary>
    public bool Constant { get; init; }

    /// <summary>Id of a parameter that converts reaction extent to this species' substance, if any.</summary>
    public string? ConversionFactor { get; init; }

    /// <summary>Unit id or expression of the amount (substance units), if declared.</summary>
    public string? Units { get; init; }
}
