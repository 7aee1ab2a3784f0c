using System.Collections.Immutable;

namespace Abscopal.Modeling.Text.Internal;

/// <summary>Checks that unit names are base units or defined units, and turns unit definitions into SBML factors.</summary>
internal sealed class UnitResolver(ModelAssembler model, ParseErrors errors)
{
    /// <summary>Antimony's unit names that also set the model's default units (time_unit sets the time units, and so on).</summary>
    private static readonly (string UnitName, string Property)[] s_modelUnitNames =
    [
        ("time_unit", "timeUnits"), ("substance", "substanceUnits"), ("volume", "volumeUnits"), ("extent", "extentUnits"),
    ];

    /// <summary>Reports every unknown unit name: in definitions, in 'has' and in model unit properties.</summary>
    public void Check(PathResolution paths)
    {
        foreach (var unit in model.Units.Values)
        {
            CheckFactors(unit.Unit);
        }

        foreach (var metadata in paths.Metadata.Values)
        {
            if (metadata.Units is { IsFreeText: false } units)
            {
                CheckFactors(units);
            }

            foreach (var (property, (value, position)) in metadata.ModelUnits)
            {
                if (value is not null && Resolve(value) is null)
                {
                    ReportUnknown(value, position, property);
                }
            }
        }
    }

    /// <summary>The model's default unit for <paramref name="property"/> (timeUnits, ...): set explicitly, else from Antimony's time_unit/substance/volume/extent definitions.</summary>
    public string? ModelUnit(PathResolution paths, string property)
    {
        if (paths.Find(PathResolution.ModelKey)?.ModelUnits.TryGetValue(property, out var explicitUnit) == true)
        {
            return explicitUnit.Value;
        }

        var name = s_modelUnitNames.First(n => n.Property == property).UnitName;
        return model.Units.ContainsKey(name) ? name : null;
    }

    /// <summary>The SBML unit definition of <paramref name="unit"/>.</summary>
    public UnitDefinition Build(UnitDefinitionSyntax unit)
    {
        var factors = unit.Unit.Factors.Select(f =>
        {
            var (scale, multiplier) = UnitKinds.Split(f.Multiplier);
            return new UnitFactor(Resolve(f.Name) ?? f.Name, f.Exponent, scale, multiplier);
        }).ToImmutableArray();
        return new UnitDefinition(unit.Name.Text, factors.IsEmpty ? [new UnitFactor("dimensionless")] : factors);
    }

    /// <summary>The unit id a name stands for: a defined unit, else the SBML base kind it spells; null when neither.</summary>
    public string? Resolve(string name) => model.Units.ContainsKey(name) ? name : UnitKinds.Normalize(name);

    private void CheckFactors(UnitSyntax unit)
    {
        foreach (var factor in unit.Factors)
        {
            if (Resolve(factor.Name) is null)
            {
                ReportUnknown(factor.Name, factor.Position, null);
            }
        }
    }

    private void ReportUnknown(string name, SourcePosition position, string? property)
    {
        var candidates = model.Units.Keys.Concat(UnitKinds.BaseKinds);
        var where = property is null ? string.Empty : $" for '{property}'";
        errors.Add(position, $"unknown unit '{name}'{where}{NameSuggestion.DidYouMean(name, candidates)} (define it with 'unit {name} = ...', or quote free text after 'has')");
    }
}
