using System.Text.Json;
using Abscopal.Interop.Scenarios;
using Abscopal.Testing;

namespace Abscopal.Cli.Tests;

public class ScenarioCommandTests
{
    private static string Input(string name) => Path.Combine(RepositoryRoot.Find(), "tests", "Abscopal.Cli.Tests", "Scenarios", name);

    private static string Expected(string name) => Path.Combine(RepositoryRoot.Find(), "tests", "Abscopal.Cli.Tests", "Expectations", name);

    private static string Example(string name) => Path.Combine(RepositoryRoot.Find(), "examples", "scenarios", name);

    [Fact]
    public void A_Valid_Scenario_Exits_0_With_A_One_Line_Summary()
    {
        // Given the example (with lung1 declared)
        var (exit, stdout, stderr) = CliRunner.Run("scenario", "validate", Example("issue5-example.yaml"));

        // Then 2 courses with 3 + 10 fractions and 2 regimens with 6 + 3 doses are summarised on stdout
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal("issue5-example.yaml: valid. Model abscopal-core; human (TNBC), 2 lesion(s); 2 RT course(s), 13 fraction(s); 2 drug regimen(s), 9 dose(s); 180 days.\n", stdout);
    }

    [Fact]
    public void An_Invalid_Scenario_Exits_2_Listing_Every_Error_With_Line_Column_And_Field()
    {
        var (exit, stdout, stderr) = CliRunner.Run("scenario", "validate", Input("several-errors.yaml"));
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        GoldenFile.Match(Expected("scenario-validate-several-errors.txt"), stderr);
    }

    [Fact]
    public void Json_Output_Lists_The_Same_Errors_As_Objects()
    {
        var (exit, stdout, _) = CliRunner.Run("scenario", "validate", Input("several-errors.yaml"), "--json");
        Assert.Equal(2, exit);
        GoldenFile.Match(Expected("scenario-validate-several-errors.json"), stdout);
        using var json = JsonDocument.Parse(stdout);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("scenario").ValueKind);
        Assert.Equal(
            ["patient.subtype", "treatment.radiotherapy[0].start_dya", "treatment.radiotherapy[1].target", "treatment.radiotherapy[1].fractions"],
            json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
    }

    [Fact]
    public void Json_Output_Of_A_Valid_Scenario_Gives_The_Expanded_Days()
    {
        var (exit, stdout, _) = CliRunner.Run("scenario", "validate", Example("mouse-tsa-two-tumours.yaml"), "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var scenario = json.RootElement.GetProperty("scenario");
        Assert.Equal("mouse", scenario.GetProperty("species").GetString());
        Assert.Equal([0.0, 1, 2], scenario.GetProperty("radiotherapy")[0].GetProperty("days").EnumerateArray().Select(d => d.GetDouble()));
        Assert.Equal("murine-anti-ctla-4", scenario.GetProperty("drugs")[0].GetProperty("drug").GetString());
        Assert.Equal([true, false], scenario.GetProperty("lesions").EnumerateArray().Select(l => l.GetProperty("irradiated").GetBoolean()));
    }

    [Fact]
    public void A_Missing_File_Exits_2()
    {
        var (exit, _, stderr) = CliRunner.Run("scenario", "validate", "/nonexistent/scenario.yaml");
        Assert.Equal(2, exit);
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Schema_Command_Prints_The_Published_Schema()
    {
        var (exit, stdout, _) = CliRunner.Run("scenario", "schema");
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "docs", "scenario.schema.json")), stdout);
        Assert.Equal(ScenarioSchema.Json, stdout);
    }

    public static TheoryData<string> Examples => [.. Directory.GetFiles(Path.Combine(RepositoryRoot.Find(), "examples", "scenarios"), "*.yaml").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_Example_Scenario_Validates(string name)
    {
        var (exit, stdout, stderr) = CliRunner.Run("scenario", "validate", Example(name));
        Assert.True(exit == 0, stderr);
        Assert.StartsWith($"{name}: valid.", stdout, StringComparison.Ordinal);
    }
}
