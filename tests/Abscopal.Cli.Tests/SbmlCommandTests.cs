using System.Globalization;
using Abscopal.Testing;

namespace Abscopal.Cli.Tests;

/// <summary>The 'abscopal sbml' commands on small SBML files whose solutions are known in closed form.</summary>
public class SbmlCommandTests
{
    /// <summary>A → ∅ at rate k·[A] (k = 0.5 amount/time) in a compartment of size 2, [A](0) = 1: [A](t) = e^{−kt/2}, amount = 2[A].</summary>
    private const string Decay = """
        <?xml version="1.0" encoding="UTF-8"?>
        <sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2">
          <model id="decay">
            <listOfCompartments><compartment id="C" size="2" constant="true"/></listOfCompartments>
            <listOfSpecies><species id="A" compartment="C" initialConcentration="1" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/></listOfSpecies>
            <listOfParameters><parameter id="k" value="0.5" constant="true"/></listOfParameters>
            <listOfReactions>
              <reaction id="R" reversible="false">
                <listOfReactants><speciesReference species="A" stoichiometry="1" constant="true"/></listOfReactants>
                <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><times/><ci>k</ci><ci>A</ci></apply></math></kineticLaw>
              </reaction>
            </listOfReactions>
          </model>
        </sbml>
        """;

    private static string TempFile(string text, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"abscopal-sbml-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text);
        return path;
    }

    private static double[][] Rows(string csv, out string[] header)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())];
    }

    [Fact]
    public void Simulate_Prints_Concentrations_By_Default_And_Amounts_When_Asked()
    {
        // Given the decay model
        var file = TempFile(Decay, ".xml");

        // When it is simulated to t = 4 with A reported once as a concentration and once as an amount
        var (exit, stdout, stderr) = CliRunner.Run("sbml", "simulate", file, "--t-end", "4", "--points", "4", "--rtol", "1e-10", "--atol", "1e-12");
        var (exitAmounts, amounts, _) = CliRunner.Run("sbml", "simulate", file, "--t-end", "4", "--points", "4", "--rtol", "1e-10", "--atol", "1e-12", "--amounts", "A");

        // Then the CSV has time and A, and the values are e^{−t/4} and 2e^{−t/4}
        Assert.Equal((0, string.Empty), (exit, stderr));
        Assert.Equal(0, exitAmounts);
        var rows = Rows(stdout, out var header);
        var amountRows = Rows(amounts, out _);
        Assert.Equal(["time", "A"], header);
        Assert.Equal(5, rows.Length);
        foreach (var (row, amount) in rows.Zip(amountRows))
        {
            Assert.Equal(Math.Exp(-row[0] / 4.0), row[1], 8);
            Assert.Equal(2.0 * Math.Exp(-row[0] / 4.0), amount[1], 8);
        }
    }

    [Fact]
    public void Simulate_Names_An_Unknown_Variable_And_A_Malformed_File()
    {
        // Given the decay model and a broken file
        var file = TempFile(Decay, ".xml");
        var broken = TempFile("<sbml level=\"3\" version=\"2\"><model", ".xml");

        // When they are simulated with a wrong variable / at all
        var (exit, _, stderr) = CliRunner.Run("sbml", "simulate", file, "--t-end", "1", "--variables", "B");
        var (exitBroken, _, stderrBroken) = CliRunner.Run("sbml", "simulate", broken, "--t-end", "1");

        // Then both are usage errors with the culprit named
        Assert.Equal(2, exit);
        Assert.Contains("'B'", stderr, StringComparison.Ordinal);
        Assert.Equal(2, exitBroken);
        Assert.Contains("line", stderrBroken, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_Writes_Sbml_L3V2_That_Simulates_Like_The_Text_Model()
    {
        // Given the built-in Robertson model as a text file
        var model = Path.Combine(RepositoryRoot.Find(), "examples", "models", "robertson.ant");

        // When it is exported and the export is simulated, next to the text model itself
        var (exit, xml, _) = CliRunner.Run("sbml", "export", model);
        var exported = TempFile(xml, ".xml");
        var (_, fromSbml, _) = CliRunner.Run("sbml", "simulate", exported, "--t-end", "40", "--points", "4", "--rtol", "1e-8", "--atol", "1e-14");
        var (_, fromText, _) = CliRunner.Run("run-model", model, "--t-end", "40", "--points", "4", "--method", "stiff", "--rtol", "1e-8", "--atol", "1e-14");

        // Then the export is L3V2 and both give the same final state
        Assert.Equal(0, exit);
        Assert.Contains("level=\"3\" version=\"2\"", xml, StringComparison.Ordinal);
        var a = Rows(fromSbml, out var headerA)[^1];
        var b = Rows(fromText, out var headerB)[^1];
        Assert.Equal(headerB, headerA);
        for (var i = 1; i < a.Length; i++)
        {
            Assert.True(Math.Abs(a[i] - b[i]) <= 1e-6 * Math.Abs(b[i]) + 1e-14, $"{headerA[i]}: {a[i]} vs {b[i]}");
        }
    }

    [Fact]
    public void Export_Of_An_Unknown_Model_Is_A_Usage_Error()
    {
        var (exit, _, stderr) = CliRunner.Run("sbml", "export", "no_such_model");
        Assert.Equal(2, exit);
        Assert.Contains("unknown model 'no_such_model'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Info_Says_What_A_File_Holds_And_What_Does_Not_Simulate()
    {
        // Given a model with an algebraic rule
        var algebraic = Decay.Replace("<listOfReactions>", """
            <listOfRules><algebraicRule><math xmlns="http://www.w3.org/1998/Math/MathML"><apply><minus/><ci>k</ci><cn>1</cn></apply></math></algebraicRule></listOfRules>
            <listOfReactions>
            """, StringComparison.Ordinal);
        var file = TempFile(algebraic, ".xml");

        // When 'info' is asked about it
        var (exit, stdout, _) = CliRunner.Run("sbml", "info", file);

        // Then it lists the contents and says the algebraic rule keeps it from simulating
        Assert.Equal(0, exit);
        Assert.Contains("SBML: Level 3 Version 2", stdout, StringComparison.Ordinal);
        Assert.Contains("species: 1", stdout, StringComparison.Ordinal);
        Assert.Contains("1 algebraic", stdout, StringComparison.Ordinal);
        Assert.Contains("simulates: no", stdout, StringComparison.Ordinal);
        Assert.Contains("algebraic rule", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_Suite_Runs_A_Case_Folder_With_Its_Own_Settings_And_Reports_Per_Tag()
    {
        // Given a one-case suite in the Test Suite's layout: the decay model with its analytic results at t = 0, 1, 2
        var root = Directory.CreateTempSubdirectory("abscopal-suite-").FullName;
        var dir = Directory.CreateDirectory(Path.Combine(root, "00001")).FullName;
        File.WriteAllText(Path.Combine(dir, "00001-model.m"), "(*\ncategory: Test\ncomponentTags: Compartment, Species, Reaction, Parameter\ntestTags: Amount\ntestType: TimeCourse\n*)\n");
        File.WriteAllText(Path.Combine(dir, "00001-settings.txt"), "start: 0\nduration: 2\nsteps: 2\nvariables: A\nabsolute: 1e-7\nrelative: 1e-6\namount: A\nconcentration:\n");
        var results = string.Join("\n", new[] { 0.0, 1.0, 2.0 }.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t},{2.0 * Math.Exp(-t / 4.0):R}")));
        File.WriteAllText(Path.Combine(dir, "00001-results.csv"), "time,A\n" + results + "\n");
        File.WriteAllText(Path.Combine(dir, "00001-sbml-l3v2.xml"), Decay);

        // When the suite runs, directly and through export → re-import
        var (exit, stdout, _) = CliRunner.Run("sbml", "test-suite", root);
        var (exitRoundTrip, roundTrip, _) = CliRunner.Run("sbml", "test-suite", root, "--round-trip");

        // Then the case passes both ways and the tag table counts it
        Assert.Equal(0, exit);
        Assert.Equal(0, exitRoundTrip);
        Assert.Contains("00001 passed", stdout, StringComparison.Ordinal);
        Assert.Contains("00001 passed", roundTrip, StringComparison.Ordinal);
        Assert.Contains("total: 1 cases, 1 passed, 0 failed, 0 unsupported", stdout, StringComparison.Ordinal);
    }
}
