using System.Collections.Immutable;

namespace Abscopal.Planning.Results;

/// <summary>One lesion's predicted diameter under a plan across the samples: median and 5–95% band at each time.</summary>
/// <param name="LesionId">Lesion id.</param>
/// <param name="Irradiated">Whether the plan irradiates it.</param>
/// <param name="TimesDays">Times, in days from baseline.</param>
/// <param name="MedianMm">Median diameter at each time, in mm.</param>
/// <param name="P5Mm">5th percentile, in mm.</param>
/// <param name="P95Mm">95th percentile, in mm.</param>
/// <param name="ResponseProbability">Share of samples in which the lesion's own best response is CR or PR.</param>
public sealed record LesionBand(string LesionId, bool Irradiated, ImmutableArray<double> TimesDays, ImmutableArray<double> MedianMm, ImmutableArray<double> P5Mm, ImmutableArray<double> P95Mm, double ResponseProbability);
