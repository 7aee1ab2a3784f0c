namespace Abscopal.Reporting;

/// <summary>
/// A Kaplan–Meier estimate with its pointwise confidence band, for <see cref="Figures.KaplanMeier"/>: the survival is
/// <c>Survival[i]</c> from <c>TimesDays[i]</c> until the next time (a right-continuous step function).
/// </summary>
/// <param name="Label">The group's name, e.g. "RT + anti-PD-1".</param>
/// <param name="TimesDays">Times, in days, where the estimate changes, increasing; a leading 0 with survival 1 is added when missing.</param>
/// <param name="Survival">The survival probability from each time on, in [0, 1].</param>
/// <param name="Lower">Lower confidence limit at each time, in [0, 1].</param>
/// <param name="Upper">Upper confidence limit at each time, in [0, 1].</param>
/// <param name="AtRisk">Numbers at risk shown under the plot.</param>
public sealed record SurvivalCurveData(string Label, double[] TimesDays, double[] Survival, double[] Lower, double[] Upper, AtRiskTable AtRisk)
{
    /// <summary>Times of censored observations, in days (drawn as ticks on the curve).</summary>
    public double[] CensoredDays { get; init; } = [];

    /// <summary>The confidence level of the band, e.g. 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;
}
