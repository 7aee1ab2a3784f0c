using System.Collections.Immutable;
using Abscopal.Numerics.Statistics;

namespace Abscopal.Trials.Populations;

/// <summary>
/// A maximum-likelihood fit of a log-scale shift s of one population hyperparameter to an observed response count, with its
/// profile-likelihood 95% interval (the shifts whose likelihood-ratio statistic is below χ²₁(0.95) = 3.84).
/// </summary>
/// <param name="LogShift">Fitted shift ŝ (natural log; the median is multiplied by exp(ŝ)).</param>
/// <param name="Lower">Lower end of the 95% profile-likelihood interval of s; −∞ when it lies below the search range.</param>
/// <param name="Upper">Upper end of the 95% profile-likelihood interval of s; +∞ when it lies above the search range.</param>
/// <param name="Observed">The observed response count fitted to.</param>
/// <param name="ResponseAtFit">The pool's response at ŝ (Wilson 95%: its width is the pool's own Monte Carlo error).</param>
/// <param name="Evaluations">Every shift evaluated, in increasing order of s (the response curve the fit saw).</param>
public sealed record LogShiftFit(double LogShift, double Lower, double Upper, ObservedResponse Observed, ProportionEstimate ResponseAtFit, ImmutableArray<ResponseAtShift> Evaluations)
{
    /// <summary>The fitted median factor exp(ŝ).</summary>
    public double Scale => Math.Exp(LogShift);
}
