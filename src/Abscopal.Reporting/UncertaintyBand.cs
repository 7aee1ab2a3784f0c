namespace Abscopal.Reporting;

/// <summary>The median and 5–95% band of an ensemble over time, for <see cref="Figures.Uncertainty"/>.</summary>
/// <param name="Label">The quantity's or scenario's name.</param>
/// <param name="TimesDays">Times, in days, increasing.</param>
/// <param name="Median">The ensemble median at each time.</param>
/// <param name="P5">The 5th percentile at each time.</param>
/// <param name="P95">The 95th percentile at each time.</param>
public sealed record UncertaintyBand(string Label, double[] TimesDays, double[] Median, double[] P5, double[] P95);
