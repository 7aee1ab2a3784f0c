namespace Abscopal.Trials.Populations;

/// <summary>One documented ingredient of a virtual population: what it is, its distribution in words, and its source (or "assumed: reason").</summary>
/// <param name="Quantity">What is drawn, with its unit (e.g. "baseline ALC, cells/µL").</param>
/// <param name="Distribution">The distribution and its parameters, in words.</param>
/// <param name="Source">Paper and table/figure (usually via ../shared/SCIENCE.md §3b), or "assumed: reason".</param>
public sealed record PriorEntry(string Quantity, string Distribution, string Source);
