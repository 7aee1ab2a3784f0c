using System.Collections.Immutable;

namespace Abscopal.Modeling.Text.Internal;

/// <summary>What path statements (is, has, notes, x.property = ...) say about one element or part of one.</summary>
internal sealed class ElementMetadata
{
    /// <summary>Display name ('is').</summary>
    public string? Name { get; set; }

    /// <summary>Source (x.source = "...").</summary>
    public string? Source { get; set; }

    /// <summary>Notes (x.notes = "..." or x notes "...").</summary>
    public string? Notes { get; set; }

    /// <summary>Units ('has').</summary>
    public UnitSyntax? Units { get; set; }

    /// <summary>Model unit properties (timeUnits, substanceUnits, volumeUnits, extentUnits) set explicitly, with their position; a null value clears the unit.</summary>
    public Dictionary<string, (string? Value, SourcePosition Position)> ModelUnits { get; } = new(StringComparer.Ordinal);

    /// <summary>Conversion factor parameter id (model or species).</summary>
    public string? ConversionFactor { get; set; }

    /// <summary>Spatial dimensions of a compartment.</summary>
    public double? SpatialDimensions { get; set; }

    /// <summary>Initial amount of a species, set explicitly.</summary>
    public double? InitialAmount { get; set; }

    /// <summary>Initial concentration of a species, set explicitly.</summary>
    public double? InitialConcentration { get; set; }

    /// <summary>Boundary condition of a species, set explicitly.</summary>
    public bool? BoundaryCondition { get; set; }

    /// <summary>Fast flag of a reaction.</summary>
    public bool? Fast { get; set; }

    /// <summary>Modifiers of a reaction, listed explicitly.</summary>
    public ImmutableArray<string>? Modifiers { get; set; }
}
