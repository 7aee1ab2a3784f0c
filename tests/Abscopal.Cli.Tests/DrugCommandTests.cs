using System.Globalization;
using System.Text.Json;

namespace Abscopal.Cli.Tests;

public class DrugCommandTests
{
    [Fact]
    public void Pk_Prints_Csv_With_The_Unit_In_The_Header()
    {
        var (exit, stdout, stderr) = CliRunner.Run("drug", "pk", "--drug", "pembrolizumab", "--dose-mg", "200", "--every-days", "21", "--cycles", "4", "--days", "84");
        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("day,concentration_ug_per_mL", lines[0]);
        Assert.Equal(86, lines.Length);
        Assert.All(lines.Skip(1), l => double.Parse(l.Split(',')[1], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Pk_Json_Has_The_Issue_Keys_And_A_Label_Like_Half_Life()
    {
        // KEYTRUDA label §12.3: t½ 22 days (CV 32%).
        var (exit, stdout, stderr) = CliRunner.Run("drug", "pk", "--drug", "pembrolizumab", "--dose-mg", "200", "--every-days", "21", "--cycles", "8", "--days", "168", "--json");
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        foreach (string key in new[] { "times_days", "concentration_ug_per_mL", "half_life_days", "trough_accumulation_ratio" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }

        Assert.Equal(169, root.GetProperty("times_days").GetArrayLength());
        Assert.Equal(169, root.GetProperty("concentration_ug_per_mL").GetArrayLength());
        Assert.InRange(root.GetProperty("half_life_days").GetDouble(), 22 * 0.68, 22 * 1.32);
        Assert.InRange(root.GetProperty("trough_accumulation_ratio").GetDouble(), 1.5, 3.5);
    }

    [Fact]
    public void A_Weight_Based_Dose_Needs_The_Weight()
    {
        var (exit, _, stderr) = CliRunner.Run("drug", "pk", "--drug", "ipilimumab", "--dose-mg-per-kg", "3", "--every-days", "21", "--cycles", "4", "--days", "84");
        Assert.Equal(2, exit);
        Assert.Contains("--weight-kg", stderr, StringComparison.Ordinal);
        var (ok, stdout, _) = CliRunner.Run("drug", "pk", "--drug", "ipilimumab", "--dose-mg-per-kg", "3", "--weight-kg", "80", "--every-days", "21", "--cycles", "4", "--days", "84", "--json");
        Assert.Equal(0, ok);
        using var json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.GetProperty("concentration_ug_per_mL").EnumerateArray().Max(e => e.GetDouble()) > 0);
    }

    [Fact]
    public void An_Unknown_Drug_Exits_2_And_Suggests_The_Nearest()
    {
        var (exit, stdout, stderr) = CliRunner.Run("drug", "pk", "--drug", "pembrolizumb", "--dose-mg", "200", "--every-days", "21", "--cycles", "4", "--days", "84");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("Did you mean 'pembrolizumab'?", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--dose-mg", "0", "--dose-mg must be a finite number > 0")]
    [InlineData("--every-days", "0", "--every-days must be a finite number > 0")]
    [InlineData("--cycles", "0", "--cycles must be an integer ≥ 1")]
    [InlineData("--days", "-1", "--days must be a finite number > 0")]
    public void Bad_Pk_Options_Exit_2_Naming_The_Option_And_Range(string option, string value, string message)
    {
        var args = new Dictionary<string, string> { ["--drug"] = "nivolumab", ["--dose-mg"] = "240", ["--every-days"] = "14", ["--cycles"] = "4", ["--days"] = "56" };
        args[option] = value;
        var (exit, _, stderr) = CliRunner.Run(["drug", "pk", .. args.SelectMany(kv => new[] { kv.Key, kv.Value })]);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Mouse_Reagent_Has_No_Pk_Model()
    {
        var (exit, _, stderr) = CliRunner.Run("drug", "pk", "--drug", "murine-anti-pd-l1", "--dose-mg", "0.2", "--every-days", "2", "--cycles", "3", "--days", "10");
        Assert.Equal(2, exit);
        Assert.Contains("without a PK model", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void List_Json_Names_Every_Drug_With_Its_Regimens()
    {
        var (exit, stdout, _) = CliRunner.Run("drug", "list", "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var names = json.RootElement.GetProperty("drugs").EnumerateArray().Select(d => d.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["pembrolizumab", "atezolizumab", "nivolumab", "durvalumab", "ipilimumab", "murine-anti-pd-1", "murine-anti-pd-l1", "murine-anti-ctla-4"], names);
        var (textExit, text, _) = CliRunner.Run("drug", "list");
        Assert.Equal(0, textExit);
        Assert.Contains("pembrolizumab-200mg-q3w", text, StringComparison.Ordinal);
    }
}
