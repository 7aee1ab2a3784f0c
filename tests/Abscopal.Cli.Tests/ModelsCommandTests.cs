using System.Text.Json;
using Abscopal.Models.Catalog;
using Abscopal.Testing;

namespace Abscopal.Cli.Tests;

public class ModelsCommandTests
{
    [Fact]
    public void List_Json_Has_One_Object_Per_Catalogued_Model_With_The_Documented_Keys()
    {
        // Given the catalog / When the models are listed as JSON
        var (exit, stdout, stderr) = CliRunner.Run("models", "list", "--json");

        // Then each model has id, title, citation, kind, time unit, states and parameter count
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var models = json.RootElement.GetProperty("models");
        Assert.Equal(ModelCatalog.All.Count, models.GetArrayLength());
        foreach (var m in models.EnumerateArray())
        {
            foreach (var key in new[] { "id", "title", "citation", "kind", "scenario", "time_unit", "states", "parameters" })
            {
                Assert.True(m.TryGetProperty(key, out _), key);
            }

            Assert.Contains(m.GetProperty("kind").GetString(), new[] { "single-tumour", "multi-lesion" });
        }

        // And the built-in models are listed with the published ones, flagged as the ones scenario files run
        Assert.Equal(["abscopal-core", "kosinsky2018", "kuznetsov1994", "poleszczuk2016"], models.EnumerateArray().Select(m => m.GetProperty("id").GetString()!).ToArray());
        Assert.Equal([true, true, false, false], models.EnumerateArray().Select(m => m.GetProperty("scenario").GetBoolean()).ToArray());
        var kosinsky = models.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "kosinsky2018");
        Assert.Equal(["TV", "U", "nTeff", "dTeff", "PDL1", "TVd"], kosinsky.GetProperty("states").EnumerateArray().Select(s => s.GetString()!).Take(6).ToArray());

        var kuznetsov = models.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "kuznetsov1994");
        Assert.Equal(["E", "T"], kuznetsov.GetProperty("states").EnumerateArray().Select(s => s.GetString()!).ToArray());
        Assert.Equal(8, kuznetsov.GetProperty("parameters").GetInt32());
    }

    [Fact]
    public void List_Prints_A_Table_With_Every_Id()
    {
        var (exit, stdout, _) = CliRunner.Run("models", "list");
        Assert.Equal(0, exit);
        Assert.All(ModelCatalog.Ids, id => Assert.Contains(id, stdout, StringComparison.Ordinal));
    }

    [Fact]
    public void Show_Markdown_Prints_The_Committed_Page()
    {
        // Given the page committed under docs/models/ / When the CLI renders the same model as Markdown / Then they are identical
        var (exit, stdout, stderr) = CliRunner.Run("models", "show", "kuznetsov1994", "--format", "markdown");
        Assert.True(exit == 0, stderr);
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "docs", "models", "kuznetsov1994.md")).ReplaceLineEndings("\n");
        Assert.Equal(page, stdout);
    }

    [Theory]
    [InlineData("abscopal-core")]
    [InlineData("kosinsky2018")]
    public void Show_Markdown_Of_A_Built_In_Model_Prints_Its_Committed_Page(string id)
    {
        // Given a built-in model's page under docs/models/ / When the CLI renders it / Then they are identical and name the CLI id
        var (exit, stdout, stderr) = CliRunner.Run("models", "show", id, "--format", "markdown");
        Assert.True(exit == 0, stderr);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "docs", "models", id + ".md")).ReplaceLineEndings("\n"), stdout);
        Assert.Contains($"`abscopal models show {id} --format markdown`", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_Model_Listed_As_Scenario_Runnable_Runs_From_A_Scenario_File()
    {
        // Given a one-lesion mouse scenario per scenario-runnable model (a mouse, since kosinsky2018 is murine)
        var dir = Directory.CreateTempSubdirectory("abscopal-models-");
        try
        {
            foreach (var id in ModelCatalog.ScenarioIds)
            {
                var path = Path.Combine(dir.FullName, id + ".yaml");
                File.WriteAllText(path, $"model: {id}\npatient:\n  species: mouse\n  tumor_model: 4T1\n  lesions:\n    - {{ id: tumor, site: flank, volume_mm3: 50 }}\nsimulation: {{ days: 10 }}\n");

                // When simulated / Then it runs and reports the one lesion from its 50 mm³ baseline
                var (exit, stdout, stderr) = CliRunner.Run("simulate", path, "--json");
                Assert.True(exit == 0, $"{id}: {stderr}");
                using var json = JsonDocument.Parse(stdout);
                var lesion = json.RootElement.GetProperty("lesions")[0];
                Assert.Equal(50, lesion.GetProperty("volume_mm3")[0].GetDouble(), 9);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Show_Text_Prints_The_Equations_In_Infix_Form()
    {
        var (exit, stdout, _) = CliRunner.Run("models", "show", "KUZNETSOV1994");
        Assert.Equal(0, exit);
        Assert.Contains("dT/dt = a*T*(1 - b*T) - n*E*T", stdout, StringComparison.Ordinal);
        Assert.Contains("1.101e-07", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_Of_An_Unknown_Id_Exits_2_And_Suggests_The_Nearest()
    {
        var (exit, _, stderr) = CliRunner.Run("models", "show", "kuznetsov1995");
        Assert.Equal(2, exit);
        Assert.Contains("unknown model 'kuznetsov1995'", stderr, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'kuznetsov1994'?", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_With_An_Unknown_Format_Exits_2()
    {
        var (exit, _, stderr) = CliRunner.Run("models", "show", "kuznetsov1994", "--format", "pdf");
        Assert.Equal(2, exit);
        Assert.Contains("pdf", stderr, StringComparison.Ordinal);
    }
}
