using Abscopal.Numerics.Statistics;

namespace Abscopal.Trials.Populations;

/// <summary>The confirmed objective response of a simulated virtual pool under a reference treatment, overall and by stromal TILs.</summary>
/// <param name="Orr">Objective response rate of the evaluable pool (Wilson 95%).</param>
/// <param name="MedianTils">Median stromal TILs of the evaluable pool, in %.</param>
/// <param name="OrrBelowMedianTils">ORR of patients with TILs below the pool median (Wilson 95%).</param>
/// <param name="OrrAboveMedianTils">ORR of patients with TILs at or above the pool median (Wilson 95%).</param>
/// <param name="Failures">Pool patients whose simulation failed (not evaluable).</param>
public sealed record PoolResponse(ProportionEstimate Orr, double MedianTils, ProportionEstimate OrrBelowMedianTils, ProportionEstimate OrrAboveMedianTils, long Failures);
