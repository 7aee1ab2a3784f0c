namespace Abscopal.Pharmacology.Kinetics;

/// <summary>Serum concentration at output times, plus the terminal half-life and the trough accumulation of the regimen.</summary>
/// <param name="TimesDays">Output times, in days.</param>
/// <param name="ConcentrationsUgPerMl">Central (serum) concentration at each output time, in µg/mL (= mg/L).</param>
/// <param name="HalfLifeDays">Terminal half-life ln2/β of the baseline (first-dose) parameters, in days.</param>
/// <param name="TroughAccumulationRatio">Trough before the last dose over the trough before the second dose (dimensionless); NaN with fewer than two doses.</param>
public sealed record ConcentrationProfile(double[] TimesDays, double[] ConcentrationsUgPerMl, double HalfLifeDays, double TroughAccumulationRatio);
