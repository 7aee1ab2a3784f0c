using System.Collections.Immutable;
using Abscopal.Trials.Designs;

namespace Abscopal.Trials.Preclinical;

/// <summary>The result of a group-size search: power at each size tried and the smallest size reaching the target per comparison.</summary>
/// <param name="Spec">The question.</param>
/// <param name="Reference">The first group, the reference of every comparison.</param>
/// <param name="Comparisons">The groups compared with the first, in order.</param>
/// <param name="Rows">Power at each group size from the smallest to the largest tried.</param>
/// <param name="SmallestGroupSize">Per comparison, the smallest group size whose estimated power reaches the target, or null when none up to the largest tried.</param>
public sealed record GroupSizeResult(GroupSizeSpec Spec, string Reference, ImmutableArray<string> Comparisons, ImmutableArray<GroupSizeRow> Rows, ImmutableArray<int?> SmallestGroupSize);
