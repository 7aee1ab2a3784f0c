using System.Text.Json;
using Abscopal.Storage;
using Abscopal.Testing;

namespace Abscopal.Cli.Tests;

public sealed class RunsCommandTests : IDisposable
{
    private const string Expectations = "tests/Abscopal.Cli.Tests/Expectations/";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"abscopal-runs-{Guid.NewGuid():N}");

    public RunsCommandTests()
    {
        Directory.CreateDirectory(_folder);
        Db = Path.Combine(_folder, "runs.db");

        // Given a history of three runs recorded at fixed times (so the output does not depend on the clock)
        using var store = RunStore.Open(Db);
        var start = new DateTimeOffset(2026, 1, 5, 9, 30, 0, TimeSpan.Zero);
        store.Record(new NewRun
        {
            Command = "simulate",
            InputJson = """{"patient":"tnbc-oligo","rt":{"dose_gy":8,"fractions":3},"drug":"pembrolizumab"}""",
            StartedAt = start,
            Model = "irt-multilesion",
            ModelVersion = "2026.1",
            ToolVersion = "0.1.0",
            Seed = 42,
            Label = "baseline",
            Timings = [new("compile", 0.25), new("simulate", 1.5)],
            SummaryJson = """{"best_response":"PR","abscopal":true}""",
            OutputPaths = ["out/report.html", "out/lesions.svg"],
        });
        store.Record(new NewRun
        {
            Command = "simulate",
            InputJson = """{"patient":"hr-positive","rt":{"dose_gy":6,"fractions":5}}""",
            StartedAt = start.AddDays(-1),
            Model = "kosinsky2018",
            ToolVersion = "0.1.0",
            Timings = [new("simulate", 0.75)],
        });
        store.Record(new NewRun
        {
            Command = "trial",
            InputJson = """{"arms":["RT","RT+ICI"],"patients":200}""",
            StartedAt = start.AddHours(3),
            Model = "irt-multilesion",
            ModelVersion = "2026.1",
            ToolVersion = "0.1.0",
            Seed = 7,
            Timings = [new("simulate", 12.5), new("report", 0.5)],
            SummaryJson = """{"orr":[0.21,0.38]}""",
        });
    }

    private string Db { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run([.. args, "--db", Db]);
        return (exit, stdout.Replace(Db, "<db>", StringComparison.Ordinal), stderr.Replace(Db, "<db>", StringComparison.Ordinal));
    }

    [Fact]
    public void List_Prints_A_Table_Newest_First()
    {
        var (exit, stdout, stderr) = Run("runs", "list");
        Assert.True(exit == 0, stderr);
        GoldenFile.AssertMatches(Expectations + "runs-list.txt", stdout);
    }

    [Fact]
    public void List_Json_Is_Only_Json_With_Every_Run()
    {
        var (exit, stdout, stderr) = Run("runs", "list", "--json");
        Assert.True(exit == 0, stderr);
        Assert.Equal(string.Empty, stderr);
        GoldenFile.AssertMatches(Expectations + "runs-list.json", stdout);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal([3L, 1L, 2L], json.RootElement.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
    }

    [Theory]
    [InlineData(new[] { "--command", "simulate" }, new long[] { 1, 2 })]
    [InlineData(new[] { "--model", "irt-multilesion" }, new long[] { 3, 1 })]
    [InlineData(new[] { "--since", "2026-01-05" }, new long[] { 3, 1 })]
    [InlineData(new[] { "--since", "2026-01-05T10:00+01:00" }, new long[] { 3, 1 })]
    [InlineData(new[] { "--limit", "1" }, new long[] { 3 })]
    public void List_Filters(string[] filter, long[] expected)
    {
        var (exit, stdout, stderr) = Run(["runs", "list", "--json", .. filter]);
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(expected, json.RootElement.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
    }

    [Fact]
    public void List_By_Input_Hash_Prefix_Finds_Runs_With_Equal_Inputs()
    {
        // The canonical form of the first run's input, written differently, hashes the same (RFC 8785).
        string hash = CanonicalJson.Sha256("""{ "drug":"pembrolizumab", "rt":{"fractions":3,"dose_gy":8.0}, "patient":"tnbc-oligo" }""");
        var (exit, stdout, _) = Run("runs", "list", "--json", "--input-hash", hash[..10]);
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal([1L], json.RootElement.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
    }

    [Fact]
    public void Show_Prints_Provenance_Timings_Outputs_Inputs_And_Summary()
    {
        var (exit, stdout, stderr) = Run("runs", "show", "1");
        Assert.True(exit == 0, stderr);
        GoldenFile.AssertMatches(Expectations + "runs-show.txt", stdout);
    }

    [Fact]
    public void Show_Json_Embeds_Inputs_And_Summary_As_Json()
    {
        var (exit, stdout, stderr) = Run("runs", "show", "1", "--json");
        Assert.True(exit == 0, stderr);
        GoldenFile.AssertMatches(Expectations + "runs-show.json", stdout);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(8, json.RootElement.GetProperty("input").GetProperty("rt").GetProperty("dose_gy").GetInt32());
        Assert.Equal(1.75, json.RootElement.GetProperty("total_seconds").GetDouble());
    }

    [Fact]
    public void Export_Writes_One_Document_To_Stdout_Or_A_File()
    {
        var (exit, stdout, stderr) = Run("runs", "export", "3", "1");
        Assert.True(exit == 0, stderr);
        GoldenFile.AssertMatches(Expectations + "runs-export.json", stdout);

        string file = Path.Combine(_folder, "export.json");
        var (fileExit, fileStdout, fileStderr) = Run("runs", "export", "3", "1", "--out", file);
        Assert.Equal(0, fileExit);
        Assert.Equal(string.Empty, fileStdout);
        Assert.Contains("Exported 2 run(s)", fileStderr, StringComparison.Ordinal);
        Assert.Equal(stdout, File.ReadAllText(file).Replace(Db, "<db>", StringComparison.Ordinal));

        var (allExit, all, _) = Run("runs", "export");
        Assert.Equal(0, allExit);
        using var json = JsonDocument.Parse(all);
        Assert.Equal(3, json.RootElement.GetProperty("runs").GetArrayLength());
    }

    [Fact]
    public void Delete_Removes_Runs_And_Refuses_Unknown_Ids_Without_Deleting_Any()
    {
        var (unknown, _, stderr) = Run("runs", "delete", "1", "99");
        Assert.Equal(2, unknown);
        Assert.Contains("No run 99 in <db>", stderr, StringComparison.Ordinal);
        Assert.Equal(0, Run("runs", "show", "1").Exit);

        var (exit, stdout, _) = Run("runs", "delete", "1", "2", "--json");
        Assert.Equal(0, exit);
        Assert.Equal("{\"deleted\":[1,2]}\n", stdout);
        var (after, list, _) = Run("runs", "list", "--json");
        Assert.Equal(0, after);
        using var json = JsonDocument.Parse(list);
        Assert.Equal([3L], json.RootElement.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
        Assert.Equal(2, Run("runs", "show", "1").Exit);
    }

    [Fact]
    public void Reading_A_Missing_Database_Creates_Nothing()
    {
        string missing = Path.Combine(_folder, "none", "runs.db");
        var (exit, stdout, _) = CliRunner.Run("runs", "list", "--db", missing);
        Assert.Equal(0, exit);
        Assert.Contains("No runs recorded yet", stdout, StringComparison.Ordinal);
        var (json, jsonOut, _) = CliRunner.Run("runs", "list", "--json", "--db", missing);
        Assert.Equal(0, json);
        Assert.Equal(0, JsonDocument.Parse(jsonOut).RootElement.GetProperty("runs").GetArrayLength());
        Assert.Equal(2, CliRunner.Run("runs", "show", "1", "--db", missing).Exit);
        Assert.False(Directory.Exists(Path.GetDirectoryName(missing)));
    }

    [Theory]
    [InlineData(new[] { "runs", "list", "--limit", "0" }, "--limit must be an integer ≥ 1")]
    [InlineData(new[] { "runs", "list", "--since", "last tuesday" }, "--since must be an ISO 8601 date")]
    [InlineData(new[] { "runs", "list", "--input-hash", "xyz" }, "--input-hash must be 1 to 64 hexadecimal digits")]
    [InlineData(new[] { "runs", "show", "abc" }, "error:")]
    [InlineData(new[] { "runs", "delete" }, "error:")]
    public void Bad_Usage_Exits_2_With_A_Message(string[] args, string message)
    {
        var (exit, stdout, stderr) = Run(args);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_File_That_Is_Not_A_Run_Database_Exits_2()
    {
        string text = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(text, new string('x', 200));
        var (exit, _, stderr) = CliRunner.Run("runs", "list", "--db", text);
        Assert.Equal(2, exit);
        Assert.Contains("is not a usable run database", stderr, StringComparison.Ordinal);
    }
}
