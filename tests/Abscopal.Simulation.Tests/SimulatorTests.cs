using System.Collections.Immutable;
using Abscopal.Modeling.Text;
using Abscopal.Models;
using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Plans;
using Abscopal.Radiobiology.Plans;

namespace Abscopal.Simulation.Tests;

public class SimulatorTests
{
    private static readonly Patient s_patient = new(HostSpecies.Human, 70,
        [Lesion.FromDiameter("liver1", AnatomicSite.Liver, 30), Lesion.FromDiameter("lung1", AnatomicSite.Lung, 20), Lesion.FromDiameter("bone1", AnatomicSite.Bone, 25)],
        BreastCancerSubtype.TripleNegative, biomarkers: new Biomarkers { Rsi = 0.3 });

    [Fact]
    public void A_Fraction_Moves_The_Lq_Killed_Share_Of_Viable_Cells_To_The_Doomed_Pool()
    {
        // Given one 8 Gy fraction at day 0 to liver1 with α = 0.502 /Gy (RSI 0.3, GARD) and β = 0.05 /Gy²
        var plan = new TreatmentPlan(70, [new RtCourse("liver1", 8, 1, 0, 1, false)], []);
        var result = Simulator.Run(SimulationRequest.For("abscopal-core") with { Patient = s_patient, Plan = plan, Options = new SimulationOptions { Days = 1 } });

        // Then right after it (row 0 is right-continuous) T = T0·exp(−αd − βd²) and D = T0 − T, the volume unchanged
        var alpha = -Math.Log(0.3) / 2 - 0.1;
        var t0 = Math.PI * 27000 / 6;
        var survival = Math.Exp((-alpha * 8) - (0.05 * 64));
        Assert.Equal(t0 * survival, result.States["T_liver1"][0], 1e-9 * t0);
        Assert.Equal(t0 * (1 - survival), result.States["D_liver1"][0], 1e-9 * t0);
        Assert.Equal(30, result.Lesion("liver1").DiameterMm[0], 10);
        Assert.True(result.Lesion("liver1").Irradiated);
        Assert.False(result.Lesion("lung1").Irradiated);
        Assert.Equal("abscopal-core", result.ModelId);
    }

    [Fact]
    public void An_Untreated_Lesion_Starts_Growing_At_Its_Subtype_Doubling_Time()
    {
        // Given TNBC (doubling time 103 days, Ryu 2014) and no treatment; the growth rate is set so that dV/dt / V = ln2/Td at day 0
        var result = Simulator.Run(SimulationRequest.For("abscopal-core") with { Patient = s_patient, Options = new SimulationOptions { Days = 0.01, OutputEveryDays = 0.001 } });

        // Then the relative growth rate over the first 0.01 day is ln2/103 to within 1% (the immune pools are near their balance)
        foreach (var lesion in result.Lesions)
        {
            var rate = Math.Log(lesion.VolumeMm3[^1] / lesion.VolumeMm3[0]) / 0.01;
            Assert.Equal(Math.Log(2) / 103, rate, 0.01 * Math.Log(2) / 103);
        }
    }

    [Fact]
    public async Task The_Same_Request_Gives_Bit_Identical_Results()
    {
        var plan = new TreatmentPlan(70, [new RtCourse("liver1", 8, 3, 0, 1, false)], [new Pharmacology.Regimens.DrugRegimen("pembrolizumab", Pharmacology.Regimens.DrugDose.Flat(200), 0, 21, 6)]);
        var request = SimulationRequest.For("abscopal-core") with { Patient = s_patient, Plan = plan };
        var a = Simulator.Run(request);
        var b = await Task.Run(() => Simulator.Run(request));
        foreach (var id in a.StateIds)
        {
            Assert.Equal(a.States[id], b.States[id]);
        }
    }

    [Fact]
    public void The_Right_Hand_Side_Allocates_Nothing()
    {
        // Given the compiled 3-lesion model with RT and pembrolizumab
        var plan = new TreatmentPlan(70, [new RtCourse("liver1", 8, 3, 0, 1, false)], [new Pharmacology.Regimens.DrugRegimen("pembrolizumab", Pharmacology.Regimens.DrugDose.Flat(200), 0, 21, 6)]);
        var setup = BuiltinModels.AbscopalCore.Prepare(s_patient, plan);
        var instance = Simulator.Compile(setup).CreateInstance();
        foreach (var (id, value) in setup.Values)
        {
            instance.SetValue(id, value);
        }

        var y = new double[instance.Dimension];
        var dydt = new double[instance.Dimension];
        instance.Initialize(0, y);
        instance.Derivative(0, y, dydt);

        // When the right-hand side is evaluated 1000 times
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var k = 0; k < 1000; k++)
        {
            instance.Derivative(k * 0.1, y, dydt);
        }

        // Then nothing is allocated
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Unknown_Ids_And_Out_Of_Range_Values_Name_The_Field()
    {
        var unknownModel = Assert.Throws<ArgumentException>(() => SimulationRequest.For("kosinsky"));
        Assert.Contains("model 'kosinsky' is not known; allowed: kosinsky2018, abscopal-core", unknownModel.Message, StringComparison.Ordinal);

        var parameter = Assert.Throws<ArgumentException>(() => Simulator.Run(SimulationRequest.For("kosinsky2018") with { Parameters = new Dictionary<string, double> { ["kLNx"] = 1 }.ToImmutableDictionary() }));
        Assert.StartsWith("parameters: 'kLNx' is not a parameter of model 'kosinsky2018'; allowed:", parameter.Message, StringComparison.Ordinal);
        Assert.Contains("kLN", parameter.Message, StringComparison.Ordinal);

        var state = Assert.Throws<ArgumentException>(() => Simulator.Run(SimulationRequest.For("kosinsky2018") with { Initial = new Dictionary<string, double> { ["r"] = 1 }.ToImmutableDictionary() }));
        Assert.StartsWith("initial: 'r' is not a state of model 'kosinsky2018'", state.Message, StringComparison.Ordinal);

        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => Simulator.Run(SimulationRequest.For("kosinsky2018") with { Initial = new Dictionary<string, double> { ["TV"] = -1 }.ToImmutableDictionary() }));
        Assert.StartsWith("initial: TV must be in [0, +∞); got -1.", negative.Message, StringComparison.Ordinal);

        var days = Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationOptions { Days = 0 });
        Assert.StartsWith("days must be in (0, 3650]; got 0.", days.Message, StringComparison.Ordinal);
        var rtol = Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationOptions { RelativeTolerance = 1 });
        Assert.StartsWith("rtol must be in [1E-13, 0.1]; got 1.", rtol.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameter_And_Initial_Overrides_Change_The_Result()
    {
        // Given kosinsky2018 untreated with TV(0) = 30 and r = 0 (no growth) and no immune influx (kLN = 0)
        var request = SimulationRequest.For("kosinsky2018") with
        {
            Parameters = new Dictionary<string, double> { ["r"] = 0, ["kLN"] = 0 }.ToImmutableDictionary(),
            Initial = new Dictionary<string, double> { ["TV"] = 30 }.ToImmutableDictionary(),
            Options = new SimulationOptions { Days = 10, RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 },
        };

        // Then TV decays at d0 = 0.01 /day exactly: TV(10) = 30·exp(−0.1)
        var tv = Simulator.Run(request).Lesion("tumor").VolumeMm3;
        Assert.Equal(30 * Math.Exp(-0.1), tv[^1], 1e-8);
    }

    [Fact]
    public void A_Model_From_Text_Runs_With_A_Tumor_Lesion_But_Refuses_A_Plan()
    {
        // Given a logistic tumour written in the text format
        var model = TextModelParser.Parse("model logistic()\n TV' = r*TV*(1 - TV/K)\n TV = 10\n r = 0.1\n K = 1000\nend");
        var result = Simulator.Run(SimulationRequest.For(model) with { Options = new SimulationOptions { Days = 20, RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 } });

        // Then the lesion 'tumor' follows the closed form K/(1 + (K/V0 − 1)·e^(−rt)), and a plan is refused
        Assert.Equal(1000 / (1 + (99 * Math.Exp(-2))), result.Lesion("tumor").VolumeMm3[^1], 1e-6);
        var plan = new TreatmentPlan(70, [new RtCourse("tumor", 2, 1)], []);
        Assert.Contains("is not a built-in model", Assert.Throws<ArgumentException>(() => Simulator.Run(SimulationRequest.For(model) with { Plan = plan })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_Rows_Are_Every_Output_Step_And_The_Last_Day()
    {
        Assert.Equal([0, 2, 4, 5], new SimulationOptions { Days = 5, OutputEveryDays = 2 }.OutputTimes());
        Assert.Equal(181, new SimulationOptions().OutputTimes().Length);
    }

    [Fact]
    public void Explicit_Output_Times_Give_The_Same_Values_As_The_Daily_Grid_At_Those_Days()
    {
        // Given a treated patient simulated for 180 days with daily rows, and again with rows only at the 42-day assessments
        var plan = new TreatmentPlan(70, [new RtCourse("liver1", 8, 3, 0, 1, false)], [new Pharmacology.Regimens.DrugRegimen("pembrolizumab", Pharmacology.Regimens.DrugDose.Flat(200), 0, 21, 9)]);
        var request = SimulationRequest.For("abscopal-core") with { Patient = s_patient, Plan = plan };
        var daily = Simulator.Run(request);
        double[] assessments = [0, 42, 84, 126, 168];
        var sparse = Simulator.Run(request with { Options = new SimulationOptions { OutputTimesDays = assessments } });

        // Then the rows are at those days, and the values equal the daily run's (the output grid does not change the solver's steps)
        Assert.Equal(assessments, sparse.Times);
        foreach (var lesion in sparse.Lesions)
        {
            for (var k = 0; k < assessments.Length; k++)
            {
                var reference = daily.Lesion(lesion.Id).VolumeMm3[(int)assessments[k]];
                Assert.Equal(reference, lesion.VolumeMm3[k], 1e-9 * reference);
            }
        }
    }

    [Fact]
    public void Explicit_Output_Times_Must_Increase_Within_The_Span()
    {
        var options = new SimulationOptions { Days = 100, OutputTimesDays = [0, 50, 42] };
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => options.OutputTimes());
        Assert.Contains("output_times_days must be strictly increasing in [0, 100]", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => (options with { OutputTimesDays = [0, 120] }).OutputTimes());
    }
}
