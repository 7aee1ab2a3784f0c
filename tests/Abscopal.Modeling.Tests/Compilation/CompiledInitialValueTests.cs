using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Expressions;

namespace Abscopal.Modeling.Tests.Compilation;

/// <summary>Initial values through the compiled kernel against hand-computed SBML values and the IR interpreter (SBML L3V2 §4.11, §3.4.8 on precedence).</summary>
public class CompiledInitialValueTests
{
    private static Expr S(string id) => Expr.Symbol(id);

    /// <summary>V = 2·k (initial assignment), A in V with [A]₀ = 3 (stored as amount 3·V), B with only substance units and amount 4, rule r = A + k, x' = −x with x₀ = r.</summary>
    private static CompiledModel Model() => ModelCompiler.Compile(new ModelBuilder("initial")
        .AddParameter("k", 1.5)
        .Add(new Compartment("V") { Size = 1, Constant = true })
        .Add(new InitialAssignment("V", 2.0 * S("k")))
        .Add(new Species("A", "V") { InitialConcentration = 3 })
        .Add(new Species("B", "V") { InitialAmount = 4, HasOnlySubstanceUnits = true })
        .Add(new Reaction("R") { Reactants = [new SpeciesReference("A")], Products = [new SpeciesReference("B")], KineticLaw = new KineticLaw(S("k") * S("A")) })
        .AddAssignmentRule("r", S("A") + S("k"))
        .AddRateRule("x", -S("x"), 0.0)
        .Add(new InitialAssignment("x", S("r") * Expr.Time))
        .Build());

    private static (double[] State, double[] Slots) Compiled(CompiledModel compiled, double t, params (string Id, double Value)[] overrides)
    {
        var instance = compiled.CreateInstance();
        foreach (var (id, value) in overrides)
        {
            instance.SetValue(id, value);
        }

        var y = new double[compiled.StateCount];
        Assert.True(instance.InitializeCompiled(t, y), "the kernel should compile");
        return (y, instance.ParameterSlots.ToArray());
    }

    private static (double[] State, double[] Slots) Interpreted(CompiledModel compiled, double t, params (string Id, double Value)[] overrides)
    {
        var instance = compiled.CreateInstance();
        foreach (var (id, value) in overrides)
        {
            instance.SetValue(id, value);
        }

        var y = new double[compiled.StateCount];
        instance.InitializeInterpreted(t, y);
        return (y, instance.ParameterSlots.ToArray());
    }

    private static double State(CompiledModel compiled, double[] y, string id) => y[compiled.StateIds.IndexOf(id)];

    [Fact]
    public void The_Kernel_Gives_The_SBML_Initial_Values_By_Hand()
    {
        // Given the model above at start time t = 2
        var compiled = Model();

        // When its initial values are compiled
        var (y, slots) = Compiled(compiled, 2.0);

        // Then V = 2·1.5 = 3; A's amount = [A]·V = 9; B = 4; x = r·t = (3 + 1.5)·2 = 9 (hand-computed from SBML's precedence)
        Assert.Equal(3.0, slots[compiled.ValueIndex("V")]);
        Assert.Equal(9.0, State(compiled, y, "A"));
        Assert.Equal(4.0, State(compiled, y, "B"));
        Assert.Equal(9.0, State(compiled, y, "x"));
    }

    [Fact]
    public void Overrides_Of_Parameters_And_States_Win_Over_Initial_Assignments_In_The_Kernel()
    {
        // Given k = 2.5 and [A]₀ = 1 set by the caller (state override in concentration, the units its symbol means)
        var compiled = Model();

        // When compiled with those overrides
        var (y, slots) = Compiled(compiled, 1.0, ("k", 2.5), ("A", 1.0));

        // Then V = 5, A's amount = 1·5 = 5, x = (1 + 2.5)·1 = 3.5; a second override set compiles its own kernel
        Assert.Equal(5.0, slots[compiled.ValueIndex("V")]);
        Assert.Equal(5.0, State(compiled, y, "A"));
        Assert.Equal(3.5, State(compiled, y, "x"));
        var (y2, _) = Compiled(compiled, 1.0, ("x", 7.0));
        Assert.Equal(7.0, State(compiled, y2, "x"));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(17.25)]
    public void Kernel_And_Interpreter_Agree_Bit_For_Bit(double t)
    {
        // Given the model with and without overrides
        var compiled = Model();
        foreach (var overrides in new[] { Array.Empty<(string, double)>(), [("k", 0.1), ("V", 0.7)], [("A", 1e-3), ("B", 2.0 / 3.0)] })
        {
            // When both paths compute the initial values
            var kernel = Compiled(compiled, t, overrides);
            var reference = Interpreted(compiled, t, overrides);

            // Then states and slots are the same doubles
            Assert.Equal(reference.State, kernel.State);
            Assert.Equal(reference.Slots, kernel.Slots);
        }
    }

    [Fact]
    public void A_Cycle_Of_Initial_Assignments_Is_Left_To_The_Interpreter_Which_Reports_It()
    {
        // Given initial assignments a = b + 1 and b = 2·a
        var compiled = ModelCompiler.Compile(new ModelBuilder("ia_cycle")
            .Add(new Parameter("a"))
            .Add(new Parameter("b"))
            .Add(new InitialAssignment("a", S("b") + 1.0))
            .Add(new InitialAssignment("b", 2.0 * S("a")))
            .AddRateRule("x", S("a"), 0)
            .Build());
        var instance = compiled.CreateInstance();
        var y = new double[1];

        // When the kernel is asked for, then through the public path
        // Then no kernel is made and the interpreter's error names the cycle, on first and later uses alike
        Assert.False(instance.InitializeCompiled(0, y));
        for (var use = 0; use < 3; use++)
        {
            var ex = Assert.Throws<ModelValidationException>(() => instance.Initialize(0, y));
            Assert.Contains("depends on itself", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Repeated_Initializations_Switch_To_The_Kernel_With_The_Same_Values()
    {
        // Given one compiled model and three instances with the same override set
        var compiled = Model();
        var states = new List<double[]>();
        for (var i = 0; i < 3; i++)
        {
            var instance = compiled.CreateInstance();
            instance.SetValue(compiled.ValueIndex("k"), 0.25);
            var y = new double[compiled.StateCount];

            // When each is initialized through the public path (the first interprets, later ones use the compiled kernel)
            instance.Initialize(0.5, y);
            states.Add(y);
        }

        // Then all three are identical: switching paths changes no bit
        Assert.Equal(states[0], states[1]);
        Assert.Equal(states[0], states[2]);
        Assert.Equal(1.5, State(compiled, states[0], "A")); // [A]·V = 3·(2·0.25)
    }
}
