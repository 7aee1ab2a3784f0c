namespace Abscopal.Radiobiology;

/// <summary>
/// The repopulation (time) term of the BED: ln2·max(0, T − Tk)/(α·Tpot) Gy is subtracted, with T the overall treatment time
/// (Fowler 1989, Br J Radiol 62:679; SCIENCE.md §2).
/// </summary>
public sealed record Repopulation
{
    /// <summary>Creates a time factor.</summary>
    /// <param name="overallDays">Overall treatment time T, first to last fraction, in days; ≥ 0.</param>
    /// <param name="kickoffDays">Kick-off time Tk before accelerated repopulation starts, in days; ≥ 0.</param>
    /// <param name="potentialDoublingDays">Potential doubling time Tpot, in days; &gt; 0.</param>
    /// <param name="alphaPerGy">α of the tumour, in Gy⁻¹; &gt; 0.</param>
    public Repopulation(double overallDays, double kickoffDays, double potentialDoublingDays, double alphaPerGy)
    {
        OverallDays = Require.NonNegative(overallDays, nameof(overallDays));
        KickoffDays = Require.NonNegative(kickoffDays, nameof(kickoffDays));
        PotentialDoublingDays = Require.Positive(potentialDoublingDays, nameof(potentialDoublingDays));
        AlphaPerGy = Require.Positive(alphaPerGy, nameof(alphaPerGy));
    }

    /// <summary>Overall treatment time T, in days.</summary>
    public double OverallDays { get; }

    /// <summary>Kick-off time Tk, in days.</summary>
    public double KickoffDays { get; }

    /// <summary>Potential doubling time Tpot, in days.</summary>
    public double PotentialDoublingDays { get; }

    /// <summary>α, in Gy⁻¹.</summary>
    public double AlphaPerGy { get; }

    /// <summary>The BED lost to repopulation, ln2·max(0, T − Tk)/(α·Tpot), in Gy.</summary>
    public double BedLossGy => Math.Log(2) * Math.Max(0, OverallDays - KickoffDays) / (AlphaPerGy * PotentialDoublingDays);
}
