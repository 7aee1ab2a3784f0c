using System.Text.Json;

namespace Abscopal.Cli.Tests;

public class RtCommandTests
{
    private static JsonElement Json(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);
        Assert.True(exit == 0, stderr);
        Assert.Equal(string.Empty, stderr);
        using var document = JsonDocument.Parse(stdout);
        return document.RootElement.Clone();
    }

    [Theory]
    [InlineData("bed")]
    [InlineData("eqd2")]
    public void Bed_And_Eqd2_Print_Only_Json_With_The_Issue_Keys(string command)
    {
        // SCIENCE.md §2 worked example: 26 Gy/5 at α/β 3.5 → BED 64.63, EQD2 41.13 Gy.
        var json = Json("rt", command, "--dose-per-fraction", "5.2", "--fractions", "5", "--alpha-beta", "3.5", "--json");
        Assert.Equal(["bed_gy", "eqd2_gy"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(64.63, json.GetProperty("bed_gy").GetDouble(), 2);
        Assert.Equal(41.13, json.GetProperty("eqd2_gy").GetDouble(), 2);
    }

    [Fact]
    public void The_Repopulation_Options_Lower_The_Bed()
    {
        // ln2·(46 − 21)/(0.3·3) = 19.254 Gy off 84 Gy (70 Gy/35 at α/β 10; formula of SCIENCE.md §2).
        var json = Json("rt", "bed", "--dose-per-fraction", "2", "--fractions", "35", "--alpha-beta", "10", "--overall-days", "46", "--tk", "21", "--tpot", "3", "--alpha", "0.3", "--json");
        Assert.Equal(84 - (Math.Log(2) * 25 / 0.9), json.GetProperty("bed_gy").GetDouble(), 9);
    }

    [Fact]
    public void Text_Output_Is_A_Readable_Table()
    {
        var (exit, stdout, _) = CliRunner.Run("rt", "eqd2", "--dose-per-fraction", "5.2", "--fractions", "5", "--alpha-beta", "3.5");
        Assert.Equal(0, exit);
        Assert.Contains("EQD2         41.13 Gy", stdout, StringComparison.Ordinal);
        Assert.Contains("BED          64.63 Gy", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Gard_Of_Rsi_0_3_With_50Gy_In_25_Is_30_1()
    {
        // Scott 2017 via SCIENCE.md §2: α 0.502, GARD 30.1.
        var json = Json("rt", "gard", "--rsi", "0.3", "--dose-per-fraction", "2", "--fractions", "25", "--json");
        Assert.Equal(["alpha", "gard"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.502, json.GetProperty("alpha").GetDouble(), 3);
        Assert.Equal(30.1, json.GetProperty("gard").GetDouble(), 1);
    }

    [Fact]
    public void Gard_From_Genes_Ranks_The_Expression()
    {
        // Expression rising in reverse gene order gives ranks 10..1: RSI = 0.6071830 (hand sum of the RSI coefficients).
        string genes = "AR=10,JUN=9,STAT1=8,PRKCB=7,RELA=6,ABL1=5,SUMO1=4,CDK1=3,HDAC1=2,IRF1=1";
        var json = Json("rt", "gard", "--genes", genes, "--dose-per-fraction", "2", "--fractions", "25", "--json");
        double alpha = (-Math.Log(0.6071829734130407) / 2) - 0.1;
        Assert.Equal(alpha, json.GetProperty("alpha").GetDouble(), 9);
    }

    [Fact]
    public void A_Missing_Gene_Exits_2_Naming_It()
    {
        var (exit, _, stderr) = CliRunner.Run("rt", "gard", "--genes", "AR=1,JUN=2", "--dose-per-fraction", "2", "--fractions", "25");
        Assert.Equal(2, exit);
        Assert.Contains("IRF1", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Constraints_List_The_Limits_With_Their_Sources()
    {
        var json = Json("rt", "constraints", "--organ", "spinal-cord", "--fractions", "1", "--json");
        Assert.Equal(["organ", "fractions", "alpha_beta_gy", "constraints"], json.EnumerateObject().Select(p => p.Name));
        var only = Assert.Single(json.GetProperty("constraints").EnumerateArray());
        Assert.Equal(14, only.GetProperty("limit").GetDouble());
        Assert.Contains("TG-101", only.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_Keeps_The_Bed()
    {
        // 50 Gy/25 at α/β 3.5 has EQD2 50 Gy; the 5-fraction iso-effect keeps BED 78.571 Gy.
        var json = Json("rt", "convert", "--dose-per-fraction", "2", "--fractions", "25", "--alpha-beta", "3.5", "--to-fractions", "5", "--json");
        Assert.Equal(["bed_gy", "eqd2_gy", "dose_per_fraction_gy", "fractions", "total_dose_gy"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(50, json.GetProperty("eqd2_gy").GetDouble(), 9);
        double d = json.GetProperty("dose_per_fraction_gy").GetDouble();
        Assert.Equal(json.GetProperty("bed_gy").GetDouble(), 5 * d * (1 + (d / 3.5)), 9);
    }

    [Theory]
    [InlineData("--dose-per-fraction", "0", "--dose-per-fraction must be a finite number > 0")]
    [InlineData("--dose-per-fraction", "-2", "--dose-per-fraction must be a finite number > 0")]
    [InlineData("--fractions", "0", "--fractions must be an integer ≥ 1")]
    [InlineData("--alpha-beta", "0", "--alpha-beta must be a finite number > 0")]
    [InlineData("--alpha-beta", "-3", "--alpha-beta must be a finite number > 0")]
    public void Bad_Doses_Exit_2_Naming_The_Option_And_Range(string option, string value, string message)
    {
        var args = new Dictionary<string, string> { ["--dose-per-fraction"] = "2", ["--fractions"] = "25", ["--alpha-beta"] = "3.5" };
        args[option] = value;
        var (exit, stdout, stderr) = CliRunner.Run(["rt", "bed", .. args.SelectMany(kv => new[] { kv.Key, kv.Value }), "--json"]);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Unknown_Organ_Exits_2_And_Suggests_The_Nearest()
    {
        var (exit, _, stderr) = CliRunner.Run("rt", "constraints", "--organ", "spinal-chord", "--fractions", "3");
        Assert.Equal(2, exit);
        Assert.Contains("Did you mean 'spinal-cord'?", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Repopulation_Needs_All_Its_Options()
    {
        var (exit, _, stderr) = CliRunner.Run("rt", "bed", "--dose-per-fraction", "2", "--fractions", "25", "--alpha-beta", "10", "--tk", "21");
        Assert.Equal(2, exit);
        Assert.Contains("--overall-days", stderr, StringComparison.Ordinal);
    }
}
