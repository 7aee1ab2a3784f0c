using Abscopal.Modeling;

namespace Abscopal.Models.Library.Published;

/// <summary>Unit definitions the published models share, so their unit expressions ("1/(cell*day)") are defined SBML units.</summary>
internal static class CommonUnits
{
    /// <summary>Adds the units day (86400 s) and cell (one item) to the builder.</summary>
    public static ModelBuilder AddDayAndCell(this ModelBuilder builder) => builder
        .Add(new UnitDefinition("day", [new UnitFactor("second", Multiplier: 86400)]))
        .Add(new UnitDefinition("cell", [new UnitFactor("item")]));
}
