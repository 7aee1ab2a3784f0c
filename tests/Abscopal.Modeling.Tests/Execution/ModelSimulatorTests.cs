using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Modeling.Expressions;
using Abscopal.Numerics.Ode;

namespace Abscopal.Modeling.Tests.Execution;

public class ModelSimulatorTests
{
    private static readonly OdeOptions s_tight = OdeOptions.Default with { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 };

    private static Expr S(string id) => Expr.Symbol(id);

    private static Expr TimeAtLeast(double t) => Expr.Binary(BinaryOperator.GreaterOrEqual, Expr.Time, t);

    private static SimulationResult Run(Model model, double end, int points = 100, IReadOnlyList<string>? outputs = null, OdeAlgorithm? algorithm = null) =>
        ModelSimulator.Simulate(ModelCompiler.Compile(model), new SimulationSettings
        {
            EndTime = end,
            Points = points,
            Options = s_tight,
            Outputs = outputs,
            Algorithm = algorithm,
        });

    public static TheoryData<string> Algorithms => ["auto", "nonstiff", "stiff"];

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Exponential_Decay_Matches_Its_Closed_Form(string method)
    {
        // x' = −k x, x(0) = 2 ⇒ x(t) = 2 e^{−kt}
        var model = new ModelBuilder("decay").AddParameter("k", 0.7).AddRateRule("x", -S("k") * S("x"), 2.0).Build();
        var result = Run(model, 5.0, algorithm: OdeAlgorithms.FromName(method));
        Assert.Equal(101, result.Times.Count);
        Assert.Equal(5.0, result.Times[^1]);
        for (var i = 0; i < result.Times.Count; i++)
        {
            var exact = 2.0 * Math.Exp(-0.7 * result.Times[i]);
            Assert.True(Math.Abs(result[i, 0] - exact) <= 1e-8 * exact + 1e-11, $"t = {result.Times[i]}: {result[i, 0]} vs {exact}");
        }
    }

    [Fact]
    public void Species_In_A_Compartment_Decay_At_Rate_k_Over_V()
    {
        // A → B with rate k·[A] (substance/time) in V = 2: [A](t) = e^{−kt/V}, [B] = 1 − [A].
        var model = new ModelBuilder("conversion")
            .Add(new Compartment("C") { Size = 2 })
            .Add(new Species("A", "C") { InitialConcentration = 1.0 })
            .Add(new Species("B", "C") { InitialConcentration = 0.0 })
            .AddParameter("k", 0.5)
            .Add(new Reaction("R") { Reactants = [new SpeciesReference("A")], Products = [new SpeciesReference("B")], KineticLaw = new KineticLaw(S("k") * S("A")) })
            .Build();
        var result = Run(model, 4.0, points: 4);
        var a = Math.Exp(-0.5 * 4.0 / 2.0);
        Assert.Equal(a, result[4, 0], 8);
        Assert.Equal(1 - a, result[4, 1], 8);
    }

    [Fact]
    public void Bolus_Doses_Match_The_Superposition_Closed_Form_And_Outputs_Are_Right_Continuous()
    {
        // One-compartment PK: x' = −k x, x(0) = 0, doses D at t = 1, 2, 3 ⇒ x(t) = Σ_{t_i ≤ t} D e^{−k (t − t_i)}.
        const double k = 0.3, dose = 10.0;
        var builder = new ModelBuilder("bolus").AddParameter("k", k).AddParameter("D", dose).AddRateRule("x", -S("k") * S("x"), 0.0);
        foreach (var t in new[] { 1.0, 2.0, 3.0 })
        {
            builder.Add(new ModelEvent(new EventTrigger(TimeAtLeast(t))) { Assignments = [new EventAssignment("x", S("x") + S("D"))] });
        }

        var result = Run(builder.Build(), 5.0, points: 10);
        for (var i = 0; i < result.Times.Count; i++)
        {
            var time = result.Times[i];
            var exact = new[] { 1.0, 2.0, 3.0 }.Where(ti => ti <= time).Sum(ti => dose * Math.Exp(-k * (time - ti)));
            Assert.True(Math.Abs(result[i, 0] - exact) <= 1e-8 * Math.Max(1, exact), $"t = {time}: {result[i, 0]} vs {exact}");
        }

        // At t = 1 the row shows the state after the dose (right-continuous output).
        Assert.Equal(dose, result[2, 0], 9);
        Assert.Equal(3, result.EventsExecuted);
    }

    [Fact]
    public void A_State_Threshold_Event_Is_Located_By_Root_Finding()
    {
        // x' = −k x from 1 crosses 0.5 at t* = ln 2 / k; the event records time then.
        const double k = 0.9;
        var model = new ModelBuilder("root")
            .AddParameter("k", k)
            .AddRateRule("x", -S("k") * S("x"), 1.0)
            .Add(new Parameter("tcross") { Value = -1, Constant = false })
            .Add(new ModelEvent(new EventTrigger(Expr.Binary(BinaryOperator.Less, S("x"), 0.5))) { Assignments = [new EventAssignment("tcross", Expr.Time)] })
            .Build();
        var result = Run(model, 2.0, outputs: ["x", "tcross"]);
        var tcross = result[result.Times.Count - 1, 1];
        // Dense output at rtol 1e-10 locates the crossing to ~1e-10 in time.
        Assert.Equal(Math.Log(2) / k, tcross, 8);
    }

    [Fact]
    public void Delayed_Events_Execute_After_Their_Delay()
    {
        // Fires at t = 1, executes at t = 1.5: x jumps from its decayed value to 5.
        var model = new ModelBuilder("delay")
            .AddRateRule("x", -S("x"), 1.0)
            .Add(new ModelEvent(new EventTrigger(TimeAtLeast(1.0))) { Delay = Expr.Constant(0.5), Assignments = [new EventAssignment("x", 5.0)] })
            .Build();
        var result = Run(model, 2.0, points: 8); // rows every 0.25
        Assert.Equal(Math.Exp(-1.25), result[5, 0], 8); // t = 1.25, before execution
        Assert.Equal(5.0, result[6, 0], 12);            // t = 1.5, right after execution
        Assert.Equal(5.0 * Math.Exp(-0.5), result[8, 0], 8);
    }

    [Fact]
    public void Simultaneous_Events_Execute_By_Descending_Priority()
    {
        // Both fire at t = 1; priority 2 executes first, then priority 1, so z ends at 1.
        var model = new ModelBuilder("priority")
            .AddRateRule("x", Expr.Zero, 0)
            .Add(new Parameter("z") { Value = 0, Constant = false })
            .Add(new ModelEvent(new EventTrigger(TimeAtLeast(1.0))) { Id = "low", Priority = Expr.Constant(1), Assignments = [new EventAssignment("z", 1.0)] })
            .Add(new ModelEvent(new EventTrigger(TimeAtLeast(1.0))) { Id = "high", Priority = Expr.Constant(2), Assignments = [new EventAssignment("z", 2.0)] })
            .Build();
        var result = Run(model, 2.0, points: 2, outputs: ["z"]);
        Assert.Equal(1.0, result[2, 0]);
    }

    [Fact]
    public void An_Event_Can_Trigger_Another_At_The_Same_Instant()
    {
        var model = new ModelBuilder("cascade")
            .AddRateRule("x", Expr.Zero, 0)
            .Add(new Parameter("a") { Value = 0, Constant = false })
            .Add(new Parameter("b") { Value = 0, Constant = false })
            .Add(new ModelEvent(new EventTrigger(TimeAtLeast(1.0))) { Assignments = [new EventAssignment("a", 1.0)] })
            .Add(new ModelEvent(new EventTrigger(Expr.Binary(BinaryOperator.Greater, S("a"), 0.5))) { Assignments = [new EventAssignment("b", Expr.Time)] })
            .Build();
        var result = Run(model, 2.0, points: 2, outputs: ["a", "b"]);
        Assert.Equal(1.0, result[1, 0]);
        Assert.Equal(1.0, result[1, 1]);
    }

    [Fact]
    public void A_Non_Persistent_Event_Is_Cancelled_When_Its_Trigger_Turns_False()
    {
        // x = e^{−t} > 0.5 is true at start; with initialValue false it fires at t0, delay 1;
        // the trigger turns false at ln 2 ≈ 0.69 < 1, so the non-persistent execution never happens.
        var trigger = Expr.Binary(BinaryOperator.Greater, S("x"), 0.5);
        var model = new ModelBuilder("persist")
            .AddRateRule("x", -S("x"), 1.0)
            .Add(new Parameter("hit") { Value = 0, Constant = false })
            .Add(new ModelEvent(new EventTrigger(trigger) { InitialValue = false, Persistent = false }) { Delay = Expr.One, Assignments = [new EventAssignment("hit", 1.0)] })
            .Build();
        var result = Run(model, 3.0, outputs: ["hit"]);
        Assert.Equal(0.0, result[result.Times.Count - 1, 0]);

        var persistent = new ModelBuilder("persist2")
            .AddRateRule("x", -S("x"), 1.0)
            .Add(new Parameter("hit") { Value = 0, Constant = false })
            .Add(new ModelEvent(new EventTrigger(trigger) { InitialValue = false }) { Delay = Expr.One, Assignments = [new EventAssignment("hit", 1.0)] })
            .Build();
        Assert.Equal(1.0, Run(persistent, 3.0, outputs: ["hit"])[100, 0]);
    }

    [Fact]
    public void Assignment_Values_Come_From_Trigger_Or_Execution_Time_As_Asked()
    {
        // Fires at t = 1, executes at t = 2: y := time gives 1 from trigger time, 2 from execution time.
        Model Build(bool fromTrigger) => new ModelBuilder("values")
            .AddRateRule("x", Expr.One, 0)
            .Add(new Parameter("y") { Value = 0, Constant = false })
            .Add(new ModelEvent(new EventTrigger(TimeAtLeast(1.0))) { Delay = Expr.One, UseValuesFromTriggerTime = fromTrigger, Assignments = [new EventAssignment("y", S("x"))] })
            .Build();
        Assert.Equal(1.0, Run(Build(true), 3.0, points: 3, outputs: ["y"])[3, 0], 9);
        Assert.Equal(2.0, Run(Build(false), 3.0, points: 3, outputs: ["y"])[3, 0], 9);
    }

    [Fact]
    public void An_Event_With_Initial_Value_False_Fires_At_The_Start()
    {
        var model = new ModelBuilder("t0")
            .AddRateRule("x", Expr.Zero, 0)
            .Add(new ModelEvent(new EventTrigger(TimeAtLeast(0.0)) { InitialValue = false }) { Assignments = [new EventAssignment("x", 4.0)] })
            .Build();
        Assert.Equal(4.0, Run(model, 1.0)[0, 0]);
    }

    [Fact]
    public void A_Parameter_Changed_By_An_Event_Changes_The_Dynamics()
    {
        // An infusion R = 2 from t = 1 to t = 2 into x' = R − x: x(2) = 2(1 − e^{−1}), x(3) = x(2)·e^{−1}.
        var model = new ModelBuilder("infusion")
            .Add(new Parameter("R") { Value = 0, Constant = false })
            .AddRateRule("x", S("R") - S("x"), 0.0)
            .Add(new ModelEvent(new EventTrigger(TimeAtLeast(1.0))) { Assignments = [new EventAssignment("R", 2.0)] })
            .Add(new ModelEvent(new EventTrigger(TimeAtLeast(2.0))) { Assignments = [new EventAssignment("R", 0.0)] })
            .Build();
        var result = Run(model, 3.0, points: 3);
        var x2 = 2 * (1 - Math.Exp(-1));
        Assert.Equal(0.0, result[1, 0], 12);
        Assert.Equal(x2, result[2, 0], 8);
        Assert.Equal(x2 * Math.Exp(-1), result[3, 0], 8);
    }
}
