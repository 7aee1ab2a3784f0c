using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Planning.Sensitivity;
using Abscopal.Radiobiology.Plans;
using Abscopal.Simulation;

namespace Abscopal.Planning.Tests.Sensitivity;

/// <summary>Runs are placed by index and each is a pure function of its factor values: results do not depend on the thread count.</summary>
public sealed class DeterminismTests
{
    /// <summary>The concurrent CT26 arm of Kosinsky et al. 2018 (5 × 2 Gy on days 7–11, anti-PD-L1 10 mg/kg from day 7), 30 days.</summary>
    internal static SimulationRequest Kosinsky() => SimulationRequest.For("kosinsky2018") with
    {
        Initial = SimulationRequest.For("kosinsky2018").Initial.Add("TV", 15),
        Plan = new TreatmentPlan(0.02, [new RtCourse("tumor", 2, [7, 8, 9, 10, 11])], [new DrugRegimen("murine-anti-pd-l1", DrugDose.PerKg(10), [7, 9, 11, 14, 16, 18])]),
        Options = new SimulationOptions { Days = 30, OutputEveryDays = 1, RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-8 },
    };

    [Theory]
    [InlineData(SensitivityMethod.Morris, 3)]
    [InlineData(SensitivityMethod.Prcc, 12)]
    public void Outcomes_And_Indices_Are_Bit_Identical_For_One_Two_And_Four_Threads(SensitivityMethod method, int samples)
    {
        // Given a Kosinsky study with a parameter, a log-scale parameter and both treatment factors
        var study = new SensitivityStudy(
            Kosinsky(),
            [
                SensitivityFactor.Parameter("r", 0.3, 0.5),
                SensitivityFactor.Parameter("kLN", 100, 800, FactorScale.Logarithmic),
                SensitivityFactor.RadiotherapyDosePerFraction(0, 1, 4),
                SensitivityFactor.DrugStartDay(0, 0, 10),
            ],
            SensitivityOutcome.Parse("final_tumour_burden_mm3"));

        // When run on 1, 2 and 4 threads
        var results = new[] { 1, 2, 4 }.Select(t => SensitivityAnalysis.Run(study, new SensitivityOptions { Method = method, Samples = samples, Seed = 9, Threads = t })).ToArray();

        // Then the outcome of every run and every index are bit-identical
        foreach (var other in results.Skip(1))
        {
            Assert.Equal(results[0].Outcomes.ToArray(), other.Outcomes.ToArray());
            Assert.Equal(results[0].Indices.ToArray(), other.Indices.ToArray());
        }

        // And the runs really differ (the factors reach the simulation)
        Assert.True(results[0].Outcomes.ToArray().Distinct().Count() == results[0].Runs);
    }

    [Fact]
    public void Treatment_Factors_Give_The_Same_Simulation_As_A_Plan_Written_With_Those_Values()
    {
        // Given the Kosinsky request and factor values 3.5 Gy per fraction and a drug start on day 4
        var request = Kosinsky();
        SensitivityFactor[] factors = [SensitivityFactor.RadiotherapyDosePerFraction(0, 1, 4), SensitivityFactor.DrugStartDay(0, 0, 10)];

        // When applied, and when the plan is written out by hand (regimen days shifted by 4 − 7 = −3)
        var applied = Simulator.Run(FactorApplication.Apply(request, factors, [3.5, 4]));
        var written = Simulator.Run(request with
        {
            Plan = new TreatmentPlan(0.02, [new RtCourse("tumor", 3.5, [7, 8, 9, 10, 11])], [new DrugRegimen("murine-anti-pd-l1", DrugDose.PerKg(10), [4, 6, 8, 11, 13, 15])]),
        });

        // Then the tumour volumes are identical
        Assert.Equal(written.Lesions[0].VolumeMm3, applied.Lesions[0].VolumeMm3);
    }

    [Fact]
    public void A_Treatment_Factor_For_A_Course_The_Plan_Lacks_Is_Refused()
    {
        // Given a plan with one course, When a factor names course 1, Then the study is refused with the count
        var study = new SensitivityStudy(Kosinsky(), [SensitivityFactor.RadiotherapyDosePerFraction(1, 1, 4)], SensitivityOutcome.Parse("final_tumour_burden_mm3"));
        var e = Assert.Throws<ArgumentException>(() => SensitivityAnalysis.Run(study, new SensitivityOptions { Method = SensitivityMethod.Morris, Samples = 2 }));
        Assert.Contains("1 radiotherapy course(s)", e.Message, StringComparison.Ordinal);
    }
}
