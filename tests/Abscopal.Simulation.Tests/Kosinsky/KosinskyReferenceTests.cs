using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Drugs;
using Abscopal.Pharmacology.Plans;
using Abscopal.Pharmacology.Regimens;
using Abscopal.Radiobiology.Plans;
using Abscopal.Testing;

namespace Abscopal.Simulation.Tests.Kosinsky;

/// <summary>
/// The built-in kosinsky2018 against independent solutions of the published equations (data/reference/kosinsky-*.csv:
/// SciPy Radau at rtol 1e-13, checked with SUNDIALS CVODE; docs/problems.md).
/// </summary>
public class KosinskyReferenceTests
{
    private static readonly string[] s_states = ["TV", "U", "nTeff", "dTeff", "PDL1", "TVd", "Adepot", "Acent"];

    private static (double Error, int Row, int State) Worst(ReferenceSolution reference, PatientSimulation result)
    {
        var rows = new List<double[]>();
        foreach (var t in reference.Times)
        {
            var k = Array.IndexOf(result.Times, t);
            rows.Add([.. reference.StateNames.Select(s => result.States[s][k])]);
        }

        return reference.MaxError(rows);
    }

    [Fact]
    public void Given_No_Treatment_When_Simulated_For_40_Days_Then_It_Matches_The_Independent_Radau_Solution()
    {
        // Given the untreated arm (TV(0) = 15 µL; Kosinsky 2018 Fig 1 control) and its reference solution
        var reference = ReferenceSolution.Load("kosinsky-untreated");
        var request = SimulationRequest.For("kosinsky2018") with
        {
            Options = new SimulationOptions { Days = 40, OutputEveryDays = 5, RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 },
        };

        // When simulated
        var result = Simulator.Run(request);

        // Then every state agrees with the reference to the error measure of docs/problems.md
        Assert.Equal(s_states, reference.StateNames);
        var worst = Worst(reference, result);
        Assert.True(worst.Error < 1e-6, $"max error {worst}");
        Assert.Equal("tumor", Assert.Single(result.Lesions).Id);
        Assert.Equal(1758.5342658219211, result.Lesions[0].VolumeMm3[^1], 1e-6 * 1758.5);
    }

    [Fact]
    public void Given_The_Concurrent_Arm_When_Simulated_From_The_Plan_Then_It_Matches_The_Independent_Solution()
    {
        // Given 5 × 2 Gy on days 7–11 (0.8 Gy/min pulses) and anti-PD-L1 10 mg/kg on days 7, 9, …, 25 for a 20 g mouse
        // (Dovedi 2014 Fig 1b concurrent arm; docs/problems.md kosinsky-treated), as a TreatmentPlan
        var reference = ReferenceSolution.Load("kosinsky-treated");
        var plan = new TreatmentPlan(
            0.020,
            [new RtCourse("tumor", 2, 5, startDay: 7, intervalDays: 1, skipWeekends: true)],
            [new DrugRegimen(DrugLibrary.MurineAntiPdL1.Name, DrugDose.PerKg(10), [7, 9, 11, 14, 16, 18, 21, 23, 25])]);
        var request = SimulationRequest.For("kosinsky2018") with
        {
            Patient = Patient.Mouse(MurineTumorLine.FourT1, 15),
            Plan = plan,
            Options = new SimulationOptions { Days = 40, OutputEveryDays = 5, RelativeTolerance = 1e-12, AbsoluteTolerance = 1e-16 },
        };

        // When simulated
        var result = Simulator.Run(request);

        // Then it agrees with the reference (rows right-continuous at event times)
        // (the largest error, ~1.5e-7, is in U at day 10, where U ≈ 8e-21 is measured against its own tiny scale)
        var worst = Worst(reference, result);
        Assert.True(worst.Error < 1e-6, $"max error {worst}");
        Assert.True(result.Lesions[0].Irradiated);
    }

    [Fact]
    public void Given_Two_Plans_Of_The_Same_Shape_When_Prepared_Then_They_Share_One_Compiled_Model()
    {
        // Given two plans with 5 fractions and no drug but different days and doses
        var a = Models.BuiltinModels.Kosinsky2018.Prepare(null, new TreatmentPlan(0.02, [new RtCourse("tumor", 2, 5, 7)], []));
        var b = Models.BuiltinModels.Kosinsky2018.Prepare(null, new TreatmentPlan(0.02, [new RtCourse("tumor", 8, 5, 14)], []));

        // Then one structure (one compilation) serves both, with different bound values
        Assert.Equal(a.StructureKey, b.StructureKey);
        Assert.Same(Simulator.Compile(a), Simulator.Compile(b));
        Assert.NotEqual(a.Values["rt0_day"], b.Values["rt0_day"]);
    }
}
