using System.Globalization;

namespace Abscopal.Planning.Sensitivity;

/// <summary>One input varied in a global sensitivity study: what it sets, its range [low, high] and its scale (immutable).</summary>
/// <remarks>
/// Every method samples the unit hypercube [0, 1]^k; <see cref="ValueAt"/> maps a coordinate u onto the factor's range, which
/// makes each factor independent and uniform (or log-uniform) on its range, the input distribution the indices refer to.
/// </remarks>
public sealed record SensitivityFactor
{
    private SensitivityFactor(string name, FactorKind kind, string? id, int index, double low, double high, FactorScale scale)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!double.IsFinite(low) || !double.IsFinite(high) || !(low < high))
        {
            throw new ArgumentOutOfRangeException(nameof(high), high, string.Create(CultureInfo.InvariantCulture, $"{name}: the range needs finite low < high; got [{low}, {high}]."));
        }

        if (scale == FactorScale.Logarithmic && !(low > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(low), low, string.Create(CultureInfo.InvariantCulture, $"{name}: a log-scale range needs low > 0; got {low}."));
        }

        Name = name;
        Kind = kind;
        Id = id;
        Index = index;
        Low = low;
        High = high;
        Scale = scale;
    }

    /// <summary>Name shown in tables and plots (the parameter id, or e.g. "radiotherapy[0].dose_per_fraction_gy").</summary>
    public string Name { get; }

    /// <summary>What the factor sets.</summary>
    public FactorKind Kind { get; }

    /// <summary>The parameter or state id, for <see cref="FactorKind.Parameter"/> and <see cref="FactorKind.InitialValue"/>; else null.</summary>
    public string? Id { get; }

    /// <summary>The radiotherapy course or drug regimen index in the plan (from 0), for the treatment kinds; else −1.</summary>
    public int Index { get; }

    /// <summary>Lower end of the range, in the factor's units.</summary>
    public double Low { get; }

    /// <summary>Upper end of the range, in the factor's units.</summary>
    public double High { get; }

    /// <summary>How the range is sampled.</summary>
    public FactorScale Scale { get; }

    /// <summary>A model parameter varied over [low, high], in the model's units.</summary>
    public static SensitivityFactor Parameter(string id, double low, double high, FactorScale scale = FactorScale.Linear)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new(id, FactorKind.Parameter, id, -1, low, high, scale);
    }

    /// <summary>The initial value of a state varied over [low, high] (≥ 0), in the state's units.</summary>
    public static SensitivityFactor InitialValue(string id, double low, double high, FactorScale scale = FactorScale.Linear)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentOutOfRangeException.ThrowIfNegative(low);
        return new($"initial.{id}", FactorKind.InitialValue, id, -1, low, high, scale);
    }

    /// <summary>The dose per fraction of radiotherapy course <paramref name="course"/> (from 0) varied over [low, high] Gy, low &gt; 0.</summary>
    public static SensitivityFactor RadiotherapyDosePerFraction(int course, double lowGy, double highGy, FactorScale scale = FactorScale.Linear)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(course);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lowGy);
        return new($"radiotherapy[{course}].dose_per_fraction_gy", FactorKind.RadiotherapyDosePerFraction, null, course, lowGy, highGy, scale);
    }

    /// <summary>The first-dose day of drug regimen <paramref name="regimen"/> (from 0) varied over [low, high] days, low ≥ 0.</summary>
    public static SensitivityFactor DrugStartDay(int regimen, double lowDay, double highDay)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(regimen);
        ArgumentOutOfRangeException.ThrowIfNegative(lowDay);
        return new($"drugs[{regimen}].start_day", FactorKind.DrugStartDay, null, regimen, lowDay, highDay, FactorScale.Linear);
    }

    /// <summary>The factor's value at unit coordinate <paramref name="u"/> in [0, 1]: low + u·(high − low), or low·(high/low)^u on a log scale.</summary>
    public double ValueAt(double u) => Scale == FactorScale.Logarithmic
        ? Math.Min(High, Low * Math.Exp(u * Math.Log(High / Low)))
        : Low + (u * (High - Low));
}
