using Abscopal.Modeling;
using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Plans;

namespace Abscopal.Models;

/// <summary>A model of the built-in library: defined once in the model IR, with treatment as events whose times and doses are parameters.</summary>
public abstract class BuiltinModel
{
    /// <summary>Model id, e.g. "kosinsky2018".</summary>
    public abstract string Id { get; }

    /// <summary>One-line description with the source.</summary>
    public abstract string Description { get; }

    /// <summary>The IR for the model's default patient without treatment (for documentation and export).</summary>
    public Model Model => Prepare(null, null).BuildModel();

    /// <summary>Prepares the model for a patient and a plan.</summary>
    /// <param name="patient">The patient, or null for the model's default.</param>
    /// <param name="plan">The treatment plan, or null for none.</param>
    /// <exception cref="ArgumentException">The patient or plan does not fit the model; the message names the field and the allowed values.</exception>
    public abstract ModelSetup Prepare(Patient? patient, TreatmentPlan? plan);
}
