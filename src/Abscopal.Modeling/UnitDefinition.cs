using System.Collections.Immutable;

namespace Abscopal.Modeling;

/// <summary>A named unit built from base units: (multiplier·10^scale·kind)^exponent multiplied together, as in SBML.</summary>
/// <param name="Id">Unique id.</param>
/// <param name="Factors">The base-unit factors.</param>
public sealed record UnitDefinition(string Id, ImmutableArray<UnitFactor> Factors) : ModelComponent;

/// <summary>One factor of a unit: (Multiplier·10^Scale·Kind)^Exponent.</summary>
/// <param name="Kind">SBML base unit kind (e.g. "second", "litre", "mole", "item", "dimensionless") or a defined unit id.</param>
/// <param name="Exponent">Power to which the scaled unit is raised.</param>
/// <param name="Scale">Power-of-ten prefix (−3 for milli).</param>
/// <param name="Multiplier">Further factor (86400 turns seconds into days).</param>
public sealed record UnitFactor(string Kind, double Exponent = 1, int Scale = 0, double Multiplier = 1);
