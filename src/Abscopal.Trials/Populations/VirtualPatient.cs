using System.Collections.Immutable;
using Abscopal.Models;
using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Plans;
using Abscopal.Simulation;

namespace Abscopal.Trials.Populations;

/// <summary>One virtual patient (or mouse): its index in the population, the patient with lesions and biomarkers, and its own abscopal-core parameter values.</summary>
/// <param name="Index">Index in the population (its random stream is (seed, index)).</param>
/// <param name="Patient">Species, subtype, weight, biomarkers and lesions.</param>
/// <param name="Parameters">Patient-specific parameter values by abscopal-core id (doubling time "Td" and the varied parameters).</param>
public sealed record VirtualPatient(long Index, Patient Patient, ImmutableDictionary<string, double> Parameters)
{
    /// <summary>Volume doubling time of this patient's lesions, in days.</summary>
    public double DoublingTimeDays => Parameters.GetValueOrDefault("Td", double.NaN);

    /// <summary>The abscopal-core simulation request of this patient under <paramref name="plan"/>.</summary>
    public SimulationRequest Request(TreatmentPlan? plan, SimulationOptions options) =>
        SimulationRequest.For(BuiltinModels.AbscopalCore) with { Patient = Patient, Plan = plan, Parameters = Parameters, Options = options };
}
