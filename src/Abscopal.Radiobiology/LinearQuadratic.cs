namespace Abscopal.Radiobiology;

/// <summary>The linear-quadratic (LQ) cell-survival model S = exp(−αd − βd²) (Fowler 1989, Br J Radiol 62:679).</summary>
public static class LinearQuadratic
{
    /// <summary>Surviving fraction (dimensionless) after one acute dose of <paramref name="doseGy"/> Gy.</summary>
    /// <param name="alphaPerGy">α, in Gy⁻¹; ≥ 0.</param>
    /// <param name="betaPerGy2">β, in Gy⁻²; ≥ 0.</param>
    /// <param name="doseGy">Dose, in Gy; ≥ 0.</param>
    public static double SurvivingFraction(double alphaPerGy, double betaPerGy2, double doseGy)
    {
        Require.NonNegative(alphaPerGy, nameof(alphaPerGy));
        Require.NonNegative(betaPerGy2, nameof(betaPerGy2));
        Require.NonNegative(doseGy, nameof(doseGy));
        return Math.Exp((-alphaPerGy * doseGy) - (betaPerGy2 * doseGy * doseGy));
    }

    /// <summary>Surviving fraction (dimensionless) after a whole <paramref name="schedule"/> with full repair between fractions and no repopulation.</summary>
    /// <param name="alphaPerGy">α, in Gy⁻¹; ≥ 0.</param>
    /// <param name="betaPerGy2">β, in Gy⁻²; ≥ 0.</param>
    /// <param name="schedule">The fractions.</param>
    public static double SurvivingFraction(double alphaPerGy, double betaPerGy2, FractionSchedule schedule) =>
        Math.Pow(SurvivingFraction(alphaPerGy, betaPerGy2, schedule.DosePerFractionGy), schedule.Fractions);
}
