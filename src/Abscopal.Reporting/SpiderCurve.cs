namespace Abscopal.Reporting;

/// <summary>One patient's change in tumour burden from baseline over time, for <see cref="Figures.Spider"/>.</summary>
/// <param name="Id">The patient's id.</param>
/// <param name="TimesDays">Assessment times, in days from baseline, increasing (the first usually 0).</param>
/// <param name="PercentChange">Change in the sum of target-lesion diameters from baseline at each time, in %.</param>
/// <param name="BestResponse">The patient's best overall response, which colours the line.</param>
public sealed record SpiderCurve(string Id, double[] TimesDays, double[] PercentChange, RecistCategory BestResponse);
