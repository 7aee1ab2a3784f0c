using Abscopal.Numerics.Statistics;

namespace Abscopal.Trials.Preclinical;

/// <summary>Responders of a group against the reference (first) group: Fisher's exact test of the 2 × 2 table.</summary>
/// <param name="Reference">Reference group.</param>
/// <param name="Group">Compared group.</param>
/// <param name="Test">Fisher's exact test of [[responders, non-responders] of the group, [those] of the reference].</param>
public sealed record ResponderComparison(string Reference, string Group, FisherExactResult Test);
