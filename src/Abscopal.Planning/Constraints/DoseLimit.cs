namespace Abscopal.Planning.Constraints;

/// <summary>The normal-tissue limit for one irradiated lesion and fraction number, as a bound on the dose per fraction.</summary>
/// <param name="LesionId">The irradiated lesion.</param>
/// <param name="Organ">The organ at risk (table key), or null when the table has no limit for it.</param>
/// <param name="Fractions">Number of fractions.</param>
/// <param name="DmaxLimitGy">Limit on the organ's maximum dose over the course, in Gy (+∞ without a limit).</param>
/// <param name="DoseShare">Organ Dmax as a share of the prescription.</param>
/// <param name="MaxDosePerFractionGy">Largest dose per fraction to the lesion that keeps Dmax within the limit, in Gy.</param>
/// <param name="Source">The published limit, and how it was carried to this fraction number when the table has no entry for it.</param>
public sealed record DoseLimit(string LesionId, string? Organ, int Fractions, double DmaxLimitGy, double DoseShare, double MaxDosePerFractionGy, string Source)
{
    /// <summary>Limit − planned organ Dmax for <paramref name="dosePerFractionGy"/> Gy per fraction, in Gy (+∞ without a limit).</summary>
    public double MarginGy(double dosePerFractionGy) => double.IsPositiveInfinity(DmaxLimitGy) ? double.PositiveInfinity : DmaxLimitGy - (DoseShare * Fractions * dosePerFractionGy);
}
