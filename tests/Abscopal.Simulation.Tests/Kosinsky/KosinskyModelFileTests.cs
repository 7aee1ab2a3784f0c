using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Text;
using Abscopal.Models;
using Abscopal.Testing;

namespace Abscopal.Simulation.Tests.Kosinsky;

/// <summary>The built-in kosinsky2018 against the hand-written text model examples/models/kosinsky2018.ant (same paper, written independently).</summary>
public class KosinskyModelFileTests
{
    [Fact]
    public void The_Built_In_Right_Hand_Side_Equals_The_Text_Model_At_Arbitrary_States()
    {
        // Given both models compiled, and states drawn over the ranges of the treated reference (seeded)
        var path = Path.Combine(RepositoryRoot.Find(), "examples", "models", "kosinsky2018.ant");
        var text = ModelCompiler.Compile(TextModelParser.ParseFile(path)).CreateInstance();
        var builtin = Simulator.Compile(BuiltinModels.Kosinsky2018.Prepare(null, null)).CreateInstance();
        var random = new Random(20180217);
        var yText = new double[text.Dimension];
        var yBuiltin = new double[builtin.Dimension];
        text.Initialize(0, yText);
        builtin.Initialize(0, yBuiltin);
        Assert.Equal(text.Model.StateIds.Order(), builtin.Model.StateIds.Order());
        var fText = new double[text.Dimension];
        var fBuiltin = new double[builtin.Dimension];

        for (var trial = 0; trial < 20; trial++)
        {
            double[] upper = [2000, 500, 1500, 800, 1, 100, 2, 4];
            string[] order = ["TV", "U", "nTeff", "dTeff", "PDL1", "TVd", "Adepot", "Acent"];
            for (var k = 0; k < order.Length; k++)
            {
                var value = random.NextDouble() * upper[k];
                yText[text.Model.StateIds.IndexOf(order[k])] = value;
                yBuiltin[builtin.Model.StateIds.IndexOf(order[k])] = value;
            }

            // When the right-hand sides are evaluated between fractions (R = 0 in both)
            text.Derivative(3.0, yText, fText);
            builtin.Derivative(3.0, yBuiltin, fBuiltin);

            // Then they agree to rounding
            foreach (var id in order)
            {
                var a = fText[text.Model.StateIds.IndexOf(id)];
                var b = fBuiltin[builtin.Model.StateIds.IndexOf(id)];
                Assert.Equal(a, b, 1e-12 * Math.Max(1, Math.Abs(a)));
            }
        }
    }
}
