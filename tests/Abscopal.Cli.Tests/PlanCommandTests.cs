using System.Text.Json;
using Abscopal.Testing;

namespace Abscopal.Cli.Tests;

public class PlanCommandTests
{
    // A small copy of examples/planning/patient.yaml (same patient block and keys, fewer choices and samples) keeps CI short.
    private const string Small = """
        model: abscopal-core
        patient:
          species: human
          subtype: TNBC
          weight_kg: 65
          biomarkers: { pdl1_cps: 10, tils_percent: 20, alc_per_uL: 1400 }
          lesions:
            - { id: liver1, site: liver, diameter_mm: 30 }
            - { id: lung1, site: lung, diameter_mm: 18 }
        planning:
          drugs: [pembrolizumab]
          max_irradiated_lesions: 1
          fractions: [3]
          dose_per_fraction_gy: { min: 6, max: 8 }
          drug_start_days_relative_to_rt: [0]
          objective: abscopal_response_probability
          constraints: { alc_nadir_min_per_uL: 500 }
          uncertainty_samples: 3
          horizon_days: 84
        """;

    private static string Write(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"abscopal-plan-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Json_Output_Has_The_Keys_Of_Issue_8_And_Scenario_Treatment_Keys()
    {
        // Given a small planning file
        var path = Write(Small);

        // When planned with --json
        var (exit, stdout, stderr) = CliRunner.Run("plan", path, "--json", "--threads", "1");

        // Then the document has the keys of issue 8; plans carry scenario-file treatment keys and pass their constraints
        Assert.True(exit == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        foreach (var key in new[] { "plans", "standard_plans", "pareto", "explanation" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }

        var top = root.GetProperty("plans")[0];
        foreach (var key in new[] { "rank", "radiotherapy", "drugs", "objective", "objective_ci_low", "objective_ci_high", "response_probability", "abscopal_response_probability", "alc_nadir_per_uL", "constraints_ok", "constraint_margins" })
        {
            Assert.True(top.TryGetProperty(key, out _), key);
        }

        Assert.Equal(1, top.GetProperty("rank").GetInt32());
        Assert.True(top.GetProperty("constraints_ok").GetBoolean());
        var rt = top.GetProperty("radiotherapy")[0];
        Assert.Equal(3, rt.GetProperty("fractions").GetInt32());
        Assert.InRange(rt.GetProperty("dose_per_fraction_gy").GetDouble(), 6, 8);
        Assert.True(top.GetProperty("drugs")[0].TryGetProperty("dose_mg", out _));
        Assert.Equal(3, root.GetProperty("standard_plans").GetArrayLength());

        // And each standard plan carries the paired difference top − standard, whose value is the difference of the two objectives
        foreach (var standard in root.GetProperty("standard_plans").EnumerateArray())
        {
            var d = standard.GetProperty("top_minus_this");
            Assert.Equal(top.GetProperty("objective").GetDouble() - standard.GetProperty("objective").GetDouble(), d.GetProperty("value").GetDouble(), 9);
            Assert.True(d.GetProperty("ci_low").GetDouble() <= d.GetProperty("value").GetDouble() && d.GetProperty("value").GetDouble() <= d.GetProperty("ci_high").GetDouble());
        }
        Assert.Contains("not a clinical recommendation", root.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.True(top.GetProperty("objective_ci_low").GetDouble() <= top.GetProperty("objective").GetDouble());
    }

    [Fact]
    public void The_Same_Seed_Gives_The_Same_Json_For_Any_Thread_Count()
    {
        // Given the small file, When planned with 1 and 2 threads (seed 9)
        var path = Write(Small);
        var one = CliRunner.Run("plan", path, "--json", "--threads", "1", "--seed", "9");
        var two = CliRunner.Run("plan", path, "--json", "--threads", "2", "--seed", "9");

        // Then the outputs are byte-identical
        Assert.Equal(0, one.Exit);
        Assert.Equal(one.Stdout, two.Stdout);
    }

    [Fact]
    public void Quiet_Gives_The_Same_Json_And_Nothing_On_Stderr()
    {
        // Given the small file planned with and without --quiet (no terminal here: neither draws the progress display)
        var path = Write(Small);
        var quiet = CliRunner.Run("plan", path, "--json", "--threads", "1", "--seed", "9", "--quiet");
        var plain = CliRunner.Run("plan", path, "--json", "--threads", "1", "--seed", "9");

        // Then the outputs are byte-identical and stderr is empty
        Assert.Equal(0, quiet.Exit);
        Assert.Equal(string.Empty, quiet.Stderr);
        Assert.Equal(plain.Stdout, quiet.Stdout);
    }

    [Fact]
    public void A_Bad_Planning_Value_Is_Reported_With_Line_Column_And_Allowed_Values_And_Exit_2()
    {
        // Given a file with an unknown objective on line 16
        var path = Write(Small.Replace("objective: abscopal_response_probability", "objective: cure_probability", StringComparison.Ordinal));

        // When planned
        var (exit, _, stderr) = CliRunner.Run("plan", path);

        // Then exit 2 and file:line:column, the field path and the allowed names
        Assert.Equal(2, exit);
        Assert.Contains(":16:", stderr, StringComparison.Ordinal);
        Assert.Contains("planning.objective", stderr, StringComparison.Ordinal);
        Assert.Contains("abscopal_response_probability", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Example_Patient_File_Validates()
    {
        // Given the bundled example, When read, Then it is valid and maps onto a planning problem of 4 lesions
        var path = Path.Combine(RepositoryRoot.Find(), "examples", "planning", "patient.yaml");
        var read = Abscopal.Interop.Scenarios.PlanningFileReader.ParseFile(path);
        Assert.True(read.File is not null, string.Join("\n", read.Errors));
        var problem = Commands.PlanCommand.Problem(read.File!);
        Assert.Equal(4, problem.Patient.Lesions.Length);
        Assert.Equal(100, problem.UncertaintySamples);
    }

    [Fact]
    public void Out_Writes_A_Report_That_States_It_Is_Research()
    {
        // Given the small file and an output folder
        var path = Write(Small);
        var dir = Path.Combine(Path.GetTempPath(), $"abscopal-plan-out-{Guid.NewGuid():N}");

        // When planned with --out
        var (exit, _, stderr) = CliRunner.Run("plan", path, "--out", dir, "--threads", "1");

        // Then report.html and plan.json exist and the report carries the research statement and a Pareto figure
        Assert.True(exit == 0, stderr);
        var html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.Contains("not a clinical recommendation", html, StringComparison.Ordinal);
        Assert.Contains("Pareto", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "plan.json")));
    }
}
