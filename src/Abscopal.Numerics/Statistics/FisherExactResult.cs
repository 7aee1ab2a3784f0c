namespace Abscopal.Numerics.Statistics;

/// <summary>The result of Fisher's exact test of a 2 × 2 table [[a, b], [c, d]].</summary>
/// <param name="PValue">Two-sided p-value: probability of the tables with the observed margins no more probable than the observed one.</param>
/// <param name="PLess">One-sided p-value P(A ≤ a): the first row's odds are lower.</param>
/// <param name="PGreater">One-sided p-value P(A ≥ a): the first row's odds are higher.</param>
/// <param name="SampleOddsRatio">The sample odds ratio a·d / (b·c) (∞ where b·c = 0 &lt; a·d; NaN where both are 0).</param>
public sealed record FisherExactResult(double PValue, double PLess, double PGreater, double SampleOddsRatio);
