using System.Collections.Immutable;
using Abscopal.Planning.Problems;

namespace Abscopal.Planning.Results;

/// <summary>The outcome of planning: ranked feasible plans, standard plans on the same samples, the Pareto front, infeasibilities and an explanation.</summary>
public sealed record PlanningResult
{
    /// <summary>Statement carried by every output.</summary>
    public const string Disclaimer = "In-silico research output, not a clinical recommendation.";

    /// <summary>The problem solved.</summary>
    public required PlanningProblem Problem { get; init; }

    /// <summary>The seed of the uncertainty samples.</summary>
    public required ulong Seed { get; init; }

    /// <summary>What the samples were drawn from.</summary>
    public required string PriorDescription { get; init; }

    /// <summary>Feasible plans, best first (rank = index + 1), each scored on every sample.</summary>
    public required ImmutableArray<PlanScore> Plans { get; init; }

    /// <summary>The standard plans, scored on the same samples.</summary>
    public required ImmutableArray<StandardPlan> StandardPlans { get; init; }

    /// <summary>Plans scored on every sample that no other beats on both efficacy (objective) and toxicity (mean ALC nadir), best objective first.</summary>
    public required ImmutableArray<PlanScore> Pareto { get; init; }

    /// <summary>Constraints that ruled out candidates, with the shortfall; every one when no plan is feasible.</summary>
    public required ImmutableArray<Infeasibility> Infeasibilities { get; init; }

    /// <summary>The top plan's objective at each drug start considered, on the same samples.</summary>
    public required ImmutableArray<TimingEffect> Timing { get; init; }

    /// <summary>Predicted lesion curves with bands for the top plans.</summary>
    public required ImmutableArray<PlanBands> Bands { get; init; }

    /// <summary>Plain-language explanation of why the top plan wins (or why none is feasible).</summary>
    public required string Explanation { get; init; }

    /// <summary>Number of candidate plans generated (before successive halving).</summary>
    public required int CandidateCount { get; init; }

    /// <summary>Number of model simulations run.</summary>
    public required long Simulations { get; init; }
}
