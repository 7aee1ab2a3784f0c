namespace Abscopal.Reporting;

/// <summary>Numbers at risk at chosen times, printed under a Kaplan–Meier plot.</summary>
/// <param name="TimesDays">The times, in days.</param>
/// <param name="Counts">The number of subjects still at risk at each time.</param>
public sealed record AtRiskTable(double[] TimesDays, int[] Counts);
