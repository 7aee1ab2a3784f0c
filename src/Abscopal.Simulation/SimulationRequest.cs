using System.Collections.Immutable;
using Abscopal.Modeling;
using Abscopal.Models;
using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Plans;

namespace Abscopal.Simulation;

/// <summary>What to simulate: a built-in model (by id) or a model IR, parameter and initial-value overrides, a patient, a plan and options.</summary>
public sealed record SimulationRequest
{
    private SimulationRequest(BuiltinModel? builtin, Model? model)
    {
        Builtin = builtin;
        Model = model;
    }

    /// <summary>The built-in model, or null when <see cref="Model"/> is given.</summary>
    public BuiltinModel? Builtin { get; }

    /// <summary>A model IR (e.g. parsed from a .ant file), or null for a built-in model.</summary>
    public Model? Model { get; }

    /// <summary>Parameter values by id, overriding the model's and the patient's.</summary>
    public ImmutableDictionary<string, double> Parameters { get; init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>Initial values of states by id (single-tumour models, e.g. TV), overriding the model's and the patient's.</summary>
    public ImmutableDictionary<string, double> Initial { get; init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>The patient (or mouse), or null for the model's default.</summary>
    public Patient? Patient { get; init; }

    /// <summary>The treatment plan, or null for no treatment.</summary>
    public TreatmentPlan? Plan { get; init; }

    /// <summary>Span, output spacing and tolerances.</summary>
    public SimulationOptions Options { get; init; } = SimulationOptions.Default;

    /// <summary>A request for the built-in model <paramref name="modelId"/> (see <see cref="BuiltinModels"/>).</summary>
    /// <exception cref="ArgumentException">No built-in model has that id; the message lists the ids.</exception>
    public static SimulationRequest For(string modelId) => new(BuiltinModels.Get(modelId), null);

    /// <summary>A request for a built-in model.</summary>
    public static SimulationRequest For(BuiltinModel model) => new(model ?? throw new ArgumentNullException(nameof(model)), null);

    /// <summary>A request for a model IR (no treatment plan: give doses as events in the model).</summary>
    public static SimulationRequest For(Model model) => new(null, model ?? throw new ArgumentNullException(nameof(model)));
}
