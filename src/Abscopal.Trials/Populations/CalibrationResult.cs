using Abscopal.Numerics.Statistics;

namespace Abscopal.Trials.Populations;

/// <summary>The outcome of an Allen et al. 2016 selection towards an observed response rate.</summary>
/// <param name="TargetOrr">The observed ORR aimed at.</param>
/// <param name="PoolOrr">ORR of the plausible (unselected) pool, Wilson 95%: the model's own prediction from the priors.</param>
/// <param name="SelectedOrr">ORR of the selected virtual population, Wilson 95%.</param>
/// <param name="AcceptResponder">Acceptance probability of a responder.</param>
/// <param name="AcceptNonResponder">Acceptance probability of a non-responder.</param>
/// <param name="PoolMedianTils">Median stromal TILs of the pool, in %.</param>
/// <param name="SelectedMedianTils">Median stromal TILs of the selected population, in % (how far selection moved the biomarkers).</param>
/// <param name="Failures">Pool patients whose simulation failed.</param>
public sealed record CalibrationResult(double TargetOrr, ProportionEstimate PoolOrr, ProportionEstimate SelectedOrr, double AcceptResponder, double AcceptNonResponder, double PoolMedianTils, double SelectedMedianTils, long Failures)
{
    /// <summary>Whether the target lies within the selected population's 95% interval.</summary>
    public bool Matches => TargetOrr >= SelectedOrr.Lower && TargetOrr <= SelectedOrr.Upper;

    /// <summary>Share of the pool kept.</summary>
    public double Efficiency => SelectedOrr.Trials / (double)(PoolOrr.Trials + Failures);
}
