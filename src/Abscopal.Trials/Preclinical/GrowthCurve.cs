using System.Collections.Immutable;

namespace Abscopal.Trials.Preclinical;

/// <summary>One tumour's volume in a group of animals at each assessment day: mean ± sample standard deviation (n − 1).</summary>
/// <param name="Lesion">Tumour (lesion id), e.g. "primary".</param>
/// <param name="Irradiated">Whether the tumour was irradiated in the group.</param>
/// <param name="Days">Assessment days from treatment start, in days.</param>
/// <param name="MeanMm3">Mean volume at each day, in mm³.</param>
/// <param name="SdMm3">Sample standard deviation at each day, in mm³ (NaN with one animal).</param>
/// <param name="Animals">Animals carrying the tumour.</param>
public sealed record GrowthCurve(string Lesion, bool Irradiated, ImmutableArray<double> Days, ImmutableArray<double> MeanMm3, ImmutableArray<double> SdMm3, int Animals);
