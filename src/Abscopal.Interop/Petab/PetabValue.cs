using System.Globalization;
using Abscopal.Interop.Petab.Internal;

namespace Abscopal.Interop.Petab;

/// <summary>A table entry that is either a number or the id of a parameter of the parameter table (or the model).</summary>
/// <param name="Number">The number; NaN when the entry is a parameter id or empty.</param>
/// <param name="ParameterId">The parameter's id; null when the entry is a number.</param>
public readonly record struct PetabValue(double Number, string? ParameterId)
{
    /// <summary>The value of a number entry.</summary>
    public static PetabValue Of(double number) => new(number, null);

    /// <summary>The value of an entry that names a parameter.</summary>
    public static PetabValue Parameter(string id) => new(double.NaN, id);

    /// <summary>True when the entry is a number (NaN included: PEtab's "keep the current value").</summary>
    public bool IsNumber => ParameterId is null;

    /// <summary>Reads an entry: a number in invariant culture ("inf", "nan" allowed, any case), else a parameter id; null when <paramref name="text"/> is not an id either.</summary>
    public static PetabValue? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (TryParseNumber(t, out double number))
        {
            return Of(number);
        }

        return PetabId.IsValid(t) ? Parameter(t) : null;
    }

    /// <summary>Reads a number in invariant culture, with "inf", "-inf" and "nan" in any case.</summary>
    internal static bool TryParseNumber(string text, out double number)
    {
        switch (text.ToLowerInvariant())
        {
            case "inf" or "+inf" or "infinity":
                number = double.PositiveInfinity;
                return true;
            case "-inf" or "-infinity":
                number = double.NegativeInfinity;
                return true;
            case "nan":
                number = double.NaN;
                return true;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    /// <inheritdoc/>
    public override string ToString() => ParameterId ?? Number.ToString("R", CultureInfo.InvariantCulture);
}
