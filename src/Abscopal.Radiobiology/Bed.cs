namespace Abscopal.Radiobiology;

/// <summary>
/// Biologically effective dose BED = n·d·(1 + d·(1 + h)/(α/β)) − ln2·max(0, T − Tk)/(α·Tpot), in Gy
/// (Fowler 1989, Br J Radiol 62:679; h the Thames incomplete-repair factor, 0 for one fraction a day).
/// </summary>
public static class Bed
{
    /// <summary>BED of <paramref name="schedule"/>, in Gy.</summary>
    /// <param name="schedule">Dose per fraction and number of fractions.</param>
    /// <param name="alphaBetaGy">α/β of the tissue, in Gy; &gt; 0.</param>
    /// <param name="repopulation">Optional time factor; null leaves it out.</param>
    /// <param name="repair">Optional incomplete repair for more than one fraction a day; null means full repair between fractions.</param>
    public static double Of(FractionSchedule schedule, double alphaBetaGy, Repopulation? repopulation = null, IncompleteRepair? repair = null)
    {
        Require.Positive(alphaBetaGy, nameof(alphaBetaGy));
        double d = schedule.DosePerFractionGy;
        double h = repair?.HFactor ?? 0;
        double bed = schedule.TotalDoseGy * (1 + (d * (1 + h) / alphaBetaGy));
        return bed - (repopulation?.BedLossGy ?? 0);
    }
}
