using Abscopal.Interop.Sbml;
using Abscopal.Modeling;
using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Modeling.Text;
using Abscopal.Numerics.Ode;
using Abscopal.Testing;

namespace Abscopal.Interop.Tests.Sbml;

/// <summary>
/// The curated BioModels entry BIOMD0000000863 (Kosinsky et al. 2018, J Immunother Cancer 6:17; SBML L2V4 exported by COPASI),
/// imported end to end and compared with data/reference/kosinsky-untreated.csv: the built-in model's untreated arm solved
/// independently by SciPy Radau (rtol 1e-13) and SUNDIALS CVODE (rtol 1e-14), which agree to 2.5e-12 (the file's header).
/// </summary>
public class KosinskyBiomodelTests
{
    private static readonly string[] s_states = ["TV", "U", "nTeff", "dTeff", "PDL1", "TVd"];

    private static readonly OdeOptions s_tight = OdeOptions.Default with { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 };

    private static SimulationResult Simulate(ModelInstance instance, IReadOnlyList<double> times) =>
        ModelSimulator.Simulate(instance, new SimulationSettings { EndTime = times[^1], OutputTimes = times, Outputs = s_states, Options = s_tight });

    private static void AssertMatchesReference(SimulationResult result, ReferenceSolution reference)
    {
        for (var j = 0; j < s_states.Length; j++)
        {
            var column = reference.StateNames.ToList().IndexOf(s_states[j]);
            var scale = reference.Values.Max(row => Math.Abs(row[column]));
            for (var k = 0; k < reference.Times.Count; k++)
            {
                var expected = reference.Values[k][column];
                var actual = result[k, j];

                // The solver's rtol 1e-10 bounds the error: 1e-8 relative plus 1e-10 of the state's range leaves two digits of margin.
                Assert.True(Math.Abs(actual - expected) <= (1e-8 * Math.Abs(expected)) + (1e-10 * scale), $"{s_states[j]} at t = {reference.Times[k]}: {actual:R} vs reference {expected:R}");
            }
        }
    }

    [SharedDataFact(SharedData.Kosinsky)]
    public void The_Curated_Sbml_Reproduces_The_Untreated_Reference_Curve()
    {
        // Given the curated SBML and the independent reference solution of the untreated arm
        var document = SbmlReader.ReadFile(SharedData.PathOf(SharedData.Kosinsky));
        var reference = ReferenceSolution.Load("kosinsky-untreated");

        // When it is imported, compiled and simulated to day 40
        var result = Simulate(ModelCompiler.Compile(document.Model).CreateInstance(), reference.Times);

        // Then every shared state matches the reference at every reference time (tumour volume 15 → 1758.5 µL)
        Assert.Equal(2, document.Level);
        Assert.Empty(document.Problems);
        AssertMatchesReference(result, reference);
    }

    [SharedDataFact(SharedData.Kosinsky)]
    public void The_Curated_Sbml_Agrees_With_The_Built_In_Model_With_Treatment_Switched_Off()
    {
        // Given the built-in model (examples/models/kosinsky2018.ant) with no radiation and no antibody, and the curated SBML
        var builtIn = ModelCompiler.Compile(TextModelParser.ParseFile(Path.Combine(RepositoryRoot.Find(), "examples", "models", "kosinsky2018.ant"))).CreateInstance();
        builtIn.SetValue("doserate", 0.0);
        builtIn.SetValue("mab_nmol", 0.0);
        var sbml = ModelCompiler.Compile(SbmlReader.ReadFile(SharedData.PathOf(SharedData.Kosinsky)).Model).CreateInstance();
        var times = Enumerable.Range(0, 41).Select(d => (double)d).ToList();

        // When both are simulated
        var a = Simulate(builtIn, times);
        var b = Simulate(sbml, times);

        // Then the tumour curves agree to the solver tolerance
        for (var k = 0; k < times.Count; k++)
        {
            Assert.True(Math.Abs(a[k, 0] - b[k, 0]) <= 1e-8 * Math.Abs(b[k, 0]), $"TV at day {times[k]}: built-in {a[k, 0]:R}, SBML {b[k, 0]:R}");
        }
    }

    [SharedDataFact(SharedData.Kosinsky)]
    public void The_Curated_Sbml_Survives_Export_And_Reimport_With_The_Same_Curve()
    {
        // Given the imported curated model
        var original = SbmlReader.ReadFile(SharedData.PathOf(SharedData.Kosinsky)).Model;
        var reference = ReferenceSolution.Load("kosinsky-untreated");

        // When it is exported as SBML L3V2 and read back
        var export = SbmlWriter.Write(original);
        var reread = SbmlReader.Parse(export.Xml, "Kosinsky2018 (exported)");

        // Then the re-imported model is L3V2, keeps its components and still reproduces the reference
        Assert.Equal((3, 2), (reread.Level, reread.Version));
        Assert.Equal(original.Species.Select(s => s.Id), reread.Model.Species.Select(s => s.Id));
        Assert.Equal(original.Reactions.Length, reread.Model.Reactions.Length);
        Assert.Equal(original.Parameters.Select(p => (p.Id, p.Value)), reread.Model.Parameters.Select(p => (p.Id, p.Value)));
        AssertMatchesReference(Simulate(ModelCompiler.Compile(reread.Model).CreateInstance(), reference.Times), reference);
    }
}
