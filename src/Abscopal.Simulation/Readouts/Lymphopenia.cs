namespace Abscopal.Simulation.Readouts;

/// <summary>
/// Lymphopenia read-outs: the nadir of the absolute lymphocyte count (ALC) and its grade by CTCAE v5.0 ("Lymphocyte count
/// decreased", U.S. Department of Health and Human Services, Common Terminology Criteria for Adverse Events v5.0, 2017,
/// Investigations): grade 1 &lt; LLN–800, grade 2 &lt; 800–500, grade 3 &lt; 500–200, grade 4 &lt; 200 cells/µL.
/// </summary>
public static class Lymphopenia
{
    /// <summary>
    /// Lower limit of normal of the ALC assumed when none is given, in cells/µL: CTCAE leaves the LLN to the laboratory;
    /// 1000 cells/µL is the value used by most radiation-lymphopenia studies (assumed).
    /// </summary>
    public const double DefaultLowerLimitOfNormal = 1000;

    /// <summary>The CTCAE v5.0 grade (0–4) of an ALC of <paramref name="cellsPerMicroliter"/> cells/µL.</summary>
    /// <param name="cellsPerMicroliter">Absolute lymphocyte count, in cells/µL; finite and ≥ 0.</param>
    /// <param name="lowerLimitOfNormal">Laboratory lower limit of normal, in cells/µL; &gt; 800.</param>
    public static int CtcaeGrade(double cellsPerMicroliter, double lowerLimitOfNormal = DefaultLowerLimitOfNormal)
    {
        if (!(cellsPerMicroliter >= 0) || !double.IsFinite(cellsPerMicroliter))
        {
            throw new ArgumentOutOfRangeException(nameof(cellsPerMicroliter), cellsPerMicroliter, "The ALC must be finite and ≥ 0 cells/µL.");
        }

        if (!(lowerLimitOfNormal > 800) || !double.IsFinite(lowerLimitOfNormal))
        {
            throw new ArgumentOutOfRangeException(nameof(lowerLimitOfNormal), lowerLimitOfNormal, "The lower limit of normal must be finite and > 800 cells/µL (grade 1 begins below it).");
        }

        return cellsPerMicroliter switch
        {
            _ when cellsPerMicroliter >= lowerLimitOfNormal => 0,
            >= 800 => 1,
            >= 500 => 2,
            >= 200 => 3,
            _ => 4,
        };
    }

    /// <summary>The lowest ALC of a series, when it occurs, and its CTCAE v5.0 grade.</summary>
    /// <param name="timesDays">Sample times, in days, one per value; at least one.</param>
    /// <param name="cellsPerMicroliter">ALC at each time, in cells/µL.</param>
    /// <param name="lowerLimitOfNormal">Laboratory lower limit of normal, in cells/µL.</param>
    public static AlcNadir Nadir(IReadOnlyList<double> timesDays, IReadOnlyList<double> cellsPerMicroliter, double lowerLimitOfNormal = DefaultLowerLimitOfNormal)
    {
        ArgumentNullException.ThrowIfNull(timesDays);
        ArgumentNullException.ThrowIfNull(cellsPerMicroliter);
        if (timesDays.Count == 0 || timesDays.Count != cellsPerMicroliter.Count)
        {
            throw new ArgumentException($"Need one ALC per time and at least one of each; got {timesDays.Count} times and {cellsPerMicroliter.Count} values.", nameof(cellsPerMicroliter));
        }

        int at = 0;
        for (int k = 1; k < cellsPerMicroliter.Count; k++)
        {
            if (cellsPerMicroliter[k] < cellsPerMicroliter[at])
            {
                at = k;
            }
        }

        double value = cellsPerMicroliter[at];
        return new AlcNadir(timesDays[at], value, CtcaeGrade(value, lowerLimitOfNormal));
    }
}
