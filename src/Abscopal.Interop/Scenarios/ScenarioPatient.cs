using System.Collections.ObjectModel;
using Abscopal.Models.Patients;

namespace Abscopal.Interop.Scenarios;

/// <summary>The patient or mouse of a scenario.</summary>
/// <param name="Species">Human or mouse.</param>
/// <param name="Subtype">Breast-cancer subtype (patients; null for mice).</param>
/// <param name="TumorModel">Murine tumour line (mice; null for patients).</param>
/// <param name="WeightKg">Body weight, in kg (0.020 for a mouse when the file gives none).</param>
/// <param name="Biomarkers">Baseline biomarkers.</param>
/// <param name="Lesions">Lesions, in file order.</param>
public sealed record ScenarioPatient(
    HostSpecies Species,
    BreastCancerSubtype? Subtype,
    MurineTumorLine? TumorModel,
    double WeightKg,
    Biomarkers Biomarkers,
    ReadOnlyCollection<ScenarioLesion> Lesions)
{
    /// <summary>The patient of the model library, with the lesions in file order.</summary>
    /// <exception cref="ArgumentException">A value is outside what <see cref="Patient"/> or <see cref="Lesion"/> accepts; the message names the field.</exception>
    public Patient ToPatient() => new(Species, WeightKg, Lesions.Select(l => l.ToLesion()), Subtype, TumorModel, Biomarkers);
}
