using System.Globalization;
using Abscopal.Testing;

namespace Abscopal.Cli.Tests;

public class RunModelCommandTests
{
    private static string Example(string name) => Path.Combine(RepositoryRoot.Find(), "examples", "models", name);

    private static double[] RowAt(ReferenceSolution reference, double time) => reference.Values[reference.Times.ToList().IndexOf(time)];

    private static double[][] ParseCsv(string csv, out string[] header)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())];
    }

    [Fact]
    public void Prints_A_Header_And_N_Plus_One_Rows_Ending_Exactly_At_T_End()
    {
        var (exit, stdout, stderr) = CliRunner.Run("run-model", Example("robertson.ant"), "--t-end", "40", "--points", "4", "--method", "stiff", "--quiet");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        var rows = ParseCsv(stdout, out var header);
        Assert.Equal(["time", "A", "B", "C"], header);
        Assert.Equal([0.0, 10.0, 20.0, 30.0, 40.0], rows.Select(r => r[0]));
    }

    [Fact]
    public void Robertson_At_t_40_Matches_The_Reference_Solution()
    {
        // data/reference/robertson.csv: CVODE at rtol 1e-12 cross-checked with Radau (PROVENANCE.md).
        var expected = RowAt(ReferenceSolution.Load("robertson"), 40.0);
        var (exit, stdout, _) = CliRunner.Run("run-model", Example("robertson.ant"), "--t-end", "40", "--points", "1", "--rtol", "1e-9", "--atol", "1e-14");
        Assert.Equal(0, exit);
        var last = ParseCsv(stdout, out _)[^1];
        for (var i = 0; i < 3; i++)
        {
            // Global error at rtol 1e-9 stays within 1e-6 relative on this problem (solver tests bound it tighter).
            Assert.True(Math.Abs(last[i + 1] - expected[i]) <= 1e-6 * Math.Abs(expected[i]), $"y{i + 1}: {last[i + 1]} vs {expected[i]}");
        }
    }

    [Fact]
    public void Hires_At_The_End_Matches_The_Reference_Solution()
    {
        var expected = RowAt(ReferenceSolution.Load("hires"), 321.8122);
        var (exit, stdout, _) = CliRunner.Run("run-model", Example("hires.ant"), "--t-end", "321.8122", "--points", "1", "--rtol", "1e-10", "--atol", "1e-14");
        Assert.Equal(0, exit);
        var last = ParseCsv(stdout, out var header)[^1];
        Assert.Equal(9, header.Length);
        for (var i = 0; i < 8; i++)
        {
            Assert.True(Math.Abs(last[i + 1] - expected[i]) <= 1e-6 * Math.Abs(expected[i]), $"y{i + 1}: {last[i + 1]} vs {expected[i]}");
        }
    }

    [Fact]
    public void The_Bundled_Kosinsky_Example_Runs_With_Every_Method_And_They_Agree()
    {
        // Three different integrators at rtol 1e-8 must agree to ~1e-5 relative on the tumour volume.
        var finals = new List<double>();
        foreach (var method in new[] { "auto", "nonstiff", "stiff" })
        {
            var (exit, stdout, stderr) = CliRunner.Run("run-model", Example("kosinsky2018.ant"), "--t-end", "40", "--method", method, "--rtol", "1e-8", "--atol", "1e-12");
            Assert.True(exit == 0, stderr);
            finals.Add(ParseCsv(stdout, out _)[^1][1]);
        }

        Assert.All(finals, tv => Assert.True(Math.Abs(tv - finals[0]) <= 1e-5 * finals[0], $"{tv} vs {finals[0]}"));
    }

    [Fact]
    public void A_Syntax_Error_Exits_2_With_File_Line_And_Column()
    {
        var path = CliRunner.TempModel("x' = -k*x\nx = 1\nk = (2\n");
        var (exit, stdout, stderr) = CliRunner.Run("run-model", path, "--t-end", "1");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains($"{Path.GetFileName(path)}:3:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Undefined_Symbol_Exits_2_And_Names_It()
    {
        var path = CliRunner.TempModel("x' = -kk*x\nx = 1\nk = 2\n");
        var (exit, _, stderr) = CliRunner.Run("run-model", path, "--t-end", "1");
        Assert.Equal(2, exit);
        Assert.Contains("kk", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--points", "0", "--points must be at least 1")]
    [InlineData("--rtol", "0", "--rtol must be in")]
    [InlineData("--atol", "-1", "--atol must be a finite number ≥ 0")]
    [InlineData("--t-start", "5", "--t-end must be a finite number greater than --t-start")]
    [InlineData("--method", "euler", "euler")]
    public void Bad_Options_Exit_2_With_A_Message_Naming_The_Option_And_Range(string option, string value, string expected)
    {
        var (exit, _, stderr) = CliRunner.Run("run-model", Example("robertson.ant"), "--t-end", "1", option, value);
        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Missing_File_Exits_2()
    {
        var (exit, _, stderr) = CliRunner.Run("run-model", "/nonexistent/model.ant", "--t-end", "1");
        Assert.Equal(2, exit);
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Missing_Required_Option_Exits_2()
    {
        var (exit, _, stderr) = CliRunner.Run("run-model", Example("robertson.ant"));
        Assert.Equal(2, exit);
        Assert.Contains("--t-end", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Solver_Failure_Exits_1_Naming_The_State_And_Time()
    {
        // y' = y², y(0) = 1 blows up at t = 1 (y = 1/(1 − t)).
        var path = CliRunner.TempModel("y' = y^2\ny = 1\n");
        var (exit, stdout, stderr) = CliRunner.Run("run-model", path, "--t-end", "2");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("y", stderr, StringComparison.Ordinal);
        Assert.Contains("solver failed", stderr, StringComparison.Ordinal);
    }
}
