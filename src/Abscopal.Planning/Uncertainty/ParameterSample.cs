using System.Collections.Immutable;
using Abscopal.Models.Patients;

namespace Abscopal.Planning.Uncertainty;

/// <summary>One sample of a patient's parameters: its index, the model parameter values it overrides (model units) and, where the prior draws biomarkers, the patient with them.</summary>
/// <param name="Index">Sample index, from 0.</param>
/// <param name="Parameters">Parameter values by model id, overriding the model's and the patient's.</param>
/// <param name="Patient">The patient of this sample (same lesions and weight, drawn biomarkers), or null for the problem's patient.</param>
public sealed record ParameterSample(int Index, ImmutableDictionary<string, double> Parameters, Patient? Patient = null);
