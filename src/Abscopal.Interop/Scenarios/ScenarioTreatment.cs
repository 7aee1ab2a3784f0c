using System.Collections.ObjectModel;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;

namespace Abscopal.Interop.Scenarios;

/// <summary>The treatment of a scenario as radiotherapy courses and drug regimens of the radiobiology and pharmacology libraries.</summary>
/// <param name="Radiotherapy">Radiotherapy courses, in file order.</param>
/// <param name="Drugs">Drug regimens (library drug names, class names resolved), in file order.</param>
public sealed record ScenarioTreatment(ReadOnlyCollection<RtCourse> Radiotherapy, ReadOnlyCollection<DrugRegimen> Drugs)
{
    /// <summary>No treatment (an untreated arm).</summary>
    public static ScenarioTreatment None { get; } = new(Array.AsReadOnly(Array.Empty<RtCourse>()), Array.AsReadOnly(Array.Empty<DrugRegimen>()));

    /// <summary>Whether any course irradiates the lesion <paramref name="lesionId"/>.</summary>
    public bool IsIrradiated(string lesionId) => Radiotherapy.Any(c => c.TargetLesion == lesionId);

    /// <summary>The treatment as a plan for a body weight of <paramref name="weightKg"/> kg (turns mg/kg doses into mg).</summary>
    public TreatmentPlan ToPlan(double weightKg) => new(weightKg, Radiotherapy, Drugs);
}
