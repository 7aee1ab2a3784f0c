namespace Abscopal.Radiobiology.Genomics;

/// <summary>
/// Genomic-adjusted radiation dose (Scott et al. 2017, Lancet Oncol 18:202): with β = 0.05 Gy⁻² and RSI = exp(−2α − 4β),
/// α = −ln(RSI)/2 − 0.1 Gy⁻¹ and GARD = n·d·(α + β·d) (dimensionless, the LQ log cell kill).
/// </summary>
public static class Gard
{
    /// <summary>The β fixed by Scott 2017, in Gy⁻².</summary>
    public const double BetaPerGy2 = 0.05;

    /// <summary>α implied by <paramref name="rsi"/>, in Gy⁻¹ (may be negative for RSI near 1).</summary>
    /// <param name="rsi">Radiosensitivity index (surviving fraction at 2 Gy), in (0, 1].</param>
    public static double AlphaFromRsi(double rsi)
    {
        Require.InRange(rsi, 0, 1, lowOpen: true, nameof(rsi));
        return (-Math.Log(rsi) / 2) - (2 * BetaPerGy2);
    }

    /// <summary>GARD (dimensionless) of <paramref name="schedule"/> for a tumour with the given RSI.</summary>
    /// <param name="rsi">Radiosensitivity index, in (0, 1].</param>
    /// <param name="schedule">Dose per fraction and number of fractions.</param>
    public static double Of(double rsi, FractionSchedule schedule) =>
        schedule.TotalDoseGy * (AlphaFromRsi(rsi) + (BetaPerGy2 * schedule.DosePerFractionGy));
}
