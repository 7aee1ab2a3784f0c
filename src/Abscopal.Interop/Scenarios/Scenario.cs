using System.Collections.ObjectModel;
using Abscopal.Pharmacology.Plans;

namespace Abscopal.Interop.Scenarios;

/// <summary>A checked scenario file: which model, with which overrides, for whom, with what treatment, simulated how.</summary>
public sealed record Scenario
{
    /// <summary>The id of the single lesion of a single-tumour model (a scenario without a patient block).</summary>
    public const string SingleTumorLesionId = "tumor";

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
}
