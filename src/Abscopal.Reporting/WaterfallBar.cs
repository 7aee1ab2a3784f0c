namespace Abscopal.Reporting;

/// <summary>One patient's best change in tumour burden, for <see cref="Figures.Waterfall"/>.</summary>
/// <param name="Id">The patient's id.</param>
/// <param name="BestPercentChange">Best (most negative) change in the sum of target-lesion diameters from baseline, in %.</param>
/// <param name="Category">The patient's best overall RECIST response, which colours the bar.</param>
public sealed record WaterfallBar(string Id, double BestPercentChange, RecistCategory Category);
