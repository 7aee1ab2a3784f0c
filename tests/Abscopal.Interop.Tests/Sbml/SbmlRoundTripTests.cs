using Abscopal.Interop.Sbml;
using Abscopal.Interop.Sbml.TestSuite;
using Abscopal.Modeling;
using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Modeling.Expressions;
using Abscopal.Modeling.Text;
using Abscopal.Numerics.Ode;
using Abscopal.Testing;

namespace Abscopal.Interop.Tests.Sbml;

/// <summary>Export → re-import: the SBML a model is written as is structurally valid L3V2 and simulates to the same numbers.</summary>
public class SbmlRoundTripTests
{
    private static readonly OdeOptions s_tight = OdeOptions.Default with { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 };

    private static Expr S(string id) => Expr.Symbol(id);

    public static TheoryData<string> BuiltInModels => ["hires.ant", "kosinsky2018.ant", "robertson.ant"];

    private static SimulationResult Simulate(Model model, double end, IReadOnlyList<string> outputs) =>
        ModelSimulator.Simulate(ModelCompiler.Compile(model), new SimulationSettings { EndTime = end, Points = 40, Outputs = outputs, Options = s_tight });

    private static void AssertSameResults(SimulationResult expected, SimulationResult actual)
    {
        Assert.Equal(expected.Times, actual.Times);
        for (var j = 0; j < expected.Columns.Length; j++)
        {
            for (var k = 0; k < expected.Times.Count; k++)
            {
                // Both runs take the same steps on equal right-hand sides; 1e-12 relative leaves room for reassociated arithmetic.
                var (a, b) = (expected[k, j], actual[k, j]);
                Assert.True(Math.Abs(a - b) <= 1e-12 * Math.Max(Math.Abs(a), 1e-300) || a.Equals(b), $"{expected.Columns[j]} at t = {expected.Times[k]}: {a:R} vs {b:R}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(BuiltInModels))]
    public void A_Built_In_Model_Exports_To_Valid_Sbml_That_Simulates_Identically(string file)
    {
        // Given a built-in model (examples/models)
        var model = TextModelParser.ParseFile(Path.Combine(RepositoryRoot.Find(), "examples", "models", file));
        var states = ModelCompiler.Compile(model).StateIds;

        // When it is exported as SBML L3V2 and read back
        var export = SbmlWriter.Write(model);
        var reread = SbmlReader.Parse(export.Xml, file + " (exported)");

        // Then the document is structurally valid and the re-imported model gives the same trajectories
        Assert.Empty(SbmlStructure.Violations(export.Xml));
        Assert.Empty(reread.Problems);
        AssertSameResults(Simulate(model, 40.0, states), Simulate(reread.Model, 40.0, states));
    }

    [Fact]
    public void A_Model_With_Every_Core_Construct_Round_Trips()
    {
        // Given a model with a non-constant compartment, species of both kinds, a conversion factor, a function definition,
        // local parameters, a stoichiometry formula, an initial assignment, rules and events with delay, priority and persistence
        var model = new ModelBuilder("everything")
            .Add(new FunctionDefinition("hill", ["x", "k"], S("x") / (S("x") + S("k"))))
            .Add(new Compartment("C") { Size = 2, Constant = false })
            .Add(new Species("A", "C") { InitialConcentration = 1.0 })
            .Add(new Species("B", "C") { InitialAmount = 0.5, HasOnlySubstanceUnits = true, ConversionFactor = "cf" })
            .Add(new Species("E", "C") { InitialConcentration = 3.0, BoundaryCondition = true })
            .AddParameter("cf", 2.0)
            .AddParameter("k", 0.7)
            .Add(new Parameter("n") { Constant = true })
            .Add(new InitialAssignment("n", S("k") * 2.0))
            .Add(new RateRule("C", Expr.Constant(0.01)))
            .AddAssignmentRule("total", S("A") + S("B"))
            .Add(new Reaction("R1")
            {
                Reactants = [new SpeciesReference("A") { Stoichiometry = 2 }],
                Products = [new SpeciesReference("B") { Id = "Bref", StoichiometryMath = Expr.Constant(1.5) }],
                Modifiers = ["E"],
                KineticLaw = new KineticLaw(S("C") * S("kf") * Expr.Call("hill", S("A"), S("k"))) { LocalParameters = [new Parameter("kf") { Value = 0.3 }] },
            })
            .Add(new ModelEvent(new EventTrigger(Expr.Binary(BinaryOperator.Greater, S("B"), 0.8)) { Persistent = false, InitialValue = false })
            {
                Id = "refill",
                Delay = Expr.Constant(0.25),
                Priority = Expr.Constant(2),
                UseValuesFromTriggerTime = false,
                Assignments = [new EventAssignment("A", S("A") + 1.0)],
            })
            .Build();
        string[] outputs = ["A", "B", "C", "total", "n"];

        // When it is exported and read back
        var export = SbmlWriter.Write(model);
        var reread = SbmlReader.Parse(export.Xml, "everything (exported)");

        // Then the structure is valid and the simulation identical
        Assert.Empty(SbmlStructure.Violations(export.Xml));
        AssertSameResults(Simulate(model, 5.0, outputs), Simulate(reread.Model, 5.0, outputs));
    }

    [SharedDataFact(SharedData.TestSuite)]
    public void Every_Tenth_Test_Suite_Model_Exports_To_Structurally_Valid_Sbml()
    {
        // Given every tenth importable core case of the SBML Test Suite
        var cases = TestSuiteCase.LoadAll(SharedData.PathOf(SharedData.TestSuite)).Where((c, i) => i % 10 == 0 && c.Packages.IsEmpty && c.ModelFile is not null).ToList();
        var checkedCount = 0;
        foreach (var testCase in cases)
        {
            var document = SbmlReader.Inspect(new StringReader(File.ReadAllText(testCase.ModelFile!)), testCase.Number);
            if (!document.Problems.IsEmpty || document.Model.Reactions.Any(r => r.Fast))
            {
                continue; // refused on import or with no L3V2 counterpart (fast reactions): nothing to export
            }

            // When it is exported
            var xml = SbmlWriter.Write(document.Model).Xml;

            // Then the document breaks none of the specification's structural rules
            var violations = SbmlStructure.Violations(xml);
            Assert.True(violations.Count == 0, $"case {testCase.Number}: {string.Join("; ", violations)}");
            checkedCount++;
        }

        Assert.True(checkedCount > 100, $"only {checkedCount} models were exported");
    }
}
