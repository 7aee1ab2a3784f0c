namespace Abscopal.Trials.Endpoints;

/// <summary>An arm against the reference (first) arm on progression-free survival.</summary>
/// <param name="Reference">Reference arm name.</param>
/// <param name="Arm">Compared arm name.</param>
/// <param name="LogRankP">Two-sided log-rank p-value.</param>
/// <param name="HazardRatio">Cox hazard ratio of the arm vs the reference (Efron ties).</param>
/// <param name="HazardRatioLower">Wald 95% lower limit.</param>
/// <param name="HazardRatioUpper">Wald 95% upper limit.</param>
public sealed record TrialComparison(string Reference, string Arm, double LogRankP, double HazardRatio, double HazardRatioLower, double HazardRatioUpper);
