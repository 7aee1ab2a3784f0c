using System.Text.Json;
using Abscopal.Testing;

namespace Abscopal.Cli.Tests;

public class SimulateCommandTests
{
    private static string Example(string name) => Path.Combine(RepositoryRoot.Find(), "examples", "scenarios", name);

    private static JsonElement Simulate(string example)
    {
        var (exit, stdout, stderr) = CliRunner.Run("simulate", Example(example), "--json");
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement;
    }

    private static double FinalVolume(JsonElement result) =>
        result.GetProperty("lesions")[0].GetProperty("volume_mm3").EnumerateArray().Last().GetDouble();

    [Fact]
    public void Json_Output_Has_The_Keys_Of_Issue_5()
    {
        // Given the TSA two-tumour mouse scenario, When simulated with --json
        JsonElement result = Simulate("mouse-tsa-two-tumours.yaml");

        // Then the document has model, times (days, 0 to the scenario's end), states and per-lesion series of the same length
        Assert.Equal("abscopal-core", result.GetProperty("model").GetString());
        double[] times = [.. result.GetProperty("times").EnumerateArray().Select(t => t.GetDouble())];
        Assert.Equal(0, times[0]);
        Assert.True(result.GetProperty("states").EnumerateObject().Any());
        var lesions = result.GetProperty("lesions").EnumerateArray().ToArray();
        Assert.Equal(["primary", "secondary"], lesions.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal([true, false], lesions.Select(l => l.GetProperty("irradiated").GetBoolean()));
        foreach (var lesion in lesions)
        {
            Assert.Equal(times.Length, lesion.GetProperty("volume_mm3").GetArrayLength());
            Assert.Equal(times.Length, lesion.GetProperty("diameter_mm").GetArrayLength());
            Assert.Contains(lesion.GetProperty("best_response").GetString(), new[] { "CR", "PR", "SD", "PD", "NE" });

            // Sphere convention of the read-outs: V = π d³ / 6 at every time
            double v = lesion.GetProperty("volume_mm3")[0].GetDouble(), d = lesion.GetProperty("diameter_mm")[0].GetDouble();
            Assert.Equal(Math.PI * d * d * d / 6, v, v * 1e-9);
        }

        var summary = result.GetProperty("summary");
        foreach (string key in new[] { "overall_response", "abscopal_response", "alc_nadir_per_uL", "time_to_progression_days" })
        {
            Assert.True(summary.TryGetProperty(key, out _), key);
        }
    }

    [Fact]
    public void Kosinsky_Scenario_Arms_Keep_The_Dovedi_2014_Ordering()
    {
        // Given the CT26 arms of Dovedi et al. 2014 (Cancer Res 74:5458, Fig. 2: anti-PD-L1 concurrent with 5 × 2 Gy controls
        // tumours better than sequential, which beats RT alone, which beats control) run through the scenario files
        double control = FinalVolume(Simulate("kosinsky-ct26-control.yaml"));
        double rt = FinalVolume(Simulate("kosinsky-ct26-rt.yaml"));
        double sequential = FinalVolume(Simulate("kosinsky-ct26-sequential.yaml"));
        double concurrent = FinalVolume(Simulate("kosinsky-ct26-concurrent.yaml"));

        // Then the day-40 volumes are ordered as in the paper (the scenario path applies the treatment: no arm equals control)
        Assert.True(concurrent < sequential, $"concurrent {concurrent} vs sequential {sequential}");
        Assert.True(sequential < rt, $"sequential {sequential} vs RT {rt}");
        Assert.True(rt < control, $"RT {rt} vs control {control}");
    }

    [Fact]
    public void An_Unknown_Parameter_Exits_2_Naming_It()
    {
        // Given the issue's example, which overrides kLN (not a parameter of abscopal-core)
        var (exit, _, stderr) = CliRunner.Run("simulate", Example("issue5-example.yaml"));

        // Then the run is refused as bad input, naming the parameter
        Assert.Equal(2, exit);
        Assert.Contains("kLN", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Model_File_Without_A_Tumour_Exits_2_And_Points_To_Run_Model()
    {
        // Given a scenario whose model file is plain first-order decay, with no tumour-volume symbol (TV, tumor_volume, V)
        var folder = Directory.CreateTempSubdirectory("abscopal-notumour-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "decay.ant"), "model decay\n  x = 1\n  x' = -0.1*x\nend\n");
            var scenario = Path.Combine(folder.FullName, "decay.yaml");
            File.WriteAllText(scenario, "model: decay.ant\nsimulation: { days: 10 }\n");

            // When simulated
            var (exit, _, stderr) = CliRunner.Run("simulate", scenario, "--no-record");

            // Then it is refused as bad input (not a crash), saying why and what to run instead
            Assert.Equal(2, exit);
            Assert.Contains("has no tumour", stderr, StringComparison.Ordinal);
            Assert.Contains("abscopal run-model", stderr, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
