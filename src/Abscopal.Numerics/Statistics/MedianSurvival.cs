namespace Abscopal.Numerics.Statistics;

/// <summary>A median survival time with its confidence limits, in the time units of the data; NaN where the curve (or a limit) does not reach ½.</summary>
/// <param name="Median">The median: the first time at which S(t) ≤ ½ (the midpoint of the flat step when S is exactly ½ there).</param>
/// <param name="Lower">The lower confidence limit.</param>
/// <param name="Upper">The upper confidence limit (NaN when not reached, as R prints NA).</param>
/// <param name="Level">The confidence level.</param>
public readonly record struct MedianSurvival(double Median, double Lower, double Upper, double Level);
