using Abscopal.Planning.Plans;
using Abscopal.Planning.Uncertainty;

namespace Abscopal.Planning.Evaluation;

/// <summary>Scores a plan on one parameter sample: a pure, thread-safe function of (plan, sample).</summary>
public interface IPlanEvaluator
{
    /// <summary>The read-outs of <paramref name="plan"/> on <paramref name="sample"/>.</summary>
    PlanOutcome Evaluate(CandidatePlan plan, ParameterSample sample);

    /// <summary>Lesion diameters (mm) and the ALC (cells/µL) over time for reports, or null when the evaluator has no trajectories.</summary>
    PlanTrajectory? Trajectory(CandidatePlan plan, ParameterSample sample);
}
