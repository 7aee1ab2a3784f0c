using System.Collections.Immutable;
using System.Globalization;
using Abscopal.Models.Patients;
using Abscopal.Simulation;
using Abscopal.Simulation.Readouts;

namespace Abscopal.Planning.Sensitivity;

/// <summary>A scalar read-out of one simulation, chosen by name (e.g. <c>final_tumour_burden_mm3</c>), whose sensitivity a study measures.</summary>
/// <remarks>
/// RECIST read-outs treat every output time as an assessment (Eisenhauer et al. 2009, doi:10.1016/j.ejca.2008.10.026), with
/// the sphere diameter (6V/π)^(1/3) of each lesion as its longest diameter (<see cref="Abscopal.Models.Patients.LesionGeometry"/>).
/// </remarks>
public sealed class SensitivityOutcome
{
    private const string VolumePrefix = "volume_mm3:";

    private readonly Func<PatientSimulation, double> _evaluate;

    private SensitivityOutcome(string name, string unit, string description, Func<PatientSimulation, double> evaluate)
    {
        Name = name;
        Unit = unit;
        Description = description;
        _evaluate = evaluate;
    }

    /// <summary>The outcome names accepted by <see cref="Parse"/>; <c>volume_mm3:LESION:DAY</c> stands for any lesion id and day.</summary>
    public static ImmutableArray<string> Names { get; } =
    [
        "final_tumour_burden_mm3",
        "sum_diameter_change_percent",
        "abscopal_best_change_percent",
        "alc_nadir_per_uL",
        "time_to_progression_days",
        "objective_response",
        "volume_mm3:LESION:DAY",
    ];

    /// <summary>The name, as given to <see cref="Parse"/>.</summary>
    public string Name { get; }

    /// <summary>Unit of the value ("mm³", "%", "cells/µL", "days", or "1" for 0/1 indicators).</summary>
    public string Unit { get; }

    /// <summary>One sentence saying what the value is.</summary>
    public string Description { get; }

    /// <summary>The outcome called <paramref name="name"/> (one of <see cref="Names"/>).</summary>
    /// <exception cref="ArgumentException">The name is unknown or malformed; the message lists the allowed names.</exception>
    public static SensitivityOutcome Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        switch (name)
        {
            case "final_tumour_burden_mm3":
                return new(name, "mm³", "Sum of all lesion volumes at the end of the simulation.", FinalBurden);
            case "sum_diameter_change_percent":
                return new(name, "%", "Best (most negative) change of the RECIST sum of diameters from baseline, all lesions.", s => BestChange(Recist.Evaluate(s.Times, Series(s))));
            case "abscopal_best_change_percent":
                return new(name, "%", "Best change of the sum of diameters from baseline over the non-irradiated lesions only (needs an irradiated lesion too).", AbscopalChange);
            case "alc_nadir_per_uL":
                return new(name, "cells/µL", "Lowest absolute lymphocyte count over the simulation.", AlcNadir);
            case "time_to_progression_days":
                return new(name, "days", "Days to RECIST progression; the simulated span when no progression occurs (censored at the end).", Progression);
            case "objective_response":
                return new(name, "1", "1 when the best overall RECIST response is CR or PR, else 0.", ObjectiveResponse);
        }

        if (name.StartsWith(VolumePrefix, StringComparison.Ordinal))
        {
            var parts = name[VolumePrefix.Length..].Split(':');
            if (parts.Length == 2 && parts[0].Length > 0
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double day) && double.IsFinite(day) && day >= 0)
            {
                string lesion = parts[0];
                return new(name, "mm³", string.Create(CultureInfo.InvariantCulture, $"Volume of lesion {lesion} on day {day} (linear between output times)."), s => VolumeAt(s, lesion, day));
            }

            throw new ArgumentException($"outcome '{name}': write volume_mm3:LESION:DAY with a lesion id and a day ≥ 0, e.g. volume_mm3:tumor:30.", nameof(name));
        }

        throw new ArgumentException($"unknown outcome '{name}'; allowed: {string.Join(", ", Names)}.", nameof(name));
    }

    /// <summary>The outcome's value for one simulation, in <see cref="Unit"/>.</summary>
    /// <exception cref="ArgumentException">The outcome is not defined for this simulation (no lymphocyte count, no such lesion, every lesion irradiated, day beyond the span).</exception>
    public double Evaluate(PatientSimulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        return _evaluate(simulation);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static ImmutableArray<LesionTrajectory> Lesions(PatientSimulation s) =>
        s.Lesions.IsEmpty
            ? throw new ArgumentException($"model '{s.ModelId}' has no tumour volume (a state TV, tumor_volume or V, or built-in lesions); this outcome needs one.")
            : s.Lesions;

    private static LesionSeries[] Series(PatientSimulation s) =>
        [.. Lesions(s).Select(l => LesionSeries.FromVolumes(l.Id, l.VolumeMm3, l.Irradiated, l.Site == AnatomicSite.LymphNode))];

    private static double FinalBurden(PatientSimulation s)
    {
        double sum = 0;
        foreach (var lesion in Lesions(s))
        {
            sum += lesion.VolumeMm3[^1];
        }

        return sum;
    }

    private static double BestChange(RecistEvaluation evaluation)
    {
        double baseline = evaluation.SumsMm[0];
        double best = 0;
        foreach (double sum in evaluation.SumsMm)
        {
            best = Math.Min(best, (sum - baseline) / baseline);
        }

        return 100 * best;
    }

    private static double AbscopalChange(PatientSimulation s)
    {
        var series = Series(s);
        return Recist.EvaluateAbscopal(s.Times, series) is { } evaluation
            ? BestChange(evaluation)
            : throw new ArgumentException("abscopal_best_change_percent needs an irradiated lesion and a lesion that is not irradiated; this scenario has " + (series.Any(l => l.Irradiated) ? "no lesion outside the radiation field." : "no irradiated lesion."));
    }

    private static double AlcNadir(PatientSimulation s) =>
        s.AlcPerMicrolitre is { } alc
            ? Lymphopenia.Nadir(s.Times, alc).CellsPerMicroliter
            : throw new ArgumentException($"alc_nadir_per_uL: model '{s.ModelId}' has no lymphocyte count.");

    private static double Progression(PatientSimulation s)
    {
        var evaluation = Recist.Evaluate(s.Times, Series(s));
        return evaluation.TimeToProgressionDays ?? evaluation.FollowUpDays;
    }

    private static double ObjectiveResponse(PatientSimulation s) =>
        Recist.Evaluate(s.Times, Series(s)).BestOverallResponse is RecistResponse.CompleteResponse or RecistResponse.PartialResponse ? 1 : 0;

    private static double VolumeAt(PatientSimulation s, string lesionId, double day)
    {
        var lesion = s.Lesions.FirstOrDefault(l => l.Id == lesionId)
            ?? throw new ArgumentException($"volume_mm3: '{lesionId}' is not a lesion of the scenario; lesions: {string.Join(", ", s.Lesions.Select(l => l.Id))}.");
        double[] t = s.Times;
        if (day > t[^1])
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"volume_mm3: day {day} is beyond the simulated span of {t[^1]} days."));
        }

        int k = Array.BinarySearch(t, day);
        if (k >= 0)
        {
            return lesion.VolumeMm3[k];
        }

        int hi = ~k;
        int lo = hi - 1;
        double w = (day - t[lo]) / (t[hi] - t[lo]);
        return lesion.VolumeMm3[lo] + (w * (lesion.VolumeMm3[hi] - lesion.VolumeMm3[lo]));
    }
}
