namespace Abscopal.Planning.Results;

/// <summary>A standard plan scored on the same samples as the candidates, for comparison.</summary>
/// <param name="Name">Its name, e.g. "8 Gy × 3 to the largest lesion + drug".</param>
/// <param name="Score">Its score.</param>
public sealed record StandardPlan(string Name, PlanScore Score)
{
    /// <summary>
    /// The top plan's objective minus this plan's, paired sample by sample (common random numbers), with its Student-t 95%
    /// interval, in the objective's unit; null when no candidate is feasible.
    /// </summary>
    public MeanEstimate? TopMinusThis { get; init; }
}
