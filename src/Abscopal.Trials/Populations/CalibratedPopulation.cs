using System.Collections.Immutable;
using Abscopal.Models.Patients;

namespace Abscopal.Trials.Populations;

/// <summary>
/// The calibrated between-patient variability that virtual populations use by default: for humans the population median of
/// abscopal-core's <see cref="ParameterId"/> is shifted by the fit of <see cref="PopulationCalibration.FitImmuneScale"/> to
/// KEYNOTE-086 cohort A (docs/trials.md, "Calibration to KEYNOTE-086"); mice keep <see cref="ParameterVariability.AbscopalCore"/>.
/// abscopal-core's own point values (CoreParameterSets) are not changed: single-patient scenarios use them.
/// </summary>
public static class CalibratedPopulation
{
    /// <summary>The calibrated hyperparameter: the population median of this abscopal-core parameter.</summary>
    public const string ParameterId = "kp";

    /// <summary>Fitted natural-log shift ŝ of the median (median = point value × exp(ŝ) = 5·10⁶ × 0.0752 ≈ 3.8·10⁵ cells/day).</summary>
    public const double LogShift = -2.588;

    /// <summary>Lower end of the 95% profile-likelihood interval of ŝ (median × 0.048).</summary>
    public const double LogShiftLower = -3.033;

    /// <summary>Upper end of the 95% profile-likelihood interval of ŝ (median × 0.133).</summary>
    public const double LogShiftUpper = -2.014;

    /// <summary>Where the fitted value comes from.</summary>
    public const string Source =
        "calibrated to KEYNOTE-086 cohort A (9/170, Adams 2019 Ann Oncol 30:397) by maximum binomial likelihood over a log shift of the population median "
        + "(PopulationCalibration.FitImmuneScale: 1000 virtual patients, seed 2016, common random numbers, pembrolizumab 200 mg q3w, scans q6w to day 168; "
        + "ŝ = −2.588, 95% profile-likelihood interval −3.033 to −2.014); assumed to carry over to HER2+ and HR+/HER2− (checked against KEYNOTE-028); docs/trials.md";

    /// <summary>The default variability of a species: humans calibrated, mice as <see cref="ParameterVariability.AbscopalCore"/>.</summary>
    public static ImmutableArray<ParameterVariability> Variability(HostSpecies species)
    {
        var uncalibrated = ParameterVariability.AbscopalCore(species);
        if (species != HostSpecies.Human)
        {
            return uncalibrated;
        }

        return [.. uncalibrated.Select(v => v.ParameterId == ParameterId ? v with { MedianScale = Math.Exp(LogShift), Source = $"{v.Source}; median × {Math.Exp(LogShift):0.####} {Source}" } : v)];
    }
}
