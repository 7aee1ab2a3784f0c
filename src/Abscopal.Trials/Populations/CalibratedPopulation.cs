using System.Collections.Immutable;
using Abscopal.Models.Patients;

namespace Abscopal.Trials.Populations;

/// <summary>
/// The calibrated between-patient variability that virtual populations use by default: for humans the population median of
/// abscopal-core's <see cref="ParameterId"/> is shifted by the fit of <see cref="PopulationCalibration.FitImmuneScale"/> to
/// KEYNOTE-086 cohort A (docs/trials.md, "Calibration to KEYNOTE-086"); for mice the median of <see cref="MouseParameterId"/> is shifted by the
/// fit of <see cref="PopulationCalibration.FitResponderScale"/> to Vanpouille-Box 2017 (docs/trials.md, "Calibration of the murine TSA cohort").
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

    /// <summary>The calibrated hyperparameter of mouse cohorts: the population median of this abscopal-core parameter (not varied between animals).</summary>
    public const string MouseParameterId = "kE";

    /// <summary>Fitted natural-log shift ŝ of the murine median of kE (median = 1/day × exp(ŝ) ≈ 11.2 /day).</summary>
    public const double MouseLogShift = 2.420;

    /// <summary>Lower end of the 95% profile-likelihood interval of the murine ŝ (kE × 7.30).</summary>
    public const double MouseLogShiftLower = 1.988;

    /// <summary>Upper end of the 95% profile-likelihood interval of the murine ŝ (kE × 22.3).</summary>
    public const double MouseLogShiftUpper = 3.103;

    /// <summary>Where the fitted murine value comes from.</summary>
    public const string MouseSource =
        "calibrated to Vanpouille-Box 2017 Nat Commun 8:15618 Fig 2d,f (TSA two-tumour mice, RT 8 Gy × 3 + anti-CTLA-4: 3/7 tumour-free) by maximum binomial likelihood over a log shift of the median "
        + "(PopulationCalibration.FitResponderScale: 1000 virtual mice, seed 2017, common random numbers, tumour-free = every tumour ≤ 10 mm³ on day 40, design of examples/trials/tsa-rt-anti-ctla4-mice.yaml; "
        + "ŝ = 2.420, 95% profile-likelihood interval 1.988 to 3.103); kp was not identifiable (no mouse tumour-free at kp × 1 to × 10⁴); fails held-out arms (RT alone, 30 Gy × 1), docs/trials.md; "
        + "assumed to carry over to 4T1/TUBO";

    /// <summary>
    /// The default variability of a species: humans with the calibrated kp median; mice with <see cref="ParameterVariability.AbscopalCore"/>
    /// (Kosinsky's ΩSL on KA), not the murine kE fit, which held-out arms reject (see <see cref="MouseVariability"/>).
    /// </summary>
    public static ImmutableArray<ParameterVariability> Variability(HostSpecies species)
    {
        var uncalibrated = ParameterVariability.AbscopalCore(species);
        if (species != HostSpecies.Human)
        {
            return uncalibrated;
        }

        return [.. uncalibrated.Select(v => v.ParameterId == ParameterId ? v with { MedianScale = Math.Exp(LogShift), Source = $"{v.Source}; median × {Math.Exp(LogShift):0.####} {Source}" } : v)];
    }

    /// <summary>
    /// Opt-in murine variability with the kE median fitted to Vanpouille-Box 2017 (fixed, CV 0: Kosinsky's only between-animal random
    /// effect is on KA). Not the default: it reproduces its own arm and the untreated and anti-CTLA-4-alone arms, but predicts RT alone
    /// curing more mice than RT + anti-CTLA-4 and single doses above the Trex1 threshold doing as well as 8 Gy × 3 (docs/trials.md).
    /// </summary>
    public static ImmutableArray<ParameterVariability> MouseVariability() =>
        [.. ParameterVariability.AbscopalCore(HostSpecies.Mouse), new ParameterVariability(MouseParameterId, 0, $"not varied between animals; median × {Math.Exp(MouseLogShift):0.##} {MouseSource}", Math.Exp(MouseLogShift))];
}
