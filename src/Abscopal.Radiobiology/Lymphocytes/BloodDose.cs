namespace Abscopal.Radiobiology.Lymphocytes;

/// <summary>Dose to the circulating blood from one fraction, and the kill of circulating lymphocytes it causes.</summary>
/// <param name="MeanPassages">Mean number of passages through the field per blood element during the fraction, λ (dimensionless).</param>
/// <param name="DosePerPassageGy">Dose received in one passage, d·τ/(T + τ), in Gy.</param>
/// <param name="FractionOfBloodDosed">Share of the blood pool that receives any dose, 1 − exp(−λ) (dimensionless).</param>
/// <param name="MeanBloodDoseGy">Dose averaged over the whole blood pool, λ·δ, in Gy.</param>
/// <param name="LymphocyteSurvivingFraction">Share of circulating lymphocytes surviving the fraction (dimensionless).</param>
public readonly record struct BloodDose(double MeanPassages, double DosePerPassageGy, double FractionOfBloodDosed, double MeanBloodDoseGy, double LymphocyteSurvivingFraction)
{
    /// <summary>Share of circulating lymphocytes killed by the fraction (dimensionless).</summary>
    public double LymphocyteKilledFraction => 1 - LymphocyteSurvivingFraction;
}
