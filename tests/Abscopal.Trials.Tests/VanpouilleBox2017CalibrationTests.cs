using System.Globalization;
using Abscopal.Models.Patients;
using Abscopal.Numerics.Statistics;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Simulation.Ensembles;
using Abscopal.Trials.Designs;
using Abscopal.Trials.Populations;
using Xunit.Abstractions;

namespace Abscopal.Trials.Tests;

/// <summary>
/// The murine TSA calibration (<see cref="CalibratedPopulation.MouseLogShift"/>: kE median fitted to Vanpouille-Box 2017 Nat Commun
/// 8:15618, Fig 2d,f, RT 8 Gy × 3 + anti-CTLA-4, 3/7 mice tumour-free) and its held-out arms. The design is the one of
/// examples/trials/tsa-rt-anti-ctla4-mice.yaml (primary 60 mm³ and secondary 25 mm³ at day 0, RT to the primary on days 0–2,
/// anti-CTLA-4 10 mg/kg on days 2, 5, 8; tumour-free = every tumour ≤ 10 mm³ on day 40). ABSCOPAL_MOUSE_CALIBRATION_FIT_POOL=1000
/// recomputes the stored fit (≈ 1 min); ABSCOPAL_MOUSE_CALIBRATION_POOL sets the held-out pool (CI default 200 mice per arm).
/// </summary>
public class VanpouilleBox2017CalibrationTests(ITestOutputHelper output)
{
    private const string RtAloneDisagreement = "Model disagrees with Vanpouille-Box 2017 (Fig 2c,d) and Demaria 2005: with the calibrated kE, RT 8 Gy × 3 alone leaves ≈ 59% of virtual mice tumour-free "
        + "(1000 mice, seed 7), more than RT + anti-CTLA-4 (41%), against 0/7 observed; the combination holds more tumours small (day-40 primary mean 15 vs 445 mm³) but its secondaries settle at ≈ 15 mm³ "
        + "instead of clearing (kill capped at kE·(1 − Pb)/4 by adaptive PD-L1, Krho = KrhoP) (docs/trials.md, 'Calibration of the murine TSA cohort').";

    private const string AntiCtla4GrowthDisagreement = "Model disagrees with Demaria 2005 (4T1, SCIENCE.md §5: anti-CTLA-4 alone did not act) and Vanpouille-Box 2017 Fig 1b: with the calibrated kE, anti-CTLA-4 alone "
        + "holds the primary at a day-40 median of 27 mm³ against 1967 mm³ untreated (1000 mice per arm, seed 7); only 12% are ≤ 10 mm³, so the tumour-free share stays inside 0/7's interval (docs/trials.md).";

    private const string SingleDoseDisagreement = "Model disagrees with Vanpouille-Box 2017 (Fig 1b, abstract) and Dewan 2009: with the calibrated kE the tumour-free share no longer depends on "
        + "the fractionation (8 Gy × 3, 8 Gy × 1, 20 Gy × 1, 30 Gy × 1 + anti-CTLA-4: 41.0%, 40.5%, 39.9%, 40.7%; 1000 mice, seed 7): baseline kill, not RT-induced priming, decides the outcome (docs/trials.md).";

    private static long Pool => long.TryParse(Environment.GetEnvironmentVariable("ABSCOPAL_MOUSE_CALIBRATION_POOL"), CultureInfo.InvariantCulture, out var n) ? n : 200;

    private static long FitPool => long.TryParse(Environment.GetEnvironmentVariable("ABSCOPAL_MOUSE_CALIBRATION_FIT_POOL"), CultureInfo.InvariantCulture, out var n) ? n : 100;

    private static readonly AssessmentSchedule s_calipers = new(2, 40);

    private static readonly ResponderRule s_tumourFree = new(10, 40);

    private static readonly DrugRegimen s_antiCtla4 = new("murine-anti-ctla-4", DrugDose.PerKg(10), [2.0, 5, 8]);

    private static readonly PopulationSpec s_twoTumourMice = new(HostSpecies.Mouse, tumorLine: MurineTumorLine.Tsa, minLesions: 2, maxLesions: 2)
    {
        Inoculation = new Inoculation(12, [new InoculatedTumour("primary", 60, 0.3), new InoculatedTumour("secondary", 25, 0.3)]),
    };

    private static ArmTreatment Rt(double gy, int fractions, bool antiCtla4) =>
        new([new RtCourseRule(LesionRule.Named("primary"), gy, fractions)], antiCtla4 ? [s_antiCtla4] : []);

    // Held-out animals: seed 7 (the fit used 2017), the opt-in calibrated population.
    private ProportionEstimate TumourFree(ArmTreatment treatment, string arm)
    {
        var r = PopulationCalibration.Responders(new VirtualPopulation(s_twoTumourMice, variability: CalibratedPopulation.MouseVariability()), treatment, s_calipers, s_tumourFree, Pool, new EnsembleOptions { Seed = 7, Threads = 2 });
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{arm}: {r.Successes}/{r.Trials} tumour-free ({r.Value:P1}, Wilson {r.Lower:P1}–{r.Upper:P1})"));
        return r;
    }

    [Fact]
    public void Calibrated_Mouse_Population_Carries_The_Fitted_kE_Without_Changing_Any_Animal_Draw()
    {
        // Given the opt-in calibrated mouse population and the default one (Kosinsky's ΩSL on KA only: the fit is not the default
        // because the held-out RT-alone and single-dose arms reject it, see the skipped tests below)
        var calibrated = new VirtualPopulation(s_twoTumourMice, variability: CalibratedPopulation.MouseVariability());
        var uncalibrated = new VirtualPopulation(s_twoTumourMice);
        Assert.DoesNotContain(uncalibrated.Variability, v => v.ParameterId == CalibratedPopulation.MouseParameterId);

        // Then the calibrated population fixes kE's median at exp(ŝ) (CV 0: not varied between animals), ŝ inside its own interval,
        // with a source naming the fit, and keeps KA's σ 0.696
        var kE = calibrated.Variability.Single(v => v.ParameterId == CalibratedPopulation.MouseParameterId);
        Assert.Equal(Math.Exp(CalibratedPopulation.MouseLogShift), kE.MedianScale, 12);
        Assert.Equal(0, kE.Sigma);
        Assert.InRange(CalibratedPopulation.MouseLogShift, CalibratedPopulation.MouseLogShiftLower, CalibratedPopulation.MouseLogShiftUpper);
        Assert.Contains("Vanpouille-Box 2017", kE.Source, StringComparison.Ordinal);
        Assert.Equal(0.696, calibrated.Variability.Single(v => v.ParameterId == "KA").Sigma, 12);

        // And a fixed entry draws no random number, so animal i is the same in both populations but for kE (common random numbers):
        // its tumours, doubling time, KA and ALC are identical, and kE is the point value 1/day × exp(ŝ) (CoreParameterSets)
        for (var i = 0; i < 50; i++)
        {
            var a = calibrated.Sample(2017, i);
            var b = uncalibrated.Sample(2017, i);
            Assert.Equal(b.Patient.Lesions.Select(l => l.VolumeMm3), a.Patient.Lesions.Select(l => l.VolumeMm3));
            Assert.Equal(b.Parameters["Td"], a.Parameters["Td"]);
            Assert.Equal(b.Parameters["KA"], a.Parameters["KA"]);
            Assert.Equal(b.Patient.Biomarkers.AlcPerMicrolitre, a.Patient.Biomarkers.AlcPerMicrolitre);
            Assert.Equal(Math.Exp(CalibratedPopulation.MouseLogShift), a.Parameters["kE"], 12);
            Assert.False(b.Parameters.ContainsKey("kE"));
        }
    }

    [Fact]
    public void Fit_To_Vanpouille_Box_2017_Reproduces_Its_Data_Point_And_The_Stored_Calibration()
    {
        // Given the uncalibrated TSA two-tumour mice with kE as a fixed entry at its point value (s = 0), RT 8 Gy × 3 + anti-CTLA-4,
        // and Vanpouille-Box 2017's 3 of 7 mice tumour-free (Fig 2d,f)
        var uncalibrated = new VirtualPopulation(s_twoTumourMice, variability: [.. ParameterVariability.AbscopalCore(HostSpecies.Mouse), new ParameterVariability(CalibratedPopulation.MouseParameterId, 0, "point value")]);
        var observed = ObservedResponse.VanpouilleBox2017RtAntiCtla4;

        // When kE's median shift is fitted on [0, ln 100] with the same FitPool mice at every s (the stored fit used 1000)
        var full = FitPool == 1000;
        var fit = PopulationCalibration.FitResponderScale(uncalibrated, CalibratedPopulation.MouseParameterId, Rt(8, 3, antiCtla4: true), s_calipers, s_tumourFree, observed, FitPool,
            new EnsembleOptions { Seed = 2017, Threads = 2 }, 0, Math.Log(100), 0.02);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pool {FitPool}: ŝ {fit.LogShift:0.###} [{fit.Lower:0.###}, {fit.Upper:0.###}] (kE × {fit.Scale:0.##}), tumour-free at ŝ {fit.ResponseAtFit.Successes}/{fit.ResponseAtFit.Trials}; stored {CalibratedPopulation.MouseLogShift} [{CalibratedPopulation.MouseLogShiftLower}, {CalibratedPopulation.MouseLogShiftUpper}]"));
        foreach (var e in fit.Evaluations)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  s = {e.LogShift:0.###} (kE × {Math.Exp(e.LogShift):0.##}): {e.Response.Successes}/{e.Response.Trials}"));
        }

        // Then the point value leaves no mouse tumour-free (the documented disagreement before the calibration), so s is identifiable
        Assert.Equal(0, fit.Evaluations[0].Response.Successes);

        // And at ŝ the pool reproduces 3/7: its share lies within the pool's Wilson interval of 3/7, and the binomial log-likelihood
        // 3·ln p + 4·ln(1 − p) there is within 0.05 of its maximum at p = 3/7 (the interval's ends are 1.92 below it: χ²₁(0.95)/2)
        static double LogLik(double p) => (3 * Math.Log(p)) + (4 * Math.Log(1 - p));
        var atFit = fit.ResponseAtFit;
        Assert.InRange(3.0 / 7, atFit.Lower, atFit.Upper);
        Assert.InRange(LogLik(3.0 / 7) - LogLik(atFit.Value), 0, 0.05);
        Assert.InRange(fit.LogShift, fit.Lower, fit.Upper);
        Assert.True(double.IsFinite(fit.Lower) && double.IsFinite(fit.Upper));

        // And with the stored pool the stored numbers come back (common random numbers make the fit deterministic); with a smaller
        // pool the stored ŝ lies in the new fit's 95% profile-likelihood interval
        if (full)
        {
            Assert.Equal(CalibratedPopulation.MouseLogShift, fit.LogShift, 0.001);
            Assert.Equal(CalibratedPopulation.MouseLogShiftLower, fit.Lower, 0.001);
            Assert.Equal(CalibratedPopulation.MouseLogShiftUpper, fit.Upper, 0.001);
        }
        else
        {
            Assert.InRange(CalibratedPopulation.MouseLogShift, fit.Lower, fit.Upper);
        }
    }

    [Fact]
    public void Held_Out_Untreated_And_Anti_Ctla_4_Alone_Lie_In_The_Exact_Intervals_Of_Vanpouille_Box_2017()
    {
        // Given the calibrated virtual mice the fit never saw (seed 7), untreated or given anti-CTLA-4 alone, and the observed 0 of 7
        // tumour-free mice in each group (Vanpouille-Box 2017 Fig 1b: 0 Gy and 0 Gy + anti-CTLA-4, n = 7; counts as the example
        // reads them [check against Fig 1b]); Clopper–Pearson 95% of 0/7 is 0–41.0% (1 − 0.025^(1/7))
        var none = BinomialProportion.ClopperPearson(0, 7);
        Assert.Equal(1 - Math.Pow(0.025, 1.0 / 7), none.Upper, 1e-10);

        // When each group is simulated
        var control = TumourFree(ArmTreatment.None, "control");
        var antiCtla4 = TumourFree(new ArmTreatment([], [s_antiCtla4]), "anti-CTLA-4");

        // Then the model's tumour-free share of each lies inside the observed exact interval (1000 mice: 0.1% and 12.4%)
        Assert.InRange(control.Value, none.Lower, none.Upper);
        Assert.InRange(antiCtla4.Value, none.Lower, none.Upper);
        Assert.Equal(Pool, control.Trials);
        Assert.Equal(Pool, antiCtla4.Trials);

        // And the fitted combination on held-out mice lies in the exact interval of 3/7 (9.9%–81.6%; 1000 mice: 41.0%)
        var both = TumourFree(Rt(8, 3, antiCtla4: true), "RT 8 Gy × 3 + anti-CTLA-4");
        var observed = ObservedResponse.VanpouilleBox2017RtAntiCtla4.Rate;
        Assert.InRange(both.Value, observed.Lower, observed.Upper);
    }

    [Fact(Skip = RtAloneDisagreement)]
    public void Held_Out_Rt_Alone_Lies_In_The_Exact_Interval_Of_Vanpouille_Box_2017_And_Below_The_Combination()
    {
        // Given the calibrated held-out mice with RT 8 Gy × 3 alone, and 0/7 tumour-free observed (Vanpouille-Box 2017 Fig 2d, 8GyX3
        // group [check the count against Fig 2d]); the combination left 3/7
        var rt = TumourFree(Rt(8, 3, antiCtla4: false), "RT 8 Gy × 3");
        var both = TumourFree(Rt(8, 3, antiCtla4: true), "RT 8 Gy × 3 + anti-CTLA-4");
        var none = BinomialProportion.ClopperPearson(0, 7);

        // Then RT alone lies in the exact interval of 0/7 (0–41.0%) and below the combination
        Assert.InRange(rt.Value, none.Lower, none.Upper);
        Assert.True(rt.Value < both.Value, $"RT alone {rt.Value:P1} vs RT + anti-CTLA-4 {both.Value:P1}");
    }

    [Fact(Skip = AntiCtla4GrowthDisagreement)]
    public void Held_Out_Anti_Ctla_4_Alone_Leaves_The_Tumours_Growing()
    {
        // Given calibrated held-out mice, untreated or given anti-CTLA-4 alone (Demaria 2005: either alone did not slow 4T1; the
        // 0 Gy + anti-CTLA-4 TSA tumours of Vanpouille-Box 2017 Fig 1b grew with the controls [check against Fig 1b])
        var design = new TrialDesign("anti-CTLA-4 alone", s_twoTumourMice, [new TrialArm("control", ArmTreatment.None), new TrialArm("anti-CTLA-4", new ArmTreatment([], [s_antiCtla4]))], Pool, s_calipers, 7);

        // When both groups are simulated
        var result = VirtualTrial.Run(design, new TrialRunOptions { Threads = 2, Variability = CalibratedPopulation.MouseVariability() });
        double MedianPrimary(string arm)
        {
            var v = result.Patients.Where(p => p.Arm == arm).Select(p => p.Tumours[0].VolumesMm3[^1]).Order().ToArray();
            return v[v.Length / 2];
        }

        // Then anti-CTLA-4 alone leaves the primary's day-40 median volume at least half the untreated one
        var (control, antiCtla4) = (MedianPrimary("control"), MedianPrimary("anti-CTLA-4"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"day-40 median primary: control {control:0.#} mm³, anti-CTLA-4 {antiCtla4:0.#} mm³"));
        Assert.True(antiCtla4 >= 0.5 * control, $"anti-CTLA-4 {antiCtla4:0.#} vs control {control:0.#} mm³");
    }

    [Fact(Skip = SingleDoseDisagreement)]
    public void Held_Out_Single_Doses_Above_The_Trex1_Threshold_Cure_Fewer_Mice_Than_8_Gy_Times_3_With_Anti_Ctla_4()
    {
        // Given the calibrated held-out mice with anti-CTLA-4 and RT 8 Gy × 3, 20 Gy × 1 (Dewan 2009: no abscopal effect with 9H10)
        // or 30 Gy × 1 (Vanpouille-Box 2017 Fig 1b: above the Trex1 threshold, no local or abscopal regression with anti-CTLA-4)
        var fractionated = TumourFree(Rt(8, 3, antiCtla4: true), "RT 8 Gy × 3 + anti-CTLA-4");
        var twenty = TumourFree(Rt(20, 1, antiCtla4: true), "RT 20 Gy × 1 + anti-CTLA-4");
        var thirty = TumourFree(Rt(30, 1, antiCtla4: true), "RT 30 Gy × 1 + anti-CTLA-4");

        // Then each single dose leaves clearly fewer mice tumour-free than 8 Gy × 3: its Wilson 95% interval lies wholly below
        // (a separation, not a difference Monte Carlo noise of the pool could produce; the papers saw no regression at all)
        Assert.True(twenty.Upper < fractionated.Lower, $"20 Gy × 1 {twenty.Value:P1} vs 8 Gy × 3 {fractionated.Value:P1}");
        Assert.True(thirty.Upper < fractionated.Lower, $"30 Gy × 1 {thirty.Value:P1} vs 8 Gy × 3 {fractionated.Value:P1}");
    }
}
