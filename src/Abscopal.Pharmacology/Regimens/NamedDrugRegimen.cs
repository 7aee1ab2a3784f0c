using System.Collections.ObjectModel;

using Abscopal.Radiobiology;

namespace Abscopal.Pharmacology.Regimens;

/// <summary>
/// A published dosing schedule: a dose given on the <see cref="DayPattern"/> offsets of every period of
/// <see cref="IntervalDays"/> days (e.g. [0, 2, 4] with 7 for three times a week), with its source.
/// </summary>
public sealed record NamedDrugRegimen
{
    private readonly double[] _pattern;

    /// <summary>Creates a named regimen.</summary>
    /// <param name="name">Short name, e.g. "pembrolizumab-200mg-q3w".</param>
    /// <param name="drug">Drug name.</param>
    /// <param name="dose">Dose per administration.</param>
    /// <param name="intervalDays">Length of one period, in days; &gt; 0.</param>
    /// <param name="periods">Number of periods the source prescribes, or null for "until progression or toxicity".</param>
    /// <param name="source">Label or paper, with "[check]" where recalled.</param>
    /// <param name="dayPattern">Dose days within each period, in days from its start; null is [0].</param>
    public NamedDrugRegimen(string name, string drug, DrugDose dose, double intervalDays, int? periods, string source, IReadOnlyList<double>? dayPattern = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(drug);
        Name = name;
        Drug = drug;
        Dose = dose;
        IntervalDays = Require.Positive(intervalDays, nameof(intervalDays));
        Periods = periods is null ? null : Require.AtLeast(periods.Value, 1, nameof(periods));
        Source = source ?? string.Empty;
        _pattern = dayPattern is null ? [0.0] : [.. dayPattern.Order()];
        DayPattern = Array.AsReadOnly(_pattern);
    }

    /// <summary>Short name.</summary>
    public string Name { get; }

    /// <summary>Drug name.</summary>
    public string Drug { get; }

    /// <summary>Dose per administration.</summary>
    public DrugDose Dose { get; }

    /// <summary>Period, in days.</summary>
    public double IntervalDays { get; }

    /// <summary>Number of periods prescribed by the source, or null when open-ended.</summary>
    public int? Periods { get; }

    /// <summary>Dose days within each period, in days.</summary>
    public ReadOnlyCollection<double> DayPattern { get; }

    /// <summary>Source of the schedule.</summary>
    public string Source { get; }

    /// <summary>The regimen starting on <paramref name="startDay"/> for <paramref name="periods"/> periods (null: the source's number, required when open-ended).</summary>
    /// <param name="startDay">Day of the first dose, in days; ≥ 0.</param>
    /// <param name="periods">Number of periods; ≥ 1, or null.</param>
    public DrugRegimen Create(double startDay, int? periods = null)
    {
        int n = periods ?? Periods ?? throw new ArgumentNullException(nameof(periods), $"{Name} is open-ended: give the number of periods.");
        Require.AtLeast(n, 1, nameof(periods));
        Require.NonNegative(startDay, nameof(startDay));
        var days = Enumerable.Range(0, n).SelectMany(k => _pattern.Select(offset => startDay + (k * IntervalDays) + offset));
        return new DrugRegimen(Drug, Dose, days);
    }
}
