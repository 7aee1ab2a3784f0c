namespace Abscopal.Radiobiology;

/// <summary>Equivalent dose in 2-Gy fractions EQD2 = BED/(1 + 2/(α/β)), in Gy (Fowler 1989; Joiner &amp; Bentzen, Basic Clinical Radiobiology).</summary>
public static class Eqd2
{
    /// <summary>EQD2 of <paramref name="schedule"/>, in Gy; the optional terms are those of <see cref="Bed.Of"/>.</summary>
    /// <param name="schedule">Dose per fraction and number of fractions.</param>
    /// <param name="alphaBetaGy">α/β of the tissue, in Gy; &gt; 0.</param>
    /// <param name="repopulation">Optional time factor.</param>
    /// <param name="repair">Optional incomplete repair.</param>
    public static double Of(FractionSchedule schedule, double alphaBetaGy, Repopulation? repopulation = null, IncompleteRepair? repair = null) =>
        FromBed(Bed.Of(schedule, alphaBetaGy, repopulation, repair), alphaBetaGy);

    /// <summary>EQD2 corresponding to a BED of <paramref name="bedGy"/> Gy, in Gy.</summary>
    /// <param name="bedGy">BED, in Gy; finite.</param>
    /// <param name="alphaBetaGy">α/β, in Gy; &gt; 0.</param>
    public static double FromBed(double bedGy, double alphaBetaGy)
    {
        Require.Finite(bedGy, nameof(bedGy));
        Require.Positive(alphaBetaGy, nameof(alphaBetaGy));
        return bedGy / (1 + (2 / alphaBetaGy));
    }
}
