namespace Abscopal.Radiobiology.Lymphocytes;

/// <summary>
/// Dose to circulating blood and the kill of circulating lymphocytes, per fraction and over a course (docs/radiobiology.md).
/// </summary>
/// <remarks>
/// Blood flows through the field at Q = share·coverage·cardiac output and stays a transit time τ. During a fraction of dose d
/// delivered over beam-on time T, the blood in the field at the start and the blood entering during T is dosed: a
/// well-mixed pool of volume V makes λ = Q·(T + τ)/V passages per element on average (Poisson), each passage giving
/// δ = d·τ/(T + τ) (the integral dose to blood, d·Q·τ, is conserved). With exponential survival exp(−D/D0) the surviving
/// share of circulating lymphocytes is exactly exp(−λ·(1 − exp(−δ/D0))). The blood-dosing approach follows Yovino et al.
/// 2013 (Cancer Invest 31:140) and HEDOS (Shin et al. 2021, Phys Med Biol 66(16)); between fractions the pool is assumed
/// fully mixed and not replenished (circulating lymphocytes are ~2% of the body's lymphocytes, so this overstates the
/// course effect on total lymphocytes).
/// </remarks>
public static class CirculatingLymphocytes
{
    /// <summary>Blood dose and lymphocyte kill of one fraction.</summary>
    /// <param name="site">The irradiated site.</param>
    /// <param name="dosePerFractionGy">Prescribed dose per fraction in the field, in Gy; &gt; 0.</param>
    /// <param name="beamOnSeconds">Beam-on time of the fraction, in s; ≥ 0.</param>
    /// <param name="fieldCoverage">Share of the site's blood flow that passes through the field (field size relative to the site), in (0, 1].</param>
    /// <param name="pool">The blood pool; null is <see cref="BloodPool.ReferenceMale"/>.</param>
    /// <param name="sensitivity">Lymphocyte survival law; null is <see cref="LymphocyteRadiosensitivity.InVivo"/>.</param>
    public static BloodDose PerFraction(
        IrradiatedSite site,
        double dosePerFractionGy,
        double beamOnSeconds,
        double fieldCoverage = 1.0,
        BloodPool? pool = null,
        LymphocyteRadiosensitivity? sensitivity = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        Require.Positive(dosePerFractionGy, nameof(dosePerFractionGy));
        Require.NonNegative(beamOnSeconds, nameof(beamOnSeconds));
        Require.InRange(fieldCoverage, 0, 1, lowOpen: true, nameof(fieldCoverage));
        pool ??= BloodPool.ReferenceMale;
        sensitivity ??= LymphocyteRadiosensitivity.InVivo;

        double flowLitresPerSecond = site.CardiacOutputShare * fieldCoverage * pool.CardiacOutputLitresPerMinute / 60;
        double exposure = beamOnSeconds + site.TransitSeconds;
        double passages = flowLitresPerSecond * exposure / pool.BloodVolumeLitres;
        double perPassage = dosePerFractionGy * site.TransitSeconds / exposure;
        double survival = Math.Exp(-passages * (1 - sensitivity.SurvivingFraction(perPassage)));
        return new BloodDose(passages, perPassage, 1 - Math.Exp(-passages), passages * perPassage, survival);
    }

    /// <summary>Share of circulating lymphocytes surviving <paramref name="fractions"/> identical fractions (no replenishment), dimensionless.</summary>
    /// <param name="perFraction">The blood dose of one fraction.</param>
    /// <param name="fractions">Number of fractions; ≥ 1.</param>
    public static double CourseSurvivingFraction(BloodDose perFraction, int fractions) =>
        Math.Pow(perFraction.LymphocyteSurvivingFraction, Require.AtLeast(fractions, 1, nameof(fractions)));
}
