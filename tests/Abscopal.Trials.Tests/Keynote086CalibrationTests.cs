using System.Globalization;
using Abscopal.Models.Patients;
using Abscopal.Simulation.Ensembles;
using Abscopal.Trials.Designs;
using Abscopal.Trials.Populations;
using Xunit.Abstractions;

namespace Abscopal.Trials.Tests;

/// <summary>
/// The stored calibration of the human TNBC population (<see cref="CalibratedPopulation"/>, fitted to KEYNOTE-086 cohort A,
/// 9/170, Adams 2019 Ann Oncol 30:397) on virtual patients the fit never saw (seed 7; the fit used seed 2016), and the
/// held-out direction checks of KEYNOTE-086. Set ABSCOPAL_CALIBRATION_POOL (e.g. 2000) for a larger pool; the CI default is 300.
/// </summary>
public class Keynote086CalibrationTests(ITestOutputHelper output)
{
    private static long Pool => long.TryParse(Environment.GetEnvironmentVariable("ABSCOPAL_CALIBRATION_POOL"), CultureInfo.InvariantCulture, out var n) ? n : 300;

    private static readonly AssessmentSchedule s_scans = new(42, 168);

    private static VirtualPopulation Cohort(LineOfTherapy line, PdL1Status pdl1) =>
        new(new PopulationSpec(HostSpecies.Human, BreastCancerSubtype.TripleNegative, line: line, pdL1: pdl1, minLesions: 1, maxLesions: 5));

    [Fact]
    public void Default_Human_Population_Is_The_Calibrated_One_And_Leaves_The_Core_Point_Values_Alone()
    {
        // Given the default variability of a human population
        var population = Cohort(LineOfTherapy.Pretreated, PdL1Status.Any);
        var calibrated = population.Variability.Single(v => v.ParameterId == CalibratedPopulation.ParameterId);

        // Then its calibrated median is exp(ŝ) of the point value, with ŝ inside its own interval and a source naming the fit
        Assert.Equal(Math.Exp(CalibratedPopulation.LogShift), calibrated.MedianScale, 12);
        Assert.InRange(CalibratedPopulation.LogShift, CalibratedPopulation.LogShiftLower, CalibratedPopulation.LogShiftUpper);
        Assert.Contains("KEYNOTE-086", calibrated.Source, StringComparison.Ordinal);

        // And the uncalibrated set keeps every median at the point value (mice: Kosinsky's ΩSL on kp, CV √(e^0.696² − 1) = 0.789)
        Assert.All(ParameterVariability.AbscopalCore(HostSpecies.Human), v => Assert.Equal(1, v.MedianScale));
        Assert.Equal(0.7894, ParameterVariability.AbscopalCore(HostSpecies.Mouse).Single().CoefficientOfVariation, 4);
        Assert.Equal(0.696, ParameterVariability.AbscopalCore(HostSpecies.Mouse).Single().Sigma, 12);
    }

    [Fact]
    public void Calibrated_Population_Reproduces_Cohort_A_On_Held_Out_Patients()
    {
        // Given the calibrated pre-treated TNBC population (any PD-L1) and pembrolizumab 200 mg q3w, scans every 6 weeks to week 24
        var population = Cohort(LineOfTherapy.Pretreated, PdL1Status.Any);

        // When patients the fit did not use (seed 7) are simulated
        var result = PopulationCalibration.Respond(population, TrialFixtures.PembroOnly, s_scans, Pool, new EnsembleOptions { Seed = 7, Threads = 2 });
        var observed = ObservedResponse.Keynote086CohortA.Rate;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cohort A: model {result.Orr.Value:P1} [{result.Orr.Lower:P1}, {result.Orr.Upper:P1}] n = {result.Orr.Trials}; observed {observed.Value:P1} [{observed.Lower:P1}, {observed.Upper:P1}]; TILs < {result.MedianTils:0.#}%: {result.OrrBelowMedianTils.Value:P1}, ≥: {result.OrrAboveMedianTils.Value:P1} (observed 2% vs 6%)"));

        // Then the model ORR lies in the Clopper–Pearson 95% interval of the observed 9/170 (2.5%–9.8%)
        Assert.InRange(result.Orr.Value, observed.Lower, observed.Upper);
        Assert.Equal(0, result.Failures);
    }

    [Fact]
    public void Calibrated_Population_Keeps_The_Observed_Directions_Of_Line_And_Tils()
    {
        // Given the calibrated populations of cohort A (pre-treated, any PD-L1) and cohort B (first line, PD-L1+)
        var a = PopulationCalibration.Respond(Cohort(LineOfTherapy.Pretreated, PdL1Status.Any), TrialFixtures.PembroOnly, s_scans, Pool, new EnsembleOptions { Seed = 7, Threads = 2 });
        var b = PopulationCalibration.Respond(Cohort(LineOfTherapy.FirstLine, PdL1Status.Positive), TrialFixtures.PembroOnly, s_scans, Pool, new EnsembleOptions { Seed = 7, Threads = 2 });
        var observedB = ObservedResponse.Keynote086CohortB.Rate;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cohort B (held out): model {b.Orr.Value:P1} [{b.Orr.Lower:P1}, {b.Orr.Upper:P1}]; observed {observedB.Value:P1} [{observedB.Lower:P1}, {observedB.Upper:P1}]; TILs < {b.MedianTils:0.#}%: {b.OrrBelowMedianTils.Value:P1}, ≥: {b.OrrAboveMedianTils.Value:P1} (observed 9% vs 39%)"));

        // Then, as in KEYNOTE-086 (Adams 2019; Loi 2020 via SCIENCE.md §3b), first-line PD-L1+ responds more than pre-treated (21.4% vs 5.3%)
        // and, in each cohort, patients with TILs at or above the median respond more than those below (6% vs 2%; 39% vs 9%)
        Assert.True(b.Orr.Value > a.Orr.Value);
        Assert.True(a.OrrAboveMedianTils.Value > a.OrrBelowMedianTils.Value);
        Assert.True(b.OrrAboveMedianTils.Value > b.OrrBelowMedianTils.Value);
    }
}
