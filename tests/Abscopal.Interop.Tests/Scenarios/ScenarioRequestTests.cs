using Abscopal.Interop.Scenarios;
using Abscopal.Models.Patients;
using Abscopal.Pharmacology.Plans;
using Abscopal.Simulation;

namespace Abscopal.Interop.Tests.Scenarios;

/// <summary>A scenario becomes a simulation request: model, overrides, patient, plan and options as the file states them.</summary>
public class ScenarioRequestTests
{
    [Fact]
    public void A_Single_Tumour_Scenario_Doses_Mg_Per_Kg_For_A_20_g_Mouse()
    {
        // Given the Kosinsky concurrent arm (no patient block; anti-PD-L1 10 mg/kg on 9 days; 5 × 2 Gy)
        var scenario = ScenarioReader.ReadFile(Path.Combine(Golden.Root, "examples", "scenarios", "kosinsky-ct26-concurrent.yaml"));

        // When mapped onto a request
        var request = scenario.ToSimulationRequest();

        // Then the built-in model, the initial volume and the options are as written
        Assert.Equal("kosinsky2018", request.Builtin!.Id);
        Assert.Null(request.Model);
        Assert.Null(request.Patient);
        Assert.Equal(15, request.Initial["TV"]);
        Assert.Equal(new SimulationOptions { Days = 40, OutputEveryDays = 0.5, RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-10 }, request.Options);

        // And each injection is 10 mg/kg × 0.020 kg = 0.2 mg (Kosinsky et al. 2018, Methods: 10 mg/kg = 200 µg per mouse)
        var plan = request.Plan!;
        Assert.Equal(0.020, plan.WeightKg);
        var doses = plan.Events().Where(e => e.Kind == TreatmentEventKind.DrugDose).ToArray();
        Assert.Equal(9, doses.Length);
        Assert.All(doses, d => Assert.Equal(0.2, d.Amount, 12));
        Assert.Equal(5, plan.Events().Count(e => e.Kind == TreatmentEventKind.RadiationFraction));
    }

    [Fact]
    public void A_Patient_Scenario_Carries_The_Patient_And_A_Plan_At_Their_Weight()
    {
        // Given the TNBC oligometastatic example
        var scenario = ScenarioReader.ReadFile(Path.Combine(Golden.Root, "examples", "scenarios", "tnbc-oligometastatic.yaml"));

        // When mapped onto a request
        var request = scenario.ToSimulationRequest();

        // Then the patient is the file's, lesion for lesion, and the plan uses its weight
        var patient = request.Patient!;
        Assert.Equal(HostSpecies.Human, patient.Species);
        Assert.Equal(scenario.Lesions.Select(l => (l.Id, l.Site, l.VolumeMm3)), patient.Lesions.Select(l => (l.Id, l.Site, l.VolumeMm3)));
        Assert.Equal(scenario.Patient!.WeightKg, request.Plan!.WeightKg);
        Assert.Equal("abscopal-core", request.Builtin!.Id);
    }

    [Fact]
    public void A_Model_File_Scenario_Simulates_The_File_Model()
    {
        // Given a text model of exponential growth TV' = r·TV (r = 0.1 /day) and a scenario naming it by a relative path
        var dir = Directory.CreateTempSubdirectory("abscopal-scenario-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "growth.ant"), "model growth()\nTV' = r*TV\nTV = 15\nr = 0.1\nend\n");
            var yamlPath = Path.Combine(dir.FullName, "growth.yaml");
            File.WriteAllText(yamlPath, "model: growth.ant\ninitial: { TV: 20 }\nsimulation: { days: 10, output_every_days: 5, rtol: 1.0e-10, atol: 1.0e-12 }\n");

            // When read, mapped and simulated
            var request = ScenarioReader.ReadFile(yamlPath).ToSimulationRequest();
            var result = Simulator.Run(request);

            // Then the IR came from the file and the one lesion "tumor" follows the analytic solution 20·e^(0.1·t)
            Assert.Null(request.Builtin);
            Assert.Equal("growth", request.Model!.Id);
            Assert.Equal([0.0, 5, 10], result.Times);
            var volume = result.Lesion(Scenario.SingleTumorLesionId).VolumeMm3;
            for (var k = 0; k < result.Times.Length; k++)
            {
                var exact = 20 * Math.Exp(0.1 * result.Times[k]);
                Assert.True(Math.Abs(volume[k] - exact) <= 1e-7 * exact, $"t = {result.Times[k]}: {volume[k]} vs {exact}");
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_Unknown_Model_Id_Is_Refused_When_Mapped()
    {
        // Given a scenario read without a list of known models
        var scenario = ScenarioReader.Read("model: no-such-model\nsimulation: { days: 10 }\n");

        // When mapped / Then the error names the model field and the known ids
        var error = Assert.Throws<ArgumentException>(() => scenario.ToSimulationRequest());
        Assert.Contains("model 'no-such-model' is not known", error.Message, StringComparison.Ordinal);
    }
}
