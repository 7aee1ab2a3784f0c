using System.Text.Json;
using Abscopal.Testing;

namespace Abscopal.Cli.Tests;

/// <summary><c>abscopal sensitivity</c>: JSON keys per method, files written by --out, and bad input with exit code 2.</summary>
public sealed class SensitivityCommandTests
{
    private static string Example => Path.Combine(RepositoryRoot.Find(), "examples", "sensitivity", "kosinsky-ct26-concurrent.yaml");

    // A study whose final volume is 40 + 2·p1 − 3·p2 (TV' = 0, TV set by an initial assignment), so the indices are known:
    // additive, S_i = S_Ti = c_i²(b_i − a_i)²/12 / Σ (Saltelli et al. 2008, The Primer, §1.2.5).
    private static string LinearStudy(string factors = "    - { parameter: p1, min: 0, max: 3 }\n    - { parameter: p2, min: 1, max: 2 }\n", string extra = "")
    {
        string folder = Path.Combine(Path.GetTempPath(), $"abscopal-sens-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "linear.ant"), "model linear()\nTV' = 0\nTV = 40 + 2*p1 - 3*p2\np1 = 1; p2 = 1\nend\n");
        string path = Path.Combine(folder, "study.yaml");
        File.WriteAllText(path, $"model: linear.ant\nsimulation: {{ days: 1 }}\nsensitivity:\n{extra}  factors:\n{factors}");
        return path;
    }

    private static JsonElement Json(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement;
    }

    [Fact]
    public void Quiet_Prints_The_Same_Indices_And_Nothing_On_Stderr()
    {
        // Given the example study, Morris with 2 trajectories, run with and without --quiet (no terminal: no progress display)
        var quiet = CliRunner.Run("sensitivity", Example, "--method", "morris", "--samples", "2", "--threads", "1", "--json", "--quiet");
        var plain = CliRunner.Run("sensitivity", Example, "--method", "morris", "--samples", "2", "--threads", "1", "--json");

        // Then stderr is empty and the indices are the same (the timing aside)
        Assert.True(quiet.Exit == 0, quiet.Stderr);
        Assert.Equal(string.Empty, quiet.Stderr);
        using var a = System.Text.Json.JsonDocument.Parse(quiet.Stdout);
        using var b = System.Text.Json.JsonDocument.Parse(plain.Stdout);
        Assert.Equal(b.RootElement.GetProperty("factors").GetRawText(), a.RootElement.GetProperty("factors").GetRawText());
    }

    [Fact]
    public void Sobol_Json_Has_The_Indices_With_Confidence_Limits_And_Matches_The_Analytic_Shares()
    {
        // Given the additive study: V1 = 4·9/12 = 3, V2 = 9·1/12 = 0.75, so S = (0.8, 0.2)
        string study = LinearStudy();

        // When run with Sobol, N = 512 (2,048 runs)
        var json = Json("sensitivity", study, "--method", "sobol", "--samples", "512", "--outcome", "final_tumour_burden_mm3", "--json", "--threads", "2");

        // Then the document has the keys of the method, and the indices are within 0.02 of the analytic shares
        Assert.Equal("sobol", json.GetProperty("method").GetString());
        Assert.Equal("final_tumour_burden_mm3", json.GetProperty("outcome").GetProperty("name").GetString());
        Assert.Equal(2048, json.GetProperty("runs").GetInt32());
        Assert.True(json.GetProperty("performance").GetProperty("runs_per_second").GetDouble() > 0);
        var factors = json.GetProperty("factors").EnumerateArray().ToArray();
        Assert.Equal(["p1", "p2"], factors.Select(f => f.GetProperty("name").GetString()));
        double[] expected = [0.8, 0.2];
        for (int i = 0; i < 2; i++)
        {
            foreach (string key in new[] { "min", "max", "scale", "s1", "s1_ci_low", "s1_ci_high", "st", "st_ci_low", "st_ci_high" })
            {
                Assert.True(factors[i].TryGetProperty(key, out _), key);
            }

            Assert.Equal(expected[i], factors[i].GetProperty("s1").GetDouble(), 0.02);
            Assert.Equal(expected[i], factors[i].GetProperty("st").GetDouble(), 0.02);
        }
    }

    [Fact]
    public void Morris_And_Prcc_Json_Have_Their_Keys_And_The_File_Gives_Defaults()
    {
        // Given the additive study with method, samples, outcome and seed in the file
        string study = LinearStudy(extra: "  method: morris\n  samples: 5\n  outcome: final_tumour_burden_mm3\n  seed: 4\n");

        // When run without those options, and again with --method prcc --samples 40
        var morris = Json("sensitivity", study, "--json");
        var prcc = Json("sensitivity", study, "--method", "prcc", "--samples", "40", "--json");

        // Then Morris gives μ* = |c|·range = (6, 3) exactly (Morris 1991: constant elementary effects for a linear model)
        Assert.Equal(15, morris.GetProperty("runs").GetInt32());
        Assert.Equal(4ul, morris.GetProperty("seed").GetUInt64());
        var m = morris.GetProperty("factors").EnumerateArray().ToArray();
        Assert.Equal(6, m[0].GetProperty("mu_star").GetDouble(), 1e-9);
        Assert.Equal(-3, m[1].GetProperty("mu").GetDouble(), 1e-9);
        Assert.Equal(0, m[1].GetProperty("sigma").GetDouble(), 1e-9);

        // And PRCC gives a positive coefficient for p1 and a negative one for p2, each with p-value and limits
        var p = prcc.GetProperty("factors").EnumerateArray().ToArray();
        Assert.True(p[0].GetProperty("prcc").GetDouble() > 0 && p[1].GetProperty("prcc").GetDouble() < 0);
        foreach (string key in new[] { "p_value", "ci_low", "ci_high" })
        {
            Assert.True(p[0].TryGetProperty(key, out _), key);
        }
    }

    [Fact]
    public void Out_Writes_Plots_Tables_And_A_Report_That_Says_It_Is_Research()
    {
        // Given the example study, When run with --out
        string folder = Path.Combine(Path.GetTempPath(), $"abscopal-sens-out-{Guid.NewGuid():N}");
        var (exit, stdout, stderr) = CliRunner.Run("sensitivity", Example, "--samples", "2", "--out", folder);

        // Then it succeeds and writes the tornado and scatter plots (PNG + SVG), the samples and indices and the report
        Assert.True(exit == 0, stderr);
        Assert.Contains("μ*", stdout, StringComparison.Ordinal);
        foreach (string name in new[] { "tornado.png", "tornado.svg", "scatter.png", "scatter.svg", "samples.csv", "samples.parquet", "indices.csv", "report.html" })
        {
            Assert.True(new FileInfo(Path.Combine(folder, name)).Length > 0, name);
        }

        // And samples.csv has a header and one line per run (2 trajectories × 6 points), and the report carries the research statement
        var lines = File.ReadAllLines(Path.Combine(folder, "samples.csv"));
        Assert.Equal("run,r,kLN,SL,radiotherapy[0].dose_per_fraction_gy,drugs[0].start_day,final_tumour_burden_mm3", lines[0]);
        Assert.Equal(13, lines.Length);
        Assert.Contains("not a clinical recommendation", File.ReadAllText(Path.Combine(folder, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_Input_Exits_2_With_A_Pointed_Message()
    {
        string study = LinearStudy();

        // An unknown outcome lists the allowed names
        var (exit, _, stderr) = CliRunner.Run("sensitivity", study, "--method", "morris", "--samples", "2", "--outcome", "final_burden");
        Assert.Equal(2, exit);
        Assert.Contains("unknown outcome 'final_burden'; allowed: final_tumour_burden_mm3", stderr, StringComparison.Ordinal);

        // An unknown method is refused by the parser
        (exit, _, _) = CliRunner.Run("sensitivity", study, "--method", "fast", "--samples", "2", "--outcome", "final_tumour_burden_mm3");
        Assert.Equal(2, exit);

        // A missing method says how to give one
        (exit, _, stderr) = CliRunner.Run("sensitivity", study, "--samples", "2", "--outcome", "final_tumour_burden_mm3");
        Assert.Equal(2, exit);
        Assert.Contains("--method", stderr, StringComparison.Ordinal);

        // An outcome the model cannot give (no lymphocyte count) says why
        (exit, _, stderr) = CliRunner.Run("sensitivity", study, "--method", "morris", "--samples", "2", "--outcome", "alc_nadir_per_uL");
        Assert.Equal(2, exit);
        Assert.Contains("no lymphocyte count", stderr, StringComparison.Ordinal);

        // A misspelt parameter points at its line and column and suggests the nearest id
        string misspelt = LinearStudy("    - { parameter: p3x, min: 0, max: 3 }\n");
        (exit, _, stderr) = CliRunner.Run("sensitivity", misspelt, "--method", "morris", "--samples", "2", "--outcome", "final_tumour_burden_mm3");
        Assert.Equal(2, exit);
        Assert.Contains("study.yaml:5:20: sensitivity.factors[0].parameter: 'p3x' is not a parameter of model 'linear.ant'", stderr, StringComparison.Ordinal);
    }
}
