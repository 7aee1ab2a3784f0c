using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Tests.Compilation;

public class ModelCompilerTests
{
    private static Expr S(string id) => Expr.Symbol(id);

    /// <summary>A → B at rate k·[A] in a compartment of size V (SBML: the kinetic law is in substance per time).</summary>
    private static Model Conversion(double volume, bool onlySubstance = false) => new ModelBuilder("conversion")
        .Add(new Compartment("C") { Size = volume })
        .Add(new Species("A", "C") { InitialConcentration = 1.0, HasOnlySubstanceUnits = onlySubstance })
        .Add(new Species("B", "C") { InitialConcentration = 0.0, HasOnlySubstanceUnits = onlySubstance })
        .AddParameter("k", 0.5)
        .Add(new Reaction("R") { Reactants = [new SpeciesReference("A")], Products = [new SpeciesReference("B")], KineticLaw = new KineticLaw(S("k") * S("A")) })
        .Build();

    [Fact]
    public void Species_Are_Stored_As_Amounts_And_Read_As_Concentrations()
    {
        // SBML L3V2 §4.6.5: the symbol of a species without only-substance units is its concentration.
        // V = 2, [A] = 1 → amount 2; rate = k·[A] = 0.5 substance/time → d(amount A)/dt = −0.5.
        var instance = ModelCompiler.Compile(Conversion(2.0)).CreateInstance();
        var y = new double[2];
        instance.Initialize(0, y);
        Assert.Equal([2.0, 0.0], y);

        var dydt = new double[2];
        instance.Derivative(0, y, dydt);
        Assert.Equal([-0.5, 0.5], dydt);

        var values = new double[2];
        instance.StateValues(0, y, values);
        Assert.Equal([1.0, 0.0], values);
    }

    [Fact]
    public void Species_With_Only_Substance_Units_Are_Read_As_Amounts()
    {
        // Initial concentration 1 in V = 2 is an amount of 2; the rate k·A uses the amount: −0.5·2 = −1.
        var instance = ModelCompiler.Compile(Conversion(2.0, onlySubstance: true)).CreateInstance();
        var y = new double[2];
        instance.Initialize(0, y);
        var dydt = new double[2];
        instance.Derivative(0, y, dydt);
        Assert.Equal([2.0, 0.0], y);
        Assert.Equal([-1.0, 1.0], dydt);
    }

    [Fact]
    public void Assignment_Rules_Are_Inlined_Into_Rate_Rules()
    {
        // x' = −k·y, y := 2x  ⇒  x' = −2k·x
        var model = new ModelBuilder("rules")
            .AddParameter("k", 0.25)
            .AddRateRule("x", -S("k") * S("y"), initialValue: 3.0)
            .AddAssignmentRule("y", 2.0 * S("x"))
            .Build();
        var compiled = ModelCompiler.Compile(model);
        Assert.Equal(new[] { "x" }, compiled.StateIds.ToArray());
        var instance = compiled.CreateInstance();
        var dydt = new double[1];
        instance.Derivative(0, [3.0], dydt);
        Assert.Equal(-1.5, dydt[0]);
    }

    [Fact]
    public void Analytic_Jacobian_Matches_Finite_Differences()
    {
        // A nonlinear tumour–immune style system with Hill terms, saturations, min/max and powers.
        var model = new ModelBuilder("nonlinear")
            .AddParameter("r", 0.4).AddParameter("K", 2500).AddParameter("e", 0.001).AddParameter("h", 2.3)
            .AddRateRule("T", (S("r") * S("T") * (1.0 - (S("T") / S("K")))) - (S("e") * S("E") * S("T")), 15)
            .AddRateRule("E", (279.0 * Expr.Power(S("T"), S("h")) / (Expr.Power(S("T"), S("h")) + 8.0)) - (0.2 * S("E")) + Expr.Call(MathFunction.Min, S("T"), S("E")), 30)
            .AddRateRule("P", (S("E") / (478.0 + S("E"))) - S("P") + Expr.Call(MathFunction.Exp, -S("P") * Expr.Time), 0.1)
            .Build();
        var instance = ModelCompiler.Compile(model).CreateInstance();
        double[] y = [120.0, 45.0, 0.3];
        const int n = 3;
        var jac = new double[n * n];
        instance.Jacobian(2.0, y, jac);
        var f1 = new double[n];
        var f2 = new double[n];
        for (var j = 0; j < n; j++)
        {
            var h = 1e-6 * Math.Max(1, Math.Abs(y[j]));
            var yp = (double[])y.Clone();
            var ym = (double[])y.Clone();
            yp[j] += h;
            ym[j] -= h;
            instance.Derivative(2.0, yp, f1);
            instance.Derivative(2.0, ym, f2);
            for (var i = 0; i < n; i++)
            {
                // Central differences: truncation O(h²) and round-off O(eps/h) give ~1e-8 relative agreement.
                var fd = (f1[i] - f2[i]) / (2 * h);
                Assert.True(Math.Abs(jac[(i * n) + j] - fd) <= 1e-6 * Math.Max(1, Math.Abs(fd)), $"J[{i},{j}] = {jac[(i * n) + j]} vs {fd}");
            }
        }

        var dfdt = new double[n];
        instance.TimeDerivative(2.0, y, dfdt);
        // ∂/∂t exp(−P·t) = −P·exp(−P·t), only in the third equation.
        Assert.Equal([0.0, 0.0, -0.3 * Math.Exp(-0.3 * 2.0)], dfdt);
    }

    [Fact]
    public void Jacobian_Sparsity_Is_The_Dependence_Of_Each_Equation_On_Each_State()
    {
        // Given T' = f(T, E), E' = g(T, E), P' = h(E, P, t): by the equations, ∂T'/∂P = ∂E'/∂P = ∂P'/∂T = 0 and nothing else is
        var model = new ModelBuilder("pattern")
            .AddParameter("r", 0.4).AddParameter("e", 0.001)
            .AddRateRule("T", (S("r") * S("T")) - (S("e") * S("E") * S("T")), 15)
            .AddRateRule("E", Expr.Call(MathFunction.Min, S("T"), S("E")) - (0.2 * S("E")), 30)
            .AddRateRule("P", (S("E") / (478.0 + S("E"))) - (S("P") * Expr.Time), 0.1)
            .Build();
        var compiled = ModelCompiler.Compile(model);
        var pattern = compiled.JacobianSparsity;
        var order = compiled.StateIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);

        // Then the pattern holds exactly the six dependences of the equations
        Assert.Equal(6, pattern.NonZeros);
        foreach (var (row, column) in (ReadOnlySpan<(string, string)>)[("T", "T"), ("T", "E"), ("E", "T"), ("E", "E"), ("P", "E"), ("P", "P")])
        {
            Assert.True(pattern.Contains(order[row], order[column]), $"∂{row}'/∂{column}");
        }

        // And every entry the compiled Jacobian makes non-zero at a state lies in the pattern (entries outside are exactly 0)
        var instance = compiled.CreateInstance();
        var jacobian = new double[9];
        instance.Jacobian(1.5, [120.0, 45.0, 0.3], jacobian);
        for (var k = 0; k < 9; k++)
        {
            Assert.True(jacobian[k] == 0 || pattern.Contains(k / 3, k % 3), $"J[{k / 3},{k % 3}] = {jacobian[k]} is outside the pattern");
        }

        Assert.Same(pattern, instance.JacobianSparsity);
    }

    [Fact]
    public void Jacobian_Through_Chained_Assignment_Rules_And_Reactions_Matches_Finite_Differences()
    {
        // The chain rule runs through intermediates: W depends on M, M on D, D on states and time (ChainRule remarks).
        var model = new ModelBuilder("chain")
            .Add(new Compartment("c") { Size = 2 })
            .Add(new Species("A", "c") { InitialConcentration = 3 })
            .Add(new Species("B", "c") { InitialConcentration = 1 })
            .AddParameter("k", 0.7)
            .AddAssignmentRule("D", (S("A") / (S("A") + S("B"))) + (0.01 * Expr.Call(MathFunction.Sin, Expr.Time)))
            .AddAssignmentRule("M", Expr.Power(S("D"), 2.0) / (Expr.Power(S("D"), 2.0) + 0.04))
            .AddAssignmentRule("W", S("M") * (S("A") + S("B")))
            .Add(new Reaction("R1") { Reactants = [new SpeciesReference("A")], Products = [new SpeciesReference("B")], KineticLaw = new KineticLaw(S("k") * S("W") * S("A")) })
            .Add(new Reaction("R2") { Reactants = [new SpeciesReference("B") { Stoichiometry = 2 }], KineticLaw = new KineticLaw(S("R1") * S("B") / (1.0 + S("B"))) })
            .Build();
        var instance = ModelCompiler.Compile(model).CreateInstance();
        double[] y = [5.0, 1.5];
        const double t = 0.8;
        var jac = new double[4];
        instance.Jacobian(t, y, jac);
        var f1 = new double[2];
        var f2 = new double[2];
        for (var j = 0; j < 2; j++)
        {
            var h = 1e-6 * Math.Abs(y[j]);
            var yp = (double[])y.Clone();
            var ym = (double[])y.Clone();
            yp[j] += h;
            ym[j] -= h;
            instance.Derivative(t, yp, f1);
            instance.Derivative(t, ym, f2);
            for (var i = 0; i < 2; i++)
            {
                var fd = (f1[i] - f2[i]) / (2 * h);
                Assert.True(Math.Abs(jac[(i * 2) + j] - fd) <= 1e-6 * Math.Max(1, Math.Abs(fd)), $"J[{i},{j}] = {jac[(i * 2) + j]} vs {fd}");
            }
        }

        // ∂f/∂t reaches the states only through D's sin(t) term.
        var dfdt = new double[2];
        instance.TimeDerivative(t, y, dfdt);
        var dt = 1e-6;
        instance.Derivative(t + dt, y, f1);
        instance.Derivative(t - dt, y, f2);
        for (var i = 0; i < 2; i++)
        {
            var fd = (f1[i] - f2[i]) / (2 * dt);
            Assert.True(Math.Abs(dfdt[i] - fd) <= 1e-6 * Math.Max(1, Math.Abs(fd)), $"df{i}/dt = {dfdt[i]} vs {fd}");
        }
    }

    [Fact]
    public void Initial_Assignments_Are_Evaluated_In_Dependency_Order()
    {
        var model = new ModelBuilder("ia")
            .Add(new Parameter("a") { Value = 2 })
            .Add(new Parameter("b"))
            .Add(new Parameter("c"))
            .Add(new InitialAssignment("c", S("b") * 10.0))
            .Add(new InitialAssignment("b", S("a") + 1.0))
            .AddRateRule("x", -S("c") * S("x"), 1.0)
            .Add(new InitialAssignment("x", S("c")))
            .Build();
        var instance = ModelCompiler.Compile(model).CreateInstance();
        var y = new double[1];
        instance.Initialize(0, y);
        Assert.Equal(30.0, y[0]);
    }

    [Fact]
    public void Overrides_Win_Over_Model_Values_And_Initial_Assignments()
    {
        var model = new ModelBuilder("ov")
            .AddParameter("k", 1)
            .AddRateRule("x", -S("k") * S("x"), 1.0)
            .Add(new InitialAssignment("x", 2.0 * S("k")))
            .Build();
        var instance = ModelCompiler.Compile(model).CreateInstance();
        instance.SetValue("k", 5);
        var y = new double[1];
        instance.Initialize(0, y);
        Assert.Equal(10.0, y[0]);
        instance.SetValue("x", 7);
        instance.Initialize(0, y);
        Assert.Equal(7.0, y[0]);
    }

    [Fact]
    public void A_Cycle_Of_Assignment_Rules_Is_Reported_With_Its_Path()
    {
        var model = new ModelBuilder("cycle")
            .AddAssignmentRule("a", S("b") + 1.0)
            .AddAssignmentRule("b", S("a") * 2.0)
            .AddRateRule("x", S("a"), 0)
            .Build();
        var ex = Assert.Throws<ModelValidationException>(() => ModelCompiler.Compile(model));
        Assert.Contains("cycle of assignment rules", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Algebraic_Rules_Are_Refused_With_A_Message_Naming_Them()
    {
        var model = new ModelBuilder("alg")
            .Add(new Parameter("x") { Value = 1, Constant = false })
            .Add(new AlgebraicRule(S("x") - 1.0))
            .Build();
        var ex = Assert.Throws<ModelValidationException>(() => ModelCompiler.Compile(model));
        Assert.Contains("algebraic rule", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not supported", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_Names_Every_Problem()
    {
        var builder = new ModelBuilder("bad")
            .AddParameter("k", 1)
            .Add(new RateRule("k", S("undefined_thing")))
            .Add(new Species("A", "nowhere"));
        var ex = Assert.Throws<ModelValidationException>(builder.Build);
        Assert.Contains(ex.Diagnostics, d => d.Message.Contains("'undefined_thing' is not defined", StringComparison.Ordinal));
        Assert.Contains(ex.Diagnostics, d => d.Message.Contains("declared constant", StringComparison.Ordinal));
        Assert.Contains(ex.Diagnostics, d => d.Message.Contains("compartment 'nowhere' is not defined", StringComparison.Ordinal));
    }

    [Fact]
    public void Function_Definitions_Are_Inlined()
    {
        // hill(x, K, n) = x^n / (K^n + x^n)
        var hill = new FunctionDefinition("hill", ["x", "K", "n"], Expr.Power(S("x"), S("n")) / (Expr.Power(S("K"), S("n")) + Expr.Power(S("x"), S("n"))));
        var model = new ModelBuilder("f")
            .Add(hill)
            .AddRateRule("y", Expr.Call("hill", S("y"), 2.0, 3.0), 2.0)
            .Build();
        var instance = ModelCompiler.Compile(model).CreateInstance();
        var d = new double[1];
        instance.Derivative(0, [2.0], d);
        Assert.Equal(0.5, d[0]);
    }
}
