using System.Globalization;
using Abscopal.Models.Patients;
using Abscopal.Simulation.Ensembles;
using Abscopal.Trials.Designs;
using Abscopal.Trials.Populations;
using Xunit.Abstractions;

namespace Abscopal.Trials.Tests;

/// <summary>
/// Allen et al. 2016 selection towards KEYNOTE-086 pembrolizumab monotherapy (ORR 5.3% cohort A pre-treated, 21.4% cohort B
/// first-line PD-L1+; SCIENCE.md §5), on top of the default (KEYNOTE-086-calibrated) population: the pool's ORR is reported.
/// Set ABSCOPAL_CALIBRATION_POOL (e.g. 1000) for a larger pool; the CI default is small.
/// </summary>
public class CalibrationTests(ITestOutputHelper output)
{
    private static long Pool => long.TryParse(Environment.GetEnvironmentVariable("ABSCOPAL_CALIBRATION_POOL"), CultureInfo.InvariantCulture, out var n) ? n : 40;

    [Theory]
    [InlineData(LineOfTherapy.Pretreated, PdL1Status.Any, 0.053)]
    [InlineData(LineOfTherapy.FirstLine, PdL1Status.Positive, 0.214)]
    public void Keynote086_Selection_Follows_Allen_2016_And_Reports_The_Match(LineOfTherapy line, PdL1Status pdl1, double target)
    {
        // Given the TNBC population of the cohort, pembrolizumab 200 mg q3w, scans every 6 weeks to week 24
        var population = new VirtualPopulation(new PopulationSpec(HostSpecies.Human, BreastCancerSubtype.TripleNegative, line: line, pdL1: pdl1, minLesions: 1, maxLesions: 5));
        var mono = new ArmTreatment([], [TrialFixtures.Pembrolizumab()]);

        // When a plausible pool is simulated and selected towards the observed ORR
        var result = PopulationCalibration.Calibrate(population, mono, new AssessmentSchedule(42, 168), target, Pool, new EnsembleOptions { Seed = 2016, Threads = 2 });
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{line}/{pdl1}: pool {result.PoolOrr.Trials} ORR {result.PoolOrr.Value:P1} [{result.PoolOrr.Lower:P1}, {result.PoolOrr.Upper:P1}]; target {target:P1}; selected {result.SelectedOrr.Trials} ORR {result.SelectedOrr.Value:P1} [{result.SelectedOrr.Lower:P1}, {result.SelectedOrr.Upper:P1}]; accept R {result.AcceptResponder:0.###} NR {result.AcceptNonResponder:0.###}; median TILs pool {result.PoolMedianTils:0.#}% selected {result.SelectedMedianTils:0.#}%; failures {result.Failures}"));

        // Then the acceptance probabilities are Allen's: the larger is 1, and their ratio is (t/r)/((1−t)/(1−r))
        var r = result.PoolOrr.Value;
        if (r > 0 && r < 1)
        {
            Assert.Equal(1, Math.Max(result.AcceptResponder, result.AcceptNonResponder), 12);
            Assert.Equal(target / r / ((1 - target) / (1 - r)), result.AcceptResponder / result.AcceptNonResponder, 9);
        }
        else
        {
            // A pool without responders (or only responders) cannot be selected to the target: the miss is reported, not hidden
            Assert.False(r == 0 && result.SelectedOrr.Successes > 0);
        }

        Assert.Equal(Pool, result.PoolOrr.Trials + result.Failures);
    }
}
