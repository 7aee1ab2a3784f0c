using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Modeling.Expressions;
using Abscopal.Numerics.Ode;

namespace Abscopal.Modeling.Tests.Execution;

/// <summary>Event and initial-value semantics the SBML Test Suite exposed, each checked against the case's analytic solution.</summary>
public class SbmlEventSemanticsTests
{
    private static readonly OdeOptions s_tight = OdeOptions.Default with { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 };

    private static Expr S(string id) => Expr.Symbol(id);

    private static Expr TimeAtLeast(double t) => Expr.Binary(BinaryOperator.GreaterOrEqual, Expr.Time, t);

    private static SimulationResult Run(Model model, double end, int points, ulong seed = 0, params string[] outputs) =>
        ModelSimulator.Simulate(ModelCompiler.Compile(model), new SimulationSettings { EndTime = end, Points = points, Options = s_tight, Outputs = outputs, EventSeed = seed });

    [Fact]
    public void An_Event_That_Resizes_A_Compartment_Keeps_The_Amount_Of_A_Concentration_Rate_Rule_Species()
    {
        // Given SBML Test Suite case 01505 (analytic): d[S1]/dt = 0.4, dC1/dt = 0.2, C1(0) = 0.5, event at t ≥ 0.45 sets C1 = 0.2.
        // Before: [S1](0.45) = 0.18 in C1 = 0.59, amount 0.1062; after: [S1] = 0.1062/0.2 = 0.531; at t = 0.5: 0.531 + 0.02 = 0.551.
        var model = new ModelBuilder("resize")
            .Add(new Compartment("C1") { Size = 0.5, Constant = false })
            .Add(new Species("S1", "C1") { InitialConcentration = 0.0, BoundaryCondition = true })
            .Add(new RateRule("S1", Expr.Constant(0.4)))
            .Add(new RateRule("C1", Expr.Constant(0.2)))
            .Add(new ModelEvent(new EventTrigger(TimeAtLeast(0.45))) { Assignments = [new EventAssignment("C1", Expr.Constant(0.2))] })
            .Build();

        // When it is simulated to t = 0.5
        var result = Run(model, 0.5, 10, outputs: "S1");

        // Then the concentration jumped by the volume ratio and went on growing at 0.4
        Assert.Equal(0.551, result[10, 0], 10);
    }

    [Fact]
    public void A_Trigger_Oscillating_In_Time_Fires_On_Every_Crossing_Even_When_No_State_Moves()
    {
        // Given SBML Test Suite case 00936 (analytic): S1 = sin(10t) for t ≤ 2; the event S1 < 0 (delay 2) adds 1 to S2, whose
        // rate is 0. S1 turns negative at t = π/10, 3π/10, 5π/10, so by t = 3.6 three executions (at 2 + those times) have happened.
        var model = new ModelBuilder("oscillating_trigger")
            .AddAssignmentRule("S1", Expr.Piecewise([new PiecewisePiece(Expr.Call(MathFunction.Sin, Expr.Time * 10.0), Expr.Binary(BinaryOperator.LessOrEqual, Expr.Time, 2.0))], Expr.One))
            .AddRateRule("S2", Expr.Zero, 0.0)
            .Add(new ModelEvent(new EventTrigger(Expr.Binary(BinaryOperator.Less, S("S1"), 0.0))) { Delay = Expr.Constant(2.0), UseValuesFromTriggerTime = false, Assignments = [new EventAssignment("S2", S("S2") + 1.0)] })
            .Build();

        // When it is simulated with the case's output grid
        var result = Run(model, 5.0, 125, outputs: "S2");

        // Then S2 counts 0, 1, 2, 3 at the case's check times
        double At(double t) => result[(int)Math.Round(t / 0.04), 0];
        Assert.Equal(0.0, At(2.28));
        Assert.Equal(1.0, At(2.4));
        Assert.Equal(2.0, At(3.0));
        Assert.Equal(3.0, At(3.6));
    }

    [Fact]
    public void Simultaneous_Events_Of_Equal_Priority_Execute_In_A_Seeded_Random_Order()
    {
        // Given two events at t ≥ 1 with the same priority: "x = 1" and "x = 2"; whichever executes last decides x.
        var model = new ModelBuilder("ties")
            .AddParameter("x", 0.0, constant: false)
            .AddRateRule("y", Expr.Zero, 0.0)
            .Add(new ModelEvent(new EventTrigger(TimeAtLeast(1.0))) { Id = "E1", Priority = Expr.One, Assignments = [new EventAssignment("x", Expr.Constant(1.0))] })
            .Add(new ModelEvent(new EventTrigger(TimeAtLeast(1.0))) { Id = "E2", Priority = Expr.One, Assignments = [new EventAssignment("x", Expr.Constant(2.0))] })
            .Build();
        var compiled = ModelCompiler.Compile(model);
        double Final(ulong seed) => ModelSimulator.Simulate(compiled, new SimulationSettings { EndTime = 2.0, Points = 2, Outputs = ["x"], EventSeed = seed })[2, 0];

        // When it is run with 400 seeds
        var finals = Enumerable.Range(0, 400).Select(s => Final((ulong)s)).ToList();

        // Then both orders occur, about half each (binomial(400, 1/2): ±5σ is 150..250), and a seed always gives the same order
        var twos = finals.Count(v => v == 2.0);
        Assert.Equal(400, finals.Count(v => v is 1.0 or 2.0));
        Assert.InRange(twos, 150, 250);
        Assert.Equal(finals[17], Final(17));
        Assert.Equal(finals[222], Final(222));
    }

    [Fact]
    public void An_Initial_Assignment_Of_NaN_Is_A_Value_But_A_Missing_Value_Is_An_Error()
    {
        // Given SBML Test Suite case 00950: a constant parameter whose initial assignment is notanumber
        var nan = new ModelBuilder("nan").Add(new Parameter("R") { Value = 0 }).Add(new InitialAssignment("R", Expr.Constant(double.NaN))).Build();

        // When it is simulated, then R is NaN throughout
        var result = Run(nan, 1.0, 2, outputs: "R");
        Assert.True(double.IsNaN(result[0, 0]) && double.IsNaN(result[2, 0]));

        // And a parameter with neither a value nor an initial assignment is refused by name
        var missing = new ModelBuilder("missing").Add(new Parameter("Q")).AddRateRule("x", S("Q"), 0.0).Build();
        var ex = Assert.Throws<ModelValidationException>(() => Run(missing, 1.0, 2));
        Assert.Contains("'Q'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("no initial value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Stoichiometry_Math_Species_Reference_With_An_Id_Has_The_Math_As_Its_Value()
    {
        // Given SBML Test Suite case 01562 (L2V5): ∅ → S0 at rate 1 with stoichiometryMath e, on a reference with id "S0_stoich"
        var model = new ModelBuilder("stoichiometry_math")
            .Add(new Compartment("C") { Size = 1 })
            .Add(new Species("S0", "C") { InitialConcentration = 0 })
            .Add(new Reaction("J0") { Products = [new SpeciesReference("S0") { Id = "S0_stoich", StoichiometryMath = Expr.Constant(Math.E) }], KineticLaw = new KineticLaw(Expr.One) })
            .Build();

        // When it is simulated
        var result = Run(model, 2.0, 2, outputs: ["S0", "S0_stoich"]);

        // Then S0 = e·t and the reference's symbol is e
        Assert.Equal(2.0 * Math.E, result[2, 0], 9);
        Assert.Equal(Math.E, result[0, 1], 12);
    }
}
