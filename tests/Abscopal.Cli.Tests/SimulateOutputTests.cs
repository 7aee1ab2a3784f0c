using System.Text.Json;
using System.Xml.Linq;
using Abscopal.Storage;
using Abscopal.Testing;

namespace Abscopal.Cli.Tests;

public sealed class SimulateOutputTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"abscopal-out-{Guid.NewGuid():N}");

    public SimulateOutputTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Example(string name) => Path.Combine(RepositoryRoot.Find(), "examples", "scenarios", name);

    private string Db => Path.Combine(_folder, "runs.db");

    [Fact]
    public void Out_Writes_Figures_Data_Json_And_A_Self_Contained_Report()
    {
        // Given the TSA two-tumour mouse scenario, When simulated with --out and --json
        string dir = Path.Combine(_folder, "tsa");
        var (exit, stdout, stderr) = CliRunner.Run("simulate", Example("mouse-tsa-two-tumours.yaml"), "--out", dir, "--json", "--no-record");
        Assert.True(exit == 0, stderr);

        // Then the folder holds the three figures as PNG and SVG, the data and the report, and no temporary file
        string[] expected =
        [
            "immune-panel.png", "immune-panel.svg", "lesions-diameter.png", "lesions-diameter.svg", "lesions-volume.png", "lesions-volume.svg",
            "lesions.csv", "report.html", "result.json", "states.csv",
        ];
        Assert.Equal(expected, Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (string png in Directory.GetFiles(dir, "*.png"))
        {
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(png)[..4]);
        }

        // And result.json is the very document printed by --json (the same keys and numbers)
        Assert.Equal(stdout, File.ReadAllText(Path.Combine(dir, "result.json")));
        var json = JsonDocument.Parse(stdout).RootElement;
        int times = json.GetProperty("times").GetArrayLength();

        // And states.csv has a header plus one row per output time, lesions.csv one row per lesion and time,
        // whose first volume equals the JSON's (shortest round-trip numbers on both sides)
        string[] states = File.ReadAllLines(Path.Combine(dir, "states.csv"));
        Assert.StartsWith("time_days,", states[0], StringComparison.Ordinal);
        Assert.Equal(times + 1, states.Length);
        Assert.Equal(json.GetProperty("states").EnumerateObject().Count() + 1, states[0].Split(',').Length);
        string[] lesions = File.ReadAllLines(Path.Combine(dir, "lesions.csv"));
        Assert.Equal("time_days,lesion,site,irradiated,volume_mm3,diameter_mm", lesions[0]);
        Assert.Equal((2 * times) + 1, lesions.Length);
        string[] first = lesions[1].Split(',');
        Assert.Equal(["0", "primary", "flank", "true"], first[..4]);
        Assert.Equal(json.GetProperty("lesions")[0].GetProperty("volume_mm3")[0].GetDouble(), double.Parse(first[4], System.Globalization.CultureInfo.InvariantCulture));

        // And report.html is well-formed, fetches nothing, draws every figure inline as SVG, and states what it is
        string html = File.ReadAllText(Path.Combine(dir, "report.html"));
        var page = XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]);
        Assert.Equal(3, page.Descendants().Count(e => e.Name.LocalName == "svg"));
        Assert.DoesNotContain(page.Descendants(), e => e.Attribute("src") is not null || (e.Attribute("href")?.Value.StartsWith("http", StringComparison.Ordinal) ?? false));
        Assert.Contains("This is in-silico research, not a clinical recommendation", html, StringComparison.Ordinal);
        Assert.Contains("mouse-tsa-two-tumours.yaml", html, StringComparison.Ordinal);
        Assert.Contains("tumor_model: TSA", html, StringComparison.Ordinal);
        Assert.Contains("Time: simulate (s)", html, StringComparison.Ordinal);
        Assert.Contains("parameters and sources", html, StringComparison.Ordinal);

        // And with --json the messages went to stderr only
        Assert.Contains("Wrote 10 files", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Existing_Folder_Keeps_Its_Other_Files_And_Rewritten_Files_Are_Replaced_Whole()
    {
        // Given a folder with a file of the user's and a stale report
        string dir = Path.Combine(_folder, "existing");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(dir, "report.html"), "stale");

        // When a run writes into it
        var (exit, _, stderr) = CliRunner.Run("simulate", Example("kosinsky-ct26-control.yaml"), "--out", dir, "--no-record");

        // Then the user's file is untouched, the report replaced, and stderr says what was written
        Assert.True(exit == 0, stderr);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(dir, "notes.txt")));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(dir, "report.html")), StringComparison.Ordinal);
        Assert.Contains("Wrote 8 files to", stderr, StringComparison.Ordinal);
        Assert.Contains("report.html", stderr, StringComparison.Ordinal);

        // (kosinsky2018 has no lymphocytes, so there is no immune panel: 2 figures × 2 formats + 4 data files)
        Assert.False(File.Exists(Path.Combine(dir, "immune-panel.png")));
    }

    [Fact]
    public void Quiet_Prints_Results_But_No_Messages()
    {
        var (exit, stdout, stderr) = CliRunner.Run("simulate", Example("kosinsky-ct26-control.yaml"), "--out", Path.Combine(_folder, "q"), "--quiet", "--db", Db);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("Overall response (RECIST 1.1)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Simulate_Run_Is_Recorded_With_Inputs_Hash_Model_Timings_Summary_And_Outputs()
    {
        // Given the TNBC example run with --out and a fresh database
        string scenario = Example("tnbc-oligometastatic.yaml");
        string dir = Path.Combine(_folder, "tnbc");
        var (exit, stdout, stderr) = CliRunner.Run("simulate", scenario, "--out", dir, "--json", "--db", Db);
        Assert.True(exit == 0, stderr);
        Assert.Contains("Recorded as run 1", stderr, StringComparison.Ordinal);

        // When the history is read back
        using var store = RunStore.Open(Db);
        var run = Assert.Single(store.List(new RunQuery()));

        // Then it holds the command, model, the scenario text with its canonical SHA-256 (RFC 8785), the phases timed,
        // the summary read-outs as printed, and the ten files written
        Assert.Equal("simulate", run.Command);
        Assert.Equal("abscopal-core", run.Model);
        Assert.Null(run.Seed);
        string input = JsonDocument.Parse(run.InputJson).RootElement.GetProperty("scenario").GetString()!;
        Assert.Equal(File.ReadAllText(scenario), input);
        Assert.Equal(CanonicalJson.Sha256(JsonSerializer.Serialize(new { scenario = input })), run.InputHash);
        Assert.Equal(["parse", "simulate", "read-outs", "figures", "data"], run.Timings.Select(t => t.Phase));
        var printed = JsonDocument.Parse(stdout).RootElement.GetProperty("summary");
        var summary = JsonDocument.Parse(run.SummaryJson).RootElement;
        foreach (string key in new[] { "overall_response", "abscopal_response" })
        {
            Assert.Equal(printed.GetProperty(key).GetString(), summary.GetProperty(key).GetString());
        }

        Assert.Equal(printed.GetProperty("alc_nadir_per_uL").GetDouble(), summary.GetProperty("alc_nadir_per_uL").GetDouble());
        Assert.Equal(10, run.OutputPaths.Count);
        Assert.All(run.OutputPaths, p => Assert.True(File.Exists(p), p));
        Assert.EndsWith("report.html", run.OutputPaths[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_Failed_Run_Leaves_No_Record()
    {
        // Given a scenario refused as bad input (an unknown parameter) and a run whose output folder cannot be made
        string blocker = Path.Combine(_folder, "a-file");
        File.WriteAllText(blocker, "x");
        var bad = CliRunner.Run("simulate", Example("issue5-example.yaml"), "--db", Db);
        var unwritable = CliRunner.Run("simulate", Example("kosinsky-ct26-control.yaml"), "--out", Path.Combine(blocker, "sub"), "--db", Db);

        // Then the first exits 2 and the second 1 (a run-time failure), and the history holds no run at all
        Assert.Equal(2, bad.Exit);
        Assert.Equal(1, unwritable.Exit);
        if (File.Exists(Db))
        {
            using var store = RunStore.Open(Db);
            Assert.Empty(store.List(new RunQuery()));
        }
    }

    [Fact]
    public void A_Run_Model_Run_Is_Recorded()
    {
        // Given the Kosinsky model file run for 10 days
        var (exit, _, stderr) = CliRunner.Run("run-model", Path.Combine(RepositoryRoot.Find(), "examples", "models", "kosinsky2018.ant"), "--t-end", "10", "--points", "10", "--db", Db);
        Assert.True(exit == 0, stderr);

        // Then the history holds it with its 11 rows and the model file's hash as model version
        using var store = RunStore.Open(Db);
        var run = Assert.Single(store.List(new RunQuery { Command = "run-model" }));
        Assert.Equal(11, JsonDocument.Parse(run.SummaryJson).RootElement.GetProperty("rows").GetInt32());
        Assert.StartsWith("sha256:", run.ModelVersion, StringComparison.Ordinal);
        Assert.Equal(10, JsonDocument.Parse(run.InputJson).RootElement.GetProperty("t_end").GetDouble());
    }

    [Fact]
    public void Help_Documents_The_Exit_Codes()
    {
        foreach (string command in new[] { "simulate", "run-model" })
        {
            var (exit, stdout, _) = CliRunner.Run(command, "--help");
            Assert.Equal(0, exit);
            Assert.Contains("Exit codes: 0 success, 1 run-time failure", stdout.ReplaceLineEndings(" "), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_Text_Summary_Is_Stable()
    {
        // Given the untreated CT26 arm (Kosinsky 2018), When simulated without --json
        var (exit, stdout, stderr) = CliRunner.Run("simulate", Example("kosinsky-ct26-control.yaml"), "--no-record");

        // Then the lesion table and the read-outs print as approved (plain text, 100 columns, when stdout is not a terminal)
        Assert.True(exit == 0, stderr);
        GoldenFile.AssertMatches("tests/Abscopal.Cli.Tests/Expectations/simulate-ct26-control.txt", stdout);
    }
}
