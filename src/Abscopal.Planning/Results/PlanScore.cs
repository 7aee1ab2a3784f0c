using System.Collections.Immutable;
using Abscopal.Numerics.Statistics;
using Abscopal.Planning.Plans;

namespace Abscopal.Planning.Results;

/// <summary>A plan scored on the uncertainty samples: objective with its CI, response probabilities, PFS, ALC nadir and constraint margins.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Objective">Objective value (probability, or days) with its 95% CI (Wilson for probabilities, Student t for days).</param>
/// <param name="Response">Probability of a RECIST 1.1 objective response of all lesions, with the Wilson 95% CI.</param>
/// <param name="AbscopalResponse">Probability of a response of the non-irradiated lesions, with the Wilson 95% CI.</param>
/// <param name="ProgressionFreeDays">Mean days to progression within the horizon (no progression counts as the horizon), with the t 95% CI.</param>
/// <param name="AlcNadirPerMicrolitre">Mean ALC nadir over the samples, in cells/µL.</param>
/// <param name="MeanBestChange">Mean best relative change of the sum of diameters (−0.3 = −30%), the tie-breaker.</param>
/// <param name="ConstraintMargins">Every constraint with its margin.</param>
public sealed record PlanScore(
    CandidatePlan Plan,
    MeanEstimate Objective,
    ProportionEstimate Response,
    ProportionEstimate AbscopalResponse,
    MeanEstimate ProgressionFreeDays,
    double AlcNadirPerMicrolitre,
    double MeanBestChange,
    ImmutableArray<ConstraintMargin> ConstraintMargins)
{
    /// <summary>Share of the samples whose ALC nadir is at or above the limit (planning.constraints.alc_nadir_min_per_uL), or null without a limit.</summary>
    public double? AlcNadirProbability { get; init; }

    /// <summary>Whether every constraint holds.</summary>
    public bool ConstraintsOk => ConstraintMargins.All(m => m.Ok);

    /// <summary>Number of samples the plan was scored on.</summary>
    public int Samples => Objective.Count;
}
