using System.Collections.Immutable;

namespace Abscopal.Planning.Uncertainty;

/// <summary>One sample of a patient's parameters: its index and the model parameter values it overrides (model units).</summary>
/// <param name="Index">Sample index, from 0.</param>
/// <param name="Parameters">Parameter values by model id, overriding the model's and the patient's.</param>
public sealed record ParameterSample(int Index, ImmutableDictionary<string, double> Parameters);
