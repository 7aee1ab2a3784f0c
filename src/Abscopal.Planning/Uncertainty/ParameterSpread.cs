using System.Collections.Immutable;

namespace Abscopal.Planning.Uncertainty;

/// <summary>
/// One uncertain quantity of a patient: the model parameters it sets (one value shared by all of them, e.g. α of every
/// lesion), its median and its log-normal spread, with the source of the spread.
/// </summary>
/// <param name="Name">What varies, e.g. "tumour α (RSI)".</param>
/// <param name="ParameterIds">Model parameters set to the sampled value.</param>
/// <param name="Median">Median, in the parameters' unit (the biomarker-derived value).</param>
/// <param name="SigmaLog">Standard deviation of the natural log; ≥ 0.</param>
/// <param name="Source">Paper and table/figure for the spread, or "assumed" with the reason.</param>
public sealed record ParameterSpread(string Name, ImmutableArray<string> ParameterIds, double Median, double SigmaLog, string Source);
