namespace Abscopal.Radiobiology;

/// <summary>
/// Iso-effective conversion between schedules at one α/β (no time or repair terms): the schedule with the same BED
/// n·d·(1 + d/(α/β)) (Withers, Thames &amp; Peters 1983, Radiother Oncol 1:187; Fowler 1989).
/// </summary>
public static class IsoEffect
{
    /// <summary>Dose per fraction, in Gy, that gives <paramref name="bedGy"/> in <paramref name="fractions"/> fractions: d = (α/β/2)·(√(1 + 4·BED/(n·α/β)) − 1).</summary>
    /// <param name="bedGy">Target BED, in Gy; &gt; 0.</param>
    /// <param name="alphaBetaGy">α/β, in Gy; &gt; 0.</param>
    /// <param name="fractions">Number of fractions; ≥ 1.</param>
    public static double DosePerFractionFor(double bedGy, double alphaBetaGy, int fractions)
    {
        Require.Positive(bedGy, nameof(bedGy));
        Require.Positive(alphaBetaGy, nameof(alphaBetaGy));
        Require.AtLeast(fractions, 1, nameof(fractions));

        // Written as 2·B/n / (1 + √(1 + 4B/(n·ab))) to avoid cancellation when α/β is large.
        double perFraction = bedGy / fractions;
        return 2 * perFraction / (1 + Math.Sqrt(1 + (4 * perFraction / alphaBetaGy)));
    }

    /// <summary>Number of fractions (real; round as the clinic wishes) of <paramref name="dosePerFractionGy"/> Gy that gives <paramref name="bedGy"/>: n = BED/(d·(1 + d/(α/β))).</summary>
    /// <param name="bedGy">Target BED, in Gy; &gt; 0.</param>
    /// <param name="alphaBetaGy">α/β, in Gy; &gt; 0.</param>
    /// <param name="dosePerFractionGy">Dose per fraction, in Gy; &gt; 0.</param>
    public static double FractionsFor(double bedGy, double alphaBetaGy, double dosePerFractionGy)
    {
        Require.Positive(bedGy, nameof(bedGy));
        Require.Positive(alphaBetaGy, nameof(alphaBetaGy));
        Require.Positive(dosePerFractionGy, nameof(dosePerFractionGy));
        return bedGy / (dosePerFractionGy * (1 + (dosePerFractionGy / alphaBetaGy)));
    }
}
