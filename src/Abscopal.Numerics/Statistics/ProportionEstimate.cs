namespace Abscopal.Numerics.Statistics;

/// <summary>A proportion (e.g. an objective response rate) with a two-sided confidence interval, all as fractions in [0, 1].</summary>
/// <param name="Successes">The number of successes x.</param>
/// <param name="Trials">The number of trials n.</param>
/// <param name="Value">The point estimate x/n (NaN when n = 0).</param>
/// <param name="Lower">The lower confidence limit.</param>
/// <param name="Upper">The upper confidence limit.</param>
/// <param name="Level">The confidence level, e.g. 0.95.</param>
public readonly record struct ProportionEstimate(long Successes, long Trials, double Value, double Lower, double Upper, double Level);
