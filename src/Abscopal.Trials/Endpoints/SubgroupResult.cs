using Abscopal.Numerics.Statistics;

namespace Abscopal.Trials.Endpoints;

/// <summary>An arm's end points within a biomarker subgroup.</summary>
/// <param name="Name">Subgroup, e.g. "pdl1_cps>=10".</param>
/// <param name="Patients">Patients in the subgroup.</param>
/// <param name="Orr">Objective response rate with its Wilson 95% interval.</param>
/// <param name="PfsMedian">Median PFS with its Brookmeyer–Crowley interval, in days (NaN where not reached).</param>
public sealed record SubgroupResult(string Name, long Patients, ProportionEstimate Orr, MedianSurvival PfsMedian);
