using System.Globalization;
using System.Text.Json;
using Abscopal.Testing;
using Parquet;

namespace Abscopal.Cli.Tests;

/// <summary><c>abscopal trial</c> on the example mouse experiment: groups, exact CIs, Fisher comparisons, growth curves, group-size search, Parquet output.</summary>
public sealed class MouseTrialCommandTests
{
    private static string Example => Path.Combine(RepositoryRoot.Find(), "examples", "trials", "tsa-rt-anti-ctla4-mice.yaml");

    [Fact]
    public void The_Example_Experiment_Reports_Groups_With_Exact_Intervals_And_Fisher_Tests()
    {
        // Given the TSA example (4 groups of 7 mice, primary and secondary tumours, responder ≤ 10 mm³ on day 40)
        var (exit, stdout, stderr) = CliRunner.Run("trial", Example, "--json", "--threads", "2");
        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;

        // Then the start is 12 days after inoculation, and each group has 7 mice with growth curves of both tumours at the 21 caliper days
        Assert.Equal(12, root.GetProperty("days_after_inoculation_at_start").GetDouble());
        var groups = root.GetProperty("groups");
        Assert.Equal(["control", "anti-CTLA-4", "RT", "RT + anti-CTLA-4"], groups.EnumerateArray().Select(g => g.GetProperty("name").GetString()));
        foreach (var g in groups.EnumerateArray())
        {
            Assert.Equal(7, g.GetProperty("n").GetInt64());
            var growth = g.GetProperty("growth");
            Assert.Equal(["primary", "secondary"], growth.EnumerateArray().Select(c => c.GetProperty("tumour").GetString()));
            Assert.All(growth.EnumerateArray(), c => Assert.Equal(21, c.GetProperty("mean_mm3").GetArrayLength()));

            // And responders carry the Clopper–Pearson interval: for x of 7 it is [Beta(0.025; x, 8 − x), Beta(0.975; x + 1, 7 − x)]; at x = 0 the upper limit is 1 − 0.025^(1/7)
            var r = g.GetProperty("responders");
            Assert.Equal("clopper-pearson", r.GetProperty("ci_method").GetString());
            Assert.Equal(7, r.GetProperty("n").GetInt64());
            if (r.GetProperty("responders").GetInt64() == 0)
            {
                Assert.Equal(1 - Math.Pow(0.025, 1.0 / 7), r.GetProperty("ci_high").GetDouble(), 1e-9);
            }
        }

        // And only the primary is irradiated in the RT groups
        Assert.True(groups[2].GetProperty("growth")[0].GetProperty("irradiated").GetBoolean());
        Assert.False(groups[2].GetProperty("growth")[1].GetProperty("irradiated").GetBoolean());

        // And each treated group's responders are compared with the control by Fisher's exact test
        var comparisons = root.GetProperty("responder_comparisons");
        Assert.Equal(3, comparisons.GetArrayLength());
        Assert.All(comparisons.EnumerateArray(), c => Assert.Equal("control", c.GetProperty("arms")[0].GetString()));
        Assert.All(comparisons.EnumerateArray(), c => Assert.InRange(c.GetProperty("fisher_p").GetDouble(), 0, 1));
    }

    [Fact]
    public void Power_Searches_The_Group_Size_From_The_Power_Block()
    {
        // Given the example's power block (3 to 15 mice, target 0.8) with 2 simulated experiments per size to keep the test short
        var (exit, stdout, stderr) = CliRunner.Run("trial", Example, "--power", "--replicates", "2", "--json", "--threads", "2");
        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var size = doc.RootElement.GetProperty("group_size");

        // Then each treated group has a power row per size 3..15, and the smallest size is the first whose power reaches 0.8 (or null)
        Assert.Equal(2, size.GetProperty("replicates").GetInt32());
        foreach (var c in size.GetProperty("comparisons").EnumerateArray())
        {
            var power = c.GetProperty("power").EnumerateArray().ToArray();
            Assert.Equal(Enumerable.Range(3, 13), power.Select(p => p.GetProperty("group_size").GetInt32()));
            var first = power.FirstOrDefault(p => p.GetProperty("value").GetDouble() >= 0.8);
            var smallest = c.GetProperty("smallest_group_size");
            int? expected = first.ValueKind == JsonValueKind.Undefined ? null : first.GetProperty("group_size").GetInt32();
            int? actual = smallest.ValueKind == JsonValueKind.Null ? null : smallest.GetInt32();
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Power_Needs_A_Responder_Rule()
    {
        var human = Path.Combine(RepositoryRoot.Find(), "examples", "trials", "tnbc-pembrolizumab-sbrt.yaml");
        var (exit, _, stderr) = CliRunner.Run("trial", human, "--patients", "1", "--power");
        Assert.Equal(2, exit);
        Assert.Contains("responder rule", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_Writes_Patients_Parquet_Equal_To_The_Csv_And_Growth_Tables()
    {
        // Given the example with 3 mice per group written to a folder
        var dir = Path.Combine(Path.GetTempPath(), $"abscopal-mice-out-{Guid.NewGuid():N}");
        var (exit, _, stderr) = CliRunner.Run("trial", Example, "--patients", "3", "--threads", "2", "--out", dir);
        Assert.True(exit == 0, stderr);
        foreach (var name in new[] { "patients.csv", "patients.parquet", "growth.csv", "growth.parquet", "growth-arm1.svg", "growth-arm4.svg", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(dir, name)), name);
        }

        // And no temporary file is left behind (outputs are written under a temporary name, then renamed)
        Assert.DoesNotContain(Directory.GetFiles(dir), f => f.EndsWith(".tmp", StringComparison.Ordinal));

        // Then patients.parquet, read with Parquet.Net, holds the CSV's columns and, cell by cell, the CSV's values
        var csv = File.ReadAllLines(Path.Combine(dir, "patients.csv"));
        var header = csv[0].Split(',');
        var rows = csv[1..].Select(l => l.Split(',')).ToArray();
        Assert.Equal(12, rows.Length);
        var columns = ReadColumns(Path.Combine(dir, "patients.parquet"));
        Assert.Equal(header, columns.Select(c => c.Name));
        for (var c = 0; c < header.Length; c++)
        {
            for (var r = 0; r < rows.Length; r++)
            {
                var text = columns[c].Values[r] switch
                {
                    null => string.Empty,
                    double d => d.ToString("R", CultureInfo.InvariantCulture),
                    bool b => b ? "1" : "0",
                    var v => Convert.ToString(v, CultureInfo.InvariantCulture),
                };
                Assert.Equal(rows[r][c].Trim('"'), text);
            }
        }

        // And growth.csv has one row per group, tumour and caliper day (4 × 2 × 21) with days after inoculation = day + 12
        var growth = File.ReadAllLines(Path.Combine(dir, "growth.csv"));
        Assert.Equal("group,tumour,irradiated,day,days_after_inoculation,n,mean_mm3,sd_mm3", growth[0]);
        Assert.Equal(1 + (4 * 2 * 21), growth.Length);
        Assert.StartsWith("control,primary,0,0,12,3,", growth[1], StringComparison.Ordinal);
    }

    private static List<(string Name, object?[] Values)> ReadColumns(string path) => ReadColumnsAsync(path).GetAwaiter().GetResult();

    private static async Task<List<(string Name, object?[] Values)>> ReadColumnsAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        using var group = reader.OpenRowGroupReader(0);
        var n = (int)group.RowCount;
        var result = new List<(string, object?[])>();
        foreach (var field in reader.Schema.DataFields)
        {
            var values = field.ClrType == typeof(double) ? await Read<double>(group, field, n)
                : field.ClrType == typeof(long) ? await Read<long>(group, field, n)
                : field.ClrType == typeof(int) ? await Read<int>(group, field, n)
                : field.ClrType == typeof(bool) ? await Read<bool>(group, field, n)
                : await Strings(group, field, n);
            result.Add((field.Name, values));
        }

        return result;
    }

    private static async Task<object?[]> Read<T>(ParquetRowGroupReader group, Parquet.Schema.DataField field, int n)
        where T : struct
    {
        if (field.IsNullable)
        {
            var v = new T?[n];
            await group.ReadAsync<T>(field, v.AsMemory());
            return [.. v.Select(x => (object?)x)];
        }

        var w = new T[n];
        await group.ReadAsync<T>(field, w.AsMemory());
        return [.. w.Select(x => (object?)x)];
    }

    private static async Task<object?[]> Strings(ParquetRowGroupReader group, Parquet.Schema.DataField field, int n)
    {
        var v = new string?[n];
        await group.ReadAsync(field, v.AsMemory());
        return [.. v];
    }
}
