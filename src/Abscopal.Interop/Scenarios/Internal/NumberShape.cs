using System.Globalization;

namespace Abscopal.Interop.Scenarios.Internal;

/// <summary>A finite number (or integer) in an interval.</summary>
internal sealed class NumberShape(string description) : Shape(description)
{
    public double? Minimum { get; init; }

    public bool MinimumExclusive { get; init; }

    public double? Maximum { get; init; }

    public bool Integer { get; init; }

    public string Unit { get; init; } = string.Empty;

    public double? Default { get; init; }

    public override string Kind => Integer ? "an integer" : "a number";

    public override string Allowed
    {
        get
        {
            string kind = Integer ? "integer" : "number";
            string low = Minimum is null ? "(-∞" : (MinimumExclusive ? "(" : "[") + Format(Minimum.Value);
            string high = Maximum is null ? "+∞)" : Format(Maximum.Value) + "]";
            string unit = Unit.Length == 0 ? string.Empty : " " + Unit;
            return Minimum is null && Maximum is null ? $"any finite {kind}" : $"{kind} in {low}, {high}{unit}";
        }
    }

    public bool Accepts(double value) =>
        double.IsFinite(value)
        && (!Integer || Math.Floor(value) == value)
        && (Minimum is null || (MinimumExclusive ? value > Minimum : value >= Minimum))
        && (Maximum is null || value <= Maximum);

    /// <summary>The number as a scenario file would write it (YAML's .inf, -.inf and .nan for the non-finite ones).</summary>
    public static string Format(double value) => value switch
    {
        double.PositiveInfinity => ".inf",
        double.NegativeInfinity => "-.inf",
        _ when double.IsNaN(value) => ".nan",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}
