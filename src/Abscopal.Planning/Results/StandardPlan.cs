namespace Abscopal.Planning.Results;

/// <summary>A standard plan scored on the same samples as the candidates, for comparison.</summary>
/// <param name="Name">Its name, e.g. "8 Gy × 3 to the largest lesion + drug".</param>
/// <param name="Score">Its score.</param>
public sealed record StandardPlan(string Name, PlanScore Score);
