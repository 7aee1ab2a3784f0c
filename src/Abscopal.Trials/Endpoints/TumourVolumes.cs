using System.Collections.Immutable;

namespace Abscopal.Trials.Endpoints;

/// <summary>One tumour's volume at each assessment day (caliper measurements of a mouse experiment).</summary>
/// <param name="Lesion">Lesion id (e.g. "primary").</param>
/// <param name="Irradiated">Whether the tumour was irradiated.</param>
/// <param name="VolumesMm3">Volume at each assessment day, in mm³.</param>
public sealed record TumourVolumes(string Lesion, bool Irradiated, ImmutableArray<double> VolumesMm3);
