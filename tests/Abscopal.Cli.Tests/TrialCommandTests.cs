using System.Text.Json;
using Abscopal.Testing;

namespace Abscopal.Cli.Tests;

/// <summary><c>abscopal trial</c>: the issue's JSON keys, the example file, outputs, and pointed errors with exit 2 for bad trial files.</summary>
public class TrialCommandTests
{
    private const string Trial = """
        trial:
          name: test
          population: { species: human, subtype: TNBC, line: pretreated, pdl1: any, lesions: { min: 2, max: 3 } }
          arms:
            - name: pembrolizumab
              treatment: { drugs: [ { drug: DRUG, dose_mg: 200, every_days: 21, start_day: 0, cycles: 4 } ] }
            - name: pembrolizumab + SBRT
              treatment:
                radiotherapy: [ { target: largest, dose_per_fraction_gy: 6, fractions: 5, start_day: 0, interval_days: 1 } ]
                drugs: [ { drug: pembrolizumab, dose_mg: 200, every_days: 21, start_day: 0, cycles: 4 } ]
          patients_per_arm: PATIENTS
          assessment: { every_days: 42, until_day: 84 }
          seed: 1
        """;

    private static string File(string drug = "pembrolizumab", string patients = "3", string? replace = null, string? with = null)
    {
        var text = Trial.Replace("DRUG", drug, StringComparison.Ordinal).Replace("PATIENTS", patients, StringComparison.Ordinal);
        if (replace is not null)
        {
            text = text.Replace(replace, with, StringComparison.Ordinal);
        }

        var path = Path.Combine(Path.GetTempPath(), $"abscopal-trial-{Guid.NewGuid():N}.yaml");
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void The_Json_Has_The_Keys_Of_The_Issue()
    {
        var (exit, stdout, stderr) = CliRunner.Run("trial", File(), "--json", "--threads", "2");
        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var arms = doc.RootElement.GetProperty("arms");
        Assert.Equal(2, arms.GetArrayLength());
        foreach (var arm in arms.EnumerateArray())
        {
            Assert.Equal(3, arm.GetProperty("n").GetInt64());
            foreach (var key in new[] { "orr", "abscopal_orr", "dcr" })
            {
                var p = arm.GetProperty(key);
                _ = p.GetProperty("value");
                _ = p.GetProperty("ci_low");
                _ = p.GetProperty("ci_high");
            }

            var pfs = arm.GetProperty("pfs");
            _ = pfs.GetProperty("median_days");
            _ = pfs.GetProperty("ci_low");
            _ = pfs.GetProperty("ci_high");
        }

        // The monotherapy arm irradiates nothing, so it has no abscopal question (n = 0)
        Assert.Equal(0, arms[0].GetProperty("abscopal_orr").GetProperty("n").GetInt64());
        var comparison = doc.RootElement.GetProperty("comparisons")[0];
        Assert.Equal(["pembrolizumab", "pembrolizumab + SBRT"], comparison.GetProperty("arms").EnumerateArray().Select(a => a.GetString()));
        foreach (var key in new[] { "logrank_p", "hazard_ratio", "hr_ci_low", "hr_ci_high" })
        {
            _ = comparison.GetProperty(key);
        }

        Assert.True(doc.RootElement.GetProperty("performance").GetProperty("patients_per_second").GetDouble() > 0);
    }

    [Fact]
    public void Quiet_Prints_The_Same_Results_And_Nothing_On_Stderr()
    {
        // Given the trial run with and without --quiet (no terminal here, so neither draws the progress display)
        var (exit, stdout, stderr) = CliRunner.Run("trial", File(), "--json", "--threads", "1", "--quiet");
        var (_, loud, _) = CliRunner.Run("trial", File(), "--json", "--threads", "1");

        // Then it succeeds silently with the same arms and comparisons (performance aside)
        Assert.True(exit == 0, stderr);
        Assert.Equal(string.Empty, stderr);
        using var a = JsonDocument.Parse(stdout);
        using var b = JsonDocument.Parse(loud);
        Assert.Equal(b.RootElement.GetProperty("arms").GetRawText(), a.RootElement.GetProperty("arms").GetRawText());
        Assert.Equal(b.RootElement.GetProperty("comparisons").GetRawText(), a.RootElement.GetProperty("comparisons").GetRawText());
    }

    [Fact]
    public void Out_Writes_Figures_Patients_Csv_And_Report()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"abscopal-trial-out-{Guid.NewGuid():N}");
        var (exit, _, stderr) = CliRunner.Run("trial", File(), "--patients", "2", "--out", dir);
        Assert.True(exit == 0, stderr);
        foreach (var name in new[] { "waterfall-arm1.svg", "spider-arm2.svg", "swimmer-arm1.svg", "kaplan-meier-pfs.svg", "report.html", "patients.csv", "patients.parquet" })
        {
            Assert.True(System.IO.File.Exists(Path.Combine(dir, name)), name);
        }

        // One header and one row per patient (2 arms × 2)
        Assert.Equal(5, System.IO.File.ReadAllLines(Path.Combine(dir, "patients.csv")).Length);
    }

    [Fact]
    public void The_Example_Trial_Reads()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "examples", "trials", "tnbc-pembrolizumab-sbrt.yaml");
        var (exit, stdout, stderr) = CliRunner.Run("trial", path, "--patients", "1", "--threads", "1");
        Assert.True(exit == 0, stderr);
        Assert.Contains("pembrolizumab + SBRT vs pembrolizumab", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("drug", "pembrolizumabb", null, null, ":6:", "trial.arms[0].treatment.drugs[0].drug")]
    [InlineData("drug", "murine-anti-pd-1", null, null, ":6:", "murine antibody")]
    [InlineData("patients", "0", null, null, ":11:", "trial.patients_per_arm")]
    [InlineData("population", "3", "lesions: { min: 2, max: 3 }", "lesions: { min: 4, max: 3 }", ":3:", "impossible population")]
    [InlineData("target", "3", "target: largest", "target: biggest", ":9:", "largest, smallest, site:")]
    public void Bad_Trial_Files_Get_Pointed_Errors_And_Exit_2(string what, string value, string? replace, string? with, string line, string expected)
    {
        var path = what == "drug" ? File(drug: value) : File(patients: what == "patients" ? value : "3", replace: replace, with: with);
        var (exit, _, stderr) = CliRunner.Run("trial", path);
        Assert.Equal(2, exit);
        Assert.Contains(line, stderr, StringComparison.Ordinal);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }
}
