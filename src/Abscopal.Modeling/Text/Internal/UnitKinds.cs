using System.Collections.Frozen;
using System.Globalization;

namespace Abscopal.Modeling.Text.Internal;

/// <summary>The SBML Level 3 base units, with the spellings Antimony accepts for them (plural 's', liter and meter).</summary>
internal static class UnitKinds
{
    private static readonly FrozenSet<string> s_baseKinds = FrozenSet.ToFrozenSet(
    [
        "ampere", "avogadro", "becquerel", "candela", "coulomb", "dimensionless", "farad", "gram", "gray", "henry",
        "hertz", "item", "joule", "katal", "kelvin", "kilogram", "litre", "lumen", "lux", "metre", "mole", "newton",
        "ohm", "pascal", "radian", "second", "siemens", "sievert", "steradian", "tesla", "volt", "watt", "weber",
    ], StringComparer.Ordinal);

    /// <summary>The base unit names, for suggestions.</summary>
    public static IEnumerable<string> BaseKinds => s_baseKinds;

    /// <summary>The SBML base kind <paramref name="name"/> stands for ("seconds" → "second", "liter" → "litre"), or null.</summary>
    public static string? Normalize(string name)
    {
        if (s_baseKinds.Contains(name))
        {
            return name;
        }

        var spelt = name switch
        {
            "liter" => "litre",
            "meter" => "metre",
            _ => null,
        };
        if (spelt is not null)
        {
            return spelt;
        }

        return name.Length > 1 && name[^1] == 's' && name[..^1] is var singular && singular != name ? Normalize(singular) : null;
    }

    /// <summary>Splits a multiplier written before a unit into SBML's scale and multiplier: exact powers of ten (1e-3, 1000) become a scale.</summary>
    public static (int Scale, double Multiplier) Split(double multiplier)
    {
        if (multiplier > 0 && double.IsFinite(multiplier))
        {
            var exponent = (int)Math.Round(Math.Log10(multiplier));
            if (exponent != 0 && Math.Abs(exponent) <= 300
                && double.Parse($"1e{exponent}", NumberStyles.Float, CultureInfo.InvariantCulture) == multiplier)
            {
                return (exponent, 1.0);
            }
        }

        return (0, multiplier);
    }
}
