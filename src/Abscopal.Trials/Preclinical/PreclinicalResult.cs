using System.Collections.Immutable;

namespace Abscopal.Trials.Preclinical;

/// <summary>The group-level results of a virtual mouse experiment.</summary>
/// <param name="DaysAfterInoculation">Days from inoculation to treatment start (add to the days of the growth curves), or null when not given.</param>
/// <param name="Groups">Each group, in the design's order.</param>
/// <param name="Comparisons">Responders of each later group against the first (empty without a responder rule).</param>
public sealed record PreclinicalResult(double? DaysAfterInoculation, ImmutableArray<GroupResult> Groups, ImmutableArray<ResponderComparison> Comparisons);
