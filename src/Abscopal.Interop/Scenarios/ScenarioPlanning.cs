using System.Collections.ObjectModel;
using Abscopal.Pharmacology.Regimens;

namespace Abscopal.Interop.Scenarios;

/// <summary>The <c>planning:</c> block of a planning file, with defaults filled in (docs/planning.md).</summary>
/// <param name="Regimens">Drug regimens to consider (drugs and classes resolved to their first named regimen; explicit regimens named from their keys).</param>
/// <param name="MaxIrradiatedLesions">Most lesions irradiated in one plan.</param>
/// <param name="Fractions">Fraction numbers to consider.</param>
/// <param name="DoseMinGy">Smallest dose per fraction, in Gy.</param>
/// <param name="DoseMaxGy">Largest dose per fraction, in Gy.</param>
/// <param name="DrugStartDaysRelativeToRt">Days from the first fraction to the first drug dose.</param>
/// <param name="Objective">Objective name, e.g. "abscopal_response_probability".</param>
/// <param name="AlcNadirMinPerMicroliter">ALC nadir limit, in cells/µL, or null; kept with probability <see cref="AlcNadirProbability"/> over the samples.</param>
/// <param name="OrgansAtRisk">Organs at risk given per lesion: (lesion id, organ key, dose share).</param>
/// <param name="UncertaintySamples">Number of parameter samples.</param>
/// <param name="HorizonDays">Simulated days from baseline.</param>
public sealed record ScenarioPlanning(
    ReadOnlyCollection<NamedDrugRegimen> Regimens,
    int MaxIrradiatedLesions,
    ReadOnlyCollection<int> Fractions,
    double DoseMinGy,
    double DoseMaxGy,
    ReadOnlyCollection<double> DrugStartDaysRelativeToRt,
    string Objective,
    double? AlcNadirMinPerMicroliter,
    ReadOnlyCollection<(string Lesion, string Organ, double DoseShare)> OrgansAtRisk,
    int UncertaintySamples,
    double HorizonDays)
{
    /// <summary>The default of <see cref="AlcNadirProbability"/>.</summary>
    public const double DefaultAlcNadirProbability = 0.9;

    /// <summary>Smallest share of the samples whose ALC nadir stays at or above the limit, in (0, 1].</summary>
    public double AlcNadirProbability { get; init; } = DefaultAlcNadirProbability;
}
