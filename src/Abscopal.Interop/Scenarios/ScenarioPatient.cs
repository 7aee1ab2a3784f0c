using System.Collections.ObjectModel;

namespace Abscopal.Interop.Scenarios;

/// <summary>The patient or mouse of a scenario.</summary>
/// <param name="Species">Human or mouse.</param>
/// <param name="Subtype">Breast-cancer subtype (patients; null for mice).</param>
/// <param name="TumorModel">Murine tumour line (mice; null for patients).</param>
/// <param name="WeightKg">Body weight, in kg (0.020 for a mouse when the file gives none).</param>
/// <param name="Biomarkers">Baseline biomarkers.</param>
/// <param name="Lesions">Lesions, in file order.</param>
public sealed record ScenarioPatient(
    Species Species,
    BreastCancerSubtype? Subtype,
    MurineTumorModel? TumorModel,
    double WeightKg,
    ScenarioBiomarkers Biomarkers,
    ReadOnlyCollection<ScenarioLesion> Lesions);
