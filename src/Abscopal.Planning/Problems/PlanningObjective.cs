namespace Abscopal.Planning.Problems;

/// <summary>What the planner maximises over the uncertainty samples (file key <c>planning.objective</c>).</summary>
public enum PlanningObjective
{
    /// <summary>Probability of a RECIST 1.1 response (CR or PR) of the non-irradiated lesions ("abscopal_response_probability").</summary>
    AbscopalResponseProbability = 0,

    /// <summary>Probability of a RECIST 1.1 response (CR or PR) of all target lesions ("objective_response_probability").</summary>
    ObjectiveResponseProbability = 1,

    /// <summary>Mean progression-free time within the horizon, in days; no progression counts as the horizon ("progression_free_days").</summary>
    ProgressionFreeDays = 2,
}
