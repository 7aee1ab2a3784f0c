using System.Collections.ObjectModel;
using System.Globalization;
using Abscopal.Pharmacology.Kinetics;

using Abscopal.Radiobiology;

namespace Abscopal.Pharmacology.Regimens;

/// <summary>A drug given at a dose on regularly spaced days (a number of cycles) or on explicit days, counted from the plan's day 0.</summary>
public sealed record DrugRegimen
{
    private readonly double[] _days;

    /// <summary>Creates a regular regimen: one dose every <paramref name="intervalDays"/> days for <paramref name="cycles"/> cycles.</summary>
    /// <param name="drug">Drug name (see Drugs.DrugLibrary).</param>
    /// <param name="dose">Dose per administration.</param>
    /// <param name="startDay">Day of the first dose, in days; ≥ 0.</param>
    /// <param name="intervalDays">Days between doses; &gt; 0.</param>
    /// <param name="cycles">Number of doses; ≥ 1.</param>
    public DrugRegimen(string drug, DrugDose dose, double startDay, double intervalDays, int cycles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(drug);
        Drug = drug;
        Dose = dose;
        StartDay = Require.NonNegative(startDay, nameof(startDay));
        IntervalDays = Require.Positive(intervalDays, nameof(intervalDays));
        Cycles = Require.AtLeast(cycles, 1, nameof(cycles));
        _days = Enumerable.Range(0, cycles).Select(k => startDay + (k * intervalDays)).ToArray();
        Days = Array.AsReadOnly(_days);
    }

    /// <summary>Creates a regimen with one dose on each of <paramref name="days"/>.</summary>
    /// <param name="drug">Drug name.</param>
    /// <param name="dose">Dose per administration.</param>
    /// <param name="days">Dose days, in days from day 0; each finite and ≥ 0, at least one, no two equal.</param>
    public DrugRegimen(string drug, DrugDose dose, IEnumerable<double> days)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(drug);
        ArgumentNullException.ThrowIfNull(days);
        double[] sorted = [.. days.Order()];
        foreach (double day in sorted)
        {
            Require.NonNegative(day, nameof(days));
        }

        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] == sorted[i - 1])
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Day {sorted[i]} is given twice."), nameof(days));
            }
        }

        Drug = drug;
        Dose = dose;
        Cycles = Require.AtLeast(sorted.Length, 1, nameof(days));
        StartDay = sorted[0];
        IntervalDays = sorted.Length > 1 ? sorted[1] - sorted[0] : 1;
        ExplicitDays = true;
        _days = sorted;
        Days = Array.AsReadOnly(_days);
    }

    /// <summary>Drug name.</summary>
    public string Drug { get; }

    /// <summary>Dose per administration (mg or mg/kg).</summary>
    public DrugDose Dose { get; }

    /// <summary>Day of the first dose, in days.</summary>
    public double StartDay { get; }

    /// <summary>Interval between doses, in days (for explicit days, the first gap).</summary>
    public double IntervalDays { get; }

    /// <summary>Number of doses.</summary>
    public int Cycles { get; }

    /// <summary>Whether the days were given explicitly.</summary>
    public bool ExplicitDays { get; }

    /// <summary>Dose days, sorted, in days from day 0.</summary>
    public ReadOnlyCollection<double> Days { get; }

    /// <summary>The doses as IV infusions for a patient of <paramref name="weightKg"/> kg, each lasting <paramref name="infusionDays"/> days (0 = bolus).</summary>
    /// <param name="weightKg">Body weight, in kg; &gt; 0.</param>
    /// <param name="infusionDays">Infusion duration, in days; ≥ 0.</param>
    public IReadOnlyList<Infusion> ToInfusions(double weightKg, double infusionDays)
    {
        double mg = Dose.MgFor(weightKg);
        return _days.Select(d => new Infusion(d, mg, infusionDays)).ToArray();
    }
}
