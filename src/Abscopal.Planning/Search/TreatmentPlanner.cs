using Abscopal.Models;
using Abscopal.Planning.Evaluation;
using Abscopal.Planning.Problems;
using Abscopal.Planning.Results;
using Abscopal.Planning.Uncertainty;

namespace Abscopal.Planning.Search;

/// <summary>
/// Finds the best plans for one patient under uncertainty (docs/planning.md): every candidate is scored on the same
/// parameter samples (common random numbers); the discrete choices are searched exhaustively or by successive halving
/// over the samples (Jamieson &amp; Talwalkar 2016, AISTATS, "Non-stochastic best arm identification and hyperparameter
/// optimization"); the dose per fraction of the best choices is refined by golden-section search (Kiefer 1953) on the
/// robust objective within the normal-tissue limits.
/// </summary>
public static class TreatmentPlanner
{
    /// <summary>Plans <paramref name="problem"/>; the result is a pure function of (problem, options) for any thread count.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">Search settings; null for <see cref="PlannerOptions.Default"/>.</param>
    /// <param name="evaluator">How a plan is scored on a sample; null simulates abscopal-core for the problem's patient.</param>
    /// <exception cref="ArgumentException">The problem does not fit the model (the message names the field).</exception>
    public static PlanningResult Plan(PlanningProblem problem, PlannerOptions? options = null, IPlanEvaluator? evaluator = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= PlannerOptions.Default;
        evaluator ??= new ModelPlanEvaluator(BuiltinModels.AbscopalCore, problem.Patient, problem.HorizonDays);
        var prior = problem.Prior ?? new VirtualPopulationPrior(problem.Patient);
        return new PlanningRun(problem, options, evaluator, prior).Run();
    }
}
