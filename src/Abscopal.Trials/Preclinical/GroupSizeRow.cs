using System.Collections.Immutable;
using Abscopal.Numerics.Statistics;

namespace Abscopal.Trials.Preclinical;

/// <summary>Power at one group size: for each later group against the first, the share of simulated experiments with Fisher p &lt; α (Wilson 95% interval).</summary>
/// <param name="GroupSize">Animals per group.</param>
/// <param name="Power">Power of each comparison, in the order of <see cref="GroupSizeResult.Comparisons"/>.</param>
public sealed record GroupSizeRow(int GroupSize, ImmutableArray<ProportionEstimate> Power);
