using System.Collections.Immutable;
using System.Collections.ObjectModel;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Simulation;

namespace Abscopal.Interop.Scenarios;

/// <summary>A checked scenario file: which model, with which overrides, for whom, with what treatment, simulated how.</summary>
public sealed record Scenario
{
    /// <summary>The id of the single lesion of a single-tumour model (a scenario without a patient block).</summary>
    public const string SingleTumorLesionId = "tumor";

    /// <summary>
    /// Body weight for mg/kg doses in a scenario without a patient block, in kg: a 20 g mouse, the weight Kosinsky et al.
    /// 2018 convert doses with (Methods; 10 mg/kg = 200 µg), since the single-tumour models are all murine.
    /// </summary>
    public const double SingleTumorWeightKg = RegimenLibrary.MouseWeightKg;

    /// <summary>Name of the file the scenario came from (or "&lt;text&gt;").</summary>
    public required string FileName { get; init; }

    /// <summary>Model id, or the model file path as written.</summary>
    public required string Model { get; init; }

    /// <summary>Full path of the model file when <see cref="Model"/> names a file (.ant or .xml), else null.</summary>
    public string? ModelPath { get; init; }

    /// <summary>Parameter overrides by parameter id, in the model's units.</summary>
    public required ReadOnlyDictionary<string, double> Parameters { get; init; }

    /// <summary>Initial values by state id, in the model's units.</summary>
    public required ReadOnlyDictionary<string, double> Initial { get; init; }

    /// <summary>The patient or mouse, or null for a single-tumour model.</summary>
    public ScenarioPatient? Patient { get; init; }

    /// <summary>Radiotherapy and drugs.</summary>
    public required ScenarioTreatment Treatment { get; init; }

    /// <summary>Duration, output spacing and tolerances.</summary>
    public required ScenarioSimulation Simulation { get; init; }

    /// <summary>The patient's lesions, or none for a single-tumour model (whose one lesion is <see cref="SingleTumorLesionId"/>).</summary>
    public IReadOnlyList<ScenarioLesion> Lesions => Patient?.Lesions ?? (IReadOnlyList<ScenarioLesion>)[];

    /// <summary>The treatment plan for the patient's weight, or null without a patient block (the model then takes doses as written).</summary>
    public TreatmentPlan? Plan => Patient is null ? null : Treatment.ToPlan(Patient.WeightKg);

    /// <summary>
    /// The simulation request of this scenario: the model (a built-in id, or the IR read from <see cref="ModelPath"/>),
    /// overrides, patient, plan and options.
    /// </summary>
    /// <remarks>
    /// A model file is read on every call and compiled models are cached per IR instance, so to simulate one file model
    /// many times build the request once and vary it with <c>with</c> (e.g. <c>request with { Patient = p }</c>).
    /// </remarks>
    /// <exception cref="ArgumentException">The model id is not a built-in model, or the patient is outside what the model library accepts; the message names the field.</exception>
    /// <exception cref="FileNotFoundException">The model file is gone.</exception>
    public SimulationRequest ToSimulationRequest()
    {
        var request = ModelPath is { } path ? SimulationRequest.For(ModelFile.Read(path)) : SimulationRequest.For(Model);
        return request with
        {
            Parameters = Parameters.ToImmutableDictionary(StringComparer.Ordinal),
            Initial = Initial.ToImmutableDictionary(StringComparer.Ordinal),
            Patient = Patient?.ToPatient(),
            Plan = Plan ?? (Treatment.Radiotherapy.Count + Treatment.Drugs.Count > 0 ? Treatment.ToPlan(SingleTumorWeightKg) : null),
            Options = Simulation.ToOptions(),
        };
    }
}
