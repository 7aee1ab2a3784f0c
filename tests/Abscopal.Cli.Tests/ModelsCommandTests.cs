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
            foreach (var key in new[] { "id", "title", "citation", "kind", "time_unit", "states", "parameters" })
            {
                Assert.True(m.TryGetProperty(key, out _), key);
            }

            Assert.Contains(m.GetProperty("kind").GetString(), new[] { "single-tumour", "multi-lesion" });
        }

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
