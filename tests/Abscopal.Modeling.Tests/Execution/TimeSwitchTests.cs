using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Modeling.Text;
using Abscopal.Numerics.Ode;

namespace Abscopal.Modeling.Tests.Execution;

/// <summary>
/// Step inputs in time inside the right-hand side (piecewise conditions linear in time): the simulator stops just before the
/// switching time and restarts after it. Reference: y' = k for t past X, 0 before, y(0) = 0 has the closed form
/// y(t) = k·max(0, t − X), whatever side of the relation t = X itself falls on (one point does not change an integral).
/// </summary>
public class TimeSwitchTests
{
    private const double X = 2.5;
    private const double K = 3.0;

    /// <summary>Rate laws that are 0 before X and k after it, written with each relation and a negative coefficient.</summary>
    public static TheoryData<string> StepRates =>
    [
        "piecewise(0, time < X, k)",
        "piecewise(0, time <= X, k)",
        "piecewise(k, time > X, 0)",
        "piecewise(k, time >= X, 0)",
        "piecewise(0, X > time, k)",
        "piecewise(0, time - X < 0, k)",
        "piecewise(0, -time > -X, k)",
        "piecewise(k, 2*X - 2*time <= 0, 0)",
        "k*(time/4 >= X/4)",
    ];

    public static TheoryData<string> Algorithms => ["auto", "nonstiff", "stiff"];

    private static CompiledModel Step(string rate) => ModelCompiler.Compile(TextModelParser.Parse($"""
        model step
          y' = {rate}
          y = 0; X = {X}; k = {K}
        end
        """));

    private static SimulationResult Run(CompiledModel model, double rtol, double atol, string algorithm = "auto", double end = 10, int points = 40) =>
        ModelSimulator.Simulate(model, new SimulationSettings
        {
            EndTime = end,
            Points = points,
            Algorithm = OdeAlgorithms.FromName(algorithm),
            Options = OdeOptions.Default with { RelativeTolerance = rtol, AbsoluteTolerance = atol },
        });

    private static void AssertRamp(SimulationResult result, double rtol, double atol, double x = X)
    {
        for (var i = 0; i < result.Times.Count; i++)
        {
            var t = result.Times[i];
            var exact = K * Math.Max(0, t - x);
            Assert.True(Math.Abs(result[i, 0] - exact) <= 10 * (atol + (rtol * exact)), $"t = {t}: {result[i, 0]:R} vs {exact:R}");
        }
    }

    [Theory]
    [MemberData(nameof(StepRates))]
    public void A_Step_Input_Gives_The_Exact_Ramp_In_A_Few_Steps_At_Any_Tolerance(string rate)
    {
        // Given y' = k after X = 2.5 and 0 before (k = 3), as one relation or another
        var model = Step(rate);

        // When it is solved at a loose and at a very tight tolerance (the tight one underflowed at t = X before switches were located)
        var loose = Run(model, 1e-6, 1e-8);
        var tight = Run(model, 1e-12, 1e-14);

        // Then both follow y = k·max(0, t − X) within their tolerances, and the tight run takes no more steps: both sides of
        // X are polynomials the method integrates exactly, so only a step across X could make the error control work
        AssertRamp(loose, 1e-6, 1e-8);
        AssertRamp(tight, 1e-12, 1e-14);
        Assert.True(loose.Statistics.AcceptedSteps <= 30, $"{loose.Statistics.AcceptedSteps} steps");
        Assert.True(tight.Statistics.TotalSteps <= loose.Statistics.TotalSteps, $"{tight.Statistics.TotalSteps} steps at atol 1e-14 vs {loose.Statistics.TotalSteps} at 1e-8");
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Every_Method_Stops_Before_The_Switch_And_Restarts_After_It(string algorithm)
    {
        // Given the step input written as Isensee et al. (2018) write theirs: time − X < 0
        var model = Step("piecewise(0, time - X < 0, k)");

        // When it is solved with each method at rtol 1e-10, atol 1e-14
        var result = Run(model, 1e-10, 1e-14, algorithm);

        // Then the ramp is exact to the tolerance, with no rejected step at the switch
        AssertRamp(result, 1e-10, 1e-14);
        Assert.True(result.Statistics.RejectedSteps <= 2, $"{result.Statistics.RejectedSteps} rejected steps");
    }

    [Fact]
    public void A_Switching_Time_Is_Read_From_The_Instance_Parameters()
    {
        // Given the step model with X overridden to 7.25 on the instance
        var instance = Step("piecewise(0, time < X, k)").CreateInstance();
        instance.SetValue("X", 7.25);

        // When it is solved at rtol 1e-10, atol 1e-14
        var result = ModelSimulator.Simulate(instance, new SimulationSettings { EndTime = 10, Points = 40, Options = OdeOptions.Default with { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-14 } });

        // Then the ramp starts at 7.25
        AssertRamp(result, 1e-10, 1e-14, x: 7.25);
    }

    [Theory]
    [InlineData("time < X")]
    [InlineData("time <= X")]
    public void An_Event_At_The_Switching_Time_Fires_Once_And_The_Output_There_Is_After_It(string condition)
    {
        // Given the step input at X = 2.5, an event at time ≥ X that counts its executions in n, and an observable u that is
        // the step itself
        var model = ModelCompiler.Compile(TextModelParser.Parse($"""
            model step_and_event
              y' = piecewise(0, {condition}, k)
              u := piecewise(0, {condition}, k)
              at time >= X: n = n + 1
              y = 0; X = {X}; k = {K}; n = 0
            end
            """));

        // When it is solved with an output row exactly at X (40 intervals over [0, 10])
        var result = ModelSimulator.Simulate(model, new SimulationSettings
        {
            EndTime = 10,
            Points = 40,
            Outputs = ["y", "n", "u"],
            Options = OdeOptions.Default with { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-14 },
        });

        // Then the event executed once, the row at X shows it (right-continuous) with y still 0, u is the model's own value at X
        // (k for "time < X", which is false there; 0 for "time <= X"), and the ramp is exact
        var atX = 10;
        Assert.Equal(X, result.Times[atX]);
        Assert.Equal(1, result.EventsExecuted);
        Assert.Equal(0.0, result[atX - 1, 1]);
        Assert.Equal(1.0, result[atX, 1]);
        Assert.Equal(1.0, result[40, 1]);
        Assert.Equal(0.0, result[atX, 0]);
        Assert.Equal(condition == "time < X" ? K : 0.0, result[atX, 2]);
        Assert.Equal(K, result[atX + 1, 2]);
        AssertRamp(result, 1e-10, 1e-14);
    }

    [Fact]
    public void An_Event_That_Moves_The_Switching_Time_Moves_The_Stop()
    {
        // Given the step at X = 2.5, and an event at t ≥ 1 that sets X = 4
        var model = ModelCompiler.Compile(TextModelParser.Parse($"""
            model moved
              y' = piecewise(0, time < X, k)
              at time >= 1: X = 4
              y = 0; X = {X}; k = {K}
            end
            """));

        // When it is solved at rtol 1e-10, atol 1e-14
        var result = Run(model, 1e-10, 1e-14);

        // Then the ramp starts at 4
        AssertRamp(result, 1e-10, 1e-14, x: 4);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Each_Of_Two_Step_Inputs_Gets_Its_Own_Stop(string algorithm)
    {
        // Given two step inputs, the later one written first: y' = 2·[t ≥ 5] + [t ≥ 2]
        var model = ModelCompiler.Compile(TextModelParser.Parse("""
            model two_steps
              y' = piecewise(0, time < 5, 2) + piecewise(0, time < 2, 1)
              y = 0
            end
            """));

        // When it is solved at rtol 1e-10, atol 1e-14 (each step input alone underflowed the stiff method there before)
        var result = Run(model, 1e-10, 1e-14, algorithm);

        // Then y = max(0, t − 2) + 2·max(0, t − 5) at every output, with no rejected step
        for (var i = 0; i < result.Times.Count; i++)
        {
            var t = result.Times[i];
            var exact = Math.Max(0, t - 2) + (2 * Math.Max(0, t - 5));
            Assert.True(Math.Abs(result[i, 0] - exact) <= 10 * (1e-14 + (1e-10 * exact)), $"t = {t}: {result[i, 0]:R} vs {exact:R}");
        }

        Assert.Equal(0, result.Statistics.RejectedSteps);
    }

    [Fact]
    public void A_Ramp_Made_Of_Two_Switches_Is_Integrated_Exactly()
    {
        // Given Chen et al. (2009)'s input shape: 0 before 1799.99, a linear rise over 0.01 to 1, then 1 (its rate here)
        var model = ModelCompiler.Compile(TextModelParser.Parse("""
            model ramp
              y' = piecewise(0, time - 1799.99 < 0, piecewise((time - 1799.99)/0.01, time - 1800 < 0, 1))
              y = 0
            end
            """));

        // When it is solved to t = 9000 at rtol 1e-8, atol 1e-16
        var result = Run(model, 1e-8, 1e-16, end: 9000, points: 9);

        // Then y(9000) = 0.01/2 (the rise) + 7200 (the plateau), in a handful of steps
        Assert.Equal(7200.005, result[9, 0], 1e-8 * 7200);
        Assert.True(result.Statistics.TotalSteps <= 60, $"{result.Statistics.TotalSteps} steps");
    }
}
