using System.Collections.Immutable;

namespace Abscopal.Planning.Evaluation;

/// <summary>Lesion sizes and lymphocytes of one plan on one sample, for reports and explanations.</summary>
/// <param name="TimesDays">Assessment times, in days from baseline.</param>
/// <param name="LesionIds">Lesion ids, in the patient's order.</param>
/// <param name="Irradiated">Whether each lesion is irradiated.</param>
/// <param name="DiametersMm">Longest diameter of each lesion at each time, in mm ([lesion][time]).</param>
/// <param name="LesionResponds">Whether each lesion's own best RECIST 1.1 response is CR or PR.</param>
/// <param name="AlcPerMicrolitre">ALC at each time, in cells/µL, or null.</param>
public sealed record PlanTrajectory(
    ImmutableArray<double> TimesDays,
    ImmutableArray<string> LesionIds,
    ImmutableArray<bool> Irradiated,
    ImmutableArray<ImmutableArray<double>> DiametersMm,
    ImmutableArray<bool> LesionResponds,
    ImmutableArray<double>? AlcPerMicrolitre);
