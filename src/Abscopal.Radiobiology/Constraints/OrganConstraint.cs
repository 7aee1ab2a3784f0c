namespace Abscopal.Radiobiology.Constraints;

/// <summary>A published normal-tissue dose limit for one organ and a range of fraction numbers, with its source.</summary>
public sealed record OrganConstraint
{
    /// <summary>Creates a constraint.</summary>
    /// <param name="organ">Organ key, e.g. "spinal-cord".</param>
    /// <param name="minFractions">Smallest number of fractions the limit applies to; ≥ 1.</param>
    /// <param name="maxFractions">Largest number of fractions the limit applies to; ≥ <paramref name="minFractions"/>.</param>
    /// <param name="metric">The dose-volume metric, e.g. "Dmax (0.035 cc)", "Dmean", "V20Gy".</param>
    /// <param name="limit">The limit, in <paramref name="unit"/>; finite and ≥ 0.</param>
    /// <param name="unit">Gy or percent of the organ volume.</param>
    /// <param name="endpoint">The toxicity the limit guards against.</param>
    /// <param name="source">Author, year, table; "[check]" marks a value recalled, not read in the source.</param>
    public OrganConstraint(string organ, int minFractions, int maxFractions, string metric, double limit, ConstraintUnit unit, string endpoint, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organ);
        ArgumentException.ThrowIfNullOrWhiteSpace(metric);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Organ = organ;
        MinFractions = Require.AtLeast(minFractions, 1, nameof(minFractions));
        MaxFractions = Require.AtLeast(maxFractions, minFractions, nameof(maxFractions));
        Metric = metric;
        Limit = Require.NonNegative(limit, nameof(limit));
        Unit = Enum.IsDefined(unit) ? unit : throw Require.OutOfRange(nameof(unit), unit, "Gy or PercentVolume");
        Endpoint = endpoint ?? string.Empty;
        Source = source;
    }

    /// <summary>Organ key, lower case with hyphens (e.g. "spinal-cord").</summary>
    public string Organ { get; }

    /// <summary>Smallest number of fractions the limit applies to.</summary>
    public int MinFractions { get; }

    /// <summary>Largest number of fractions the limit applies to.</summary>
    public int MaxFractions { get; }

    /// <summary>The dose-volume metric the limit applies to.</summary>
    public string Metric { get; }

    /// <summary>The limit, in <see cref="Unit"/> (Gy or % volume).</summary>
    public double Limit { get; }

    /// <summary>Whether <see cref="Limit"/> is a dose in Gy or a percent volume.</summary>
    public ConstraintUnit Unit { get; }

    /// <summary>The toxicity endpoint the limit guards against.</summary>
    public string Endpoint { get; }

    /// <summary>Published source (author, year, table); contains "[check]" when the value was recalled rather than read.</summary>
    public string Source { get; }

    /// <summary>Whether the value still awaits confirmation in its source.</summary>
    public bool NeedsCheck => Source.Contains("[check]", StringComparison.Ordinal);

    /// <summary>Whether the limit applies to a course of <paramref name="fractions"/> fractions.</summary>
    public bool AppliesTo(int fractions) => fractions >= MinFractions && fractions <= MaxFractions;

    /// <summary>Tests a planned value of <see cref="Metric"/>, in <see cref="Unit"/>, against the limit.</summary>
    /// <param name="plannedValue">The plan's value, in Gy or % volume; finite and ≥ 0.</param>
    public ConstraintCheck Check(double plannedValue)
    {
        Require.NonNegative(plannedValue, nameof(plannedValue));
        return new ConstraintCheck(this, plannedValue, plannedValue <= Limit, Limit - plannedValue);
    }
}
