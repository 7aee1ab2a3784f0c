using System.Collections.Immutable;
using Abscopal.Planning.Plans;

namespace Abscopal.Planning.Results;

/// <summary>The predicted lesion curves of one plan with their uncertainty bands.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Lesions">One band per lesion, in the patient's order.</param>
public sealed record PlanBands(CandidatePlan Plan, ImmutableArray<LesionBand> Lesions);
