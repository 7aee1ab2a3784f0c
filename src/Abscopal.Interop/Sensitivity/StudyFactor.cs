namespace Abscopal.Interop.Sensitivity;

/// <summary>One factor of a sensitivity study file, its range resolved to absolute values in the factor's units.</summary>
/// <param name="Name">The name as written: the parameter or state id, or the treatment field (e.g. radiotherapy[0].dose_per_fraction_gy).</param>
/// <param name="Kind">What it varies.</param>
/// <param name="Id">The parameter or state id; null for treatment factors.</param>
/// <param name="Index">The radiotherapy course or drug regimen index (from 0); −1 for parameters and states.</param>
/// <param name="Min">Lower end of the range.</param>
/// <param name="Max">Upper end of the range.</param>
/// <param name="Logarithmic">Whether the range is sampled log-uniformly (<c>scale: log</c>).</param>
/// <param name="RelativePercent">The ±% written (<c>relative_percent</c>) when the range is relative to the scenario's value; else null.</param>
public sealed record StudyFactor(string Name, StudyFactorKind Kind, string? Id, int Index, double Min, double Max, bool Logarithmic, double? RelativePercent);
