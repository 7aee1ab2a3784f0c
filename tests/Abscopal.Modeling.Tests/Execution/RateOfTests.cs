using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Modeling.Expressions;
using Abscopal.Numerics.Ode;

namespace Abscopal.Modeling.Tests.Execution;

/// <summary>SBML's rateOf() csymbol (SBML L3V2 §3.4.6): the time derivative of a variable's value, checked against closed forms.</summary>
public class RateOfTests
{
    private static readonly OdeOptions s_tight = OdeOptions.Default with { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 };

    private static Expr S(string id) => Expr.Symbol(id);

    private static Expr RateOf(string id) => Expr.Call(MathFunction.RateOf, S(id));

    private static SimulationResult Run(Model model, double end, params string[] outputs) =>
        ModelSimulator.Simulate(ModelCompiler.Compile(model), new SimulationSettings { EndTime = end, Points = 10, Options = s_tight, Outputs = outputs });

    [Fact]
    public void RateOf_A_Species_Is_The_Rate_Of_Its_Concentration()
    {
        // Given A → ∅ at rate k·[A] (amount/time) in V = 2: [A] = e^{−kt/V}, so d[A]/dt = −(k/V)·e^{−kt/V}
        var model = new ModelBuilder("rate_of_species")
            .Add(new Compartment("C") { Size = 2 })
            .Add(new Species("A", "C") { InitialConcentration = 1.0 })
            .AddParameter("k", 0.5)
            .Add(new Reaction("R") { Reactants = [new SpeciesReference("A")], KineticLaw = new KineticLaw(S("k") * S("A")) })
            .AddAssignmentRule("rate", RateOf("A"))
            .Build();

        // When it is simulated
        var result = Run(model, 4.0, "A", "rate");

        // Then rateOf(A) is the concentration's derivative at every output
        for (var i = 0; i < result.Times.Count; i++)
        {
            var exact = -(0.5 / 2.0) * Math.Exp(-0.5 * result.Times[i] / 2.0);
            Assert.True(Math.Abs(result[i, 1] - exact) <= 1e-8 * Math.Abs(exact), $"t = {result.Times[i]}: {result[i, 1]} vs {exact}");
        }
    }

    [Fact]
    public void RateOf_An_Assignment_Rule_Variable_Follows_The_Chain_Rule()
    {
        // Given x' = −x, x(0) = 1, and z = x² + t: dz/dt = 2x·x' + 1 = 1 − 2e^{−2t}
        var model = new ModelBuilder("rate_of_rule")
            .AddRateRule("x", -S("x"), 1.0)
            .AddAssignmentRule("z", (S("x") * S("x")) + Expr.Time)
            .AddAssignmentRule("w", RateOf("z"))
            .Build();

        // When it is simulated
        var result = Run(model, 2.0, "w");

        // Then w is the closed-form derivative
        for (var i = 0; i < result.Times.Count; i++)
        {
            var exact = 1.0 - (2.0 * Math.Exp(-2.0 * result.Times[i]));
            Assert.True(Math.Abs(result[i, 0] - exact) <= 1e-8, $"t = {result.Times[i]}: {result[i, 0]} vs {exact}");
        }
    }

    [Fact]
    public void RateOf_A_Rate_Rule_Variable_Feeds_Another_Rate_Rule()
    {
        // Given x' = cos t (x(0) = 0) and y' = rateOf(x)·2 (y(0) = 0): y = 2 sin t
        var model = new ModelBuilder("rate_of_state")
            .AddRateRule("x", Expr.Call(MathFunction.Cos, Expr.Time), 0.0)
            .AddRateRule("y", RateOf("x") * 2.0, 0.0)
            .Build();

        // When it is simulated
        var result = Run(model, 3.0, "y");

        // Then y is twice sin t
        for (var i = 0; i < result.Times.Count; i++)
        {
            Assert.True(Math.Abs(result[i, 0] - (2.0 * Math.Sin(result.Times[i]))) <= 1e-8, $"t = {result.Times[i]}");
        }
    }

    [Fact]
    public void RateOf_A_Constant_Parameter_Is_Zero()
    {
        // Given a constant parameter p: dp/dt = 0
        var model = new ModelBuilder("rate_of_constant").AddParameter("p", 3.0).AddRateRule("x", RateOf("p") + 1.0, 0.0).Build();

        // When it is simulated, then x grows at exactly 1
        var result = Run(model, 1.0, "x");
        Assert.Equal(1.0, result[10, 0], 10);
    }

    [Fact]
    public void RateOf_In_An_Initial_Assignment_Is_Refused_By_Name()
    {
        // Given rateOf() in an initial assignment (no rate exists before the start)
        var model = new ModelBuilder("rate_of_initial")
            .AddRateRule("x", -S("x"), 1.0)
            .Add(new Parameter("p") { Constant = true })
            .Add(new InitialAssignment("p", RateOf("x")))
            .Build();

        // When it is compiled, then the refusal names the initial assignment
        var ex = Assert.Throws<ModelValidationException>(() => ModelCompiler.Compile(model));
        Assert.Contains("initial assignment for 'p'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not supported", ex.Message, StringComparison.Ordinal);
    }
}
