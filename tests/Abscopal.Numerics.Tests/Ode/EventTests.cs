using Abscopal.Numerics.Ode;
using Abscopal.Testing.Problems;
using static Abscopal.Numerics.Ode.Ode;

namespace Abscopal.Numerics.Tests.Ode;

/// <summary>
/// Scheduled events (SciML's tstops + PresetTimeCallback, every dose a discontinuity) and continuous events (SciML's
/// ContinuousCallback, SciPy solve_ivp's events) through <see cref="Ode.Solve"/>.
/// </summary>
public sealed class EventTests
{
    private static readonly OdeOptions s_tight = new() { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 };

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void Scheduled_Event_At_The_Start_Is_Applied_Before_Integration(string algorithm)
    {
        // Given y' = −y from y(0) = 0 and a dose of 1 at t = 0
        var problem = new OdeProblem(
            new ExponentialDecay(1), 0, 2, [0.0], [0.0, 1.0, 2.0], [new ScheduledEvent(0, (_, y) => y[0] += 1)]);

        // When solved
        OdeSolution solution = Solve(problem, AlgorithmCases.Get(algorithm), s_tight);

        // Then the output at t = 0 shows the dose and the solution is e^−t (not 0)
        Assert.Equal(1.0, solution.States[0][0]);
        Assert.Equal(Math.Exp(-1), solution.States[1][0], 1e-9);
        Assert.Equal(Math.Exp(-2), solution.States[2][0], 1e-9);
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void Simultaneous_Scheduled_Events_Run_In_List_Order(string algorithm)
    {
        // Given y' = 0·y (constant) from 1, and at t = 1 first "double" then "add one" — listed in that order, even though a
        // later-listed event at t = 0.5 comes between them in the list
        var problem = new OdeProblem(
            new ExponentialDecay(0),
            0,
            2,
            [1.0],
            [2.0],
            [
                new ScheduledEvent(1, (_, y) => y[0] *= 2),
                new ScheduledEvent(0.5, (_, y) => y[0] += 10),
                new ScheduledEvent(1, (_, y) => y[0] += 1),
            ]);

        // When solved
        OdeSolution solution = Solve(problem, AlgorithmCases.Get(algorithm));

        // Then (1 + 10)·2 + 1 = 23, not (11 + 1)·2 = 24
        Assert.Equal(23.0, solution.FinalState[0]);
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void Scheduled_Events_Happen_Exactly_At_Their_Times(string algorithm)
    {
        // Given event times that are not sums of any natural step: 0.1 + 0.2 and 1/3 and 2.5
        double[] eventTimes = [0.1 + 0.2, 1.0 / 3.0, 2.5];
        var seen = new List<double>();
        var events = eventTimes.Select(te => new ScheduledEvent(te, (t, y) =>
        {
            seen.Add(t);
            y[0] += 1;
        }));
        var problem = new OdeProblem(new Logistic(1, 10), 0, 3, [1.0], null, events);

        // When solved
        Solve(problem, AlgorithmCases.Get(algorithm));

        // Then each action saw its own time, bit for bit
        Assert.Equal(eventTimes.Order(), seen);
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void The_Integrator_Lands_On_Event_Times_Bit_For_Bit(string algorithm)
    {
        // Given an integrator and a stop at an awkward time
        OdeIntegrator integrator = AlgorithmCases.Get(algorithm).CreateIntegrator(new Logistic(1, 10), OdeOptions.Default);
        integrator.Initialize(0, [1.0]);
        double stop = 0.1 + 0.2;

        // When stepping to it
        while (integrator.Time < stop)
        {
            integrator.Step(stop);
        }

        // Then Time is exactly the stop
        Assert.Equal(stop, integrator.Time);
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void Outputs_At_Event_Times_Are_Right_Continuous(string algorithm)
    {
        // Given y' = −y from 1, a dose of 5 at t = 1, and outputs just before, at and after the dose
        var problem = new OdeProblem(
            new ExponentialDecay(1), 0, 2, [1.0], [0.999, 1.0, 1.001], [new ScheduledEvent(1, (_, y) => y[0] += 5)]);

        // When solved
        OdeSolution solution = Solve(problem, AlgorithmCases.Get(algorithm), s_tight);

        // Then the output at t = 1 includes the dose: e^−1 + 5
        Assert.Equal(Math.Exp(-0.999), solution.States[0][0], 1e-9);
        Assert.Equal(Math.Exp(-1) + 5, solution.States[1][0], 1e-9);
        Assert.Equal((Math.Exp(-1) + 5) * Math.Exp(-0.001), solution.States[2][0], 1e-9);
    }

    /// <summary>x' = 1: the simplest system whose zero crossings are known exactly.</summary>
    private sealed class Clock : IOdeSystem
    {
        public int Dimension => 1;

        public bool HasJacobian => true;

        public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = 1;

        public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian) => jacobian[0] = 0;
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void Continuous_Event_Is_Located_Within_1e_10_And_Resets_The_State(string algorithm)
    {
        // Given x' = 1 from 0 with a reset x ← 0 whenever x − 0.7 crosses zero upwards, on [0, 2]
        var reset = new ContinuousEvent((_, y) => y[0] - 0.7, (_, y) => y[0] = 0, EventDirection.Rising);
        var problem = new OdeProblem(new Clock(), 0, 2, [0.0], [1.0, 2.0], continuousEvents: [reset]);

        // When solved
        OdeSolution solution = Solve(problem, AlgorithmCases.Get(algorithm));

        // Then the events are at 0.7 and 1.4 (exact for x = t − t_reset) and x(2) = 2 − 1.4 = 0.6
        Assert.Equal(2, solution.EventTimes.Length);
        Assert.Equal(0.7, solution.EventTimes[0], 1e-10);
        Assert.Equal(1.4, solution.EventTimes[1], 1e-10);
        Assert.Equal([0, 0], solution.EventIndices);
        Assert.Equal(0.3, solution.States[0][0], 1e-10);
        Assert.Equal(0.6, solution.FinalState[0], 1e-10);
    }

    /// <summary>A ball in free fall: (height m, velocity m/s), g = 9.81 m/s².</summary>
    private sealed class FreeFall : IOdeSystem
    {
        public const double G = 9.81;

        public int Dimension => 2;

        public bool HasJacobian => true;

        public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt)
        {
            dydt[0] = y[1];
            dydt[1] = -G;
        }

        public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian)
        {
            jacobian[0] = 0;
            jacobian[1] = 1;
            jacobian[2] = 0;
            jacobian[3] = 0;
        }
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void Bouncing_Ball_Bounces_At_The_Analytic_Times_Without_Spurious_Events(string algorithm)
    {
        // Given a ball dropped from 10 m that keeps 90% of its speed at each bounce; the event watches both directions,
        // so a re-detection of the bounce just after it (height ≈ −1e-15 and rising) would show up as an extra event
        var bounce = new ContinuousEvent((_, y) => y[0], (_, y) => y[1] = -0.9 * y[1], EventDirection.Both);
        var problem = new OdeProblem(new FreeFall(), 0, 7, [10.0, 0.0], continuousEvents: [bounce]);

        // When solved
        OdeSolution solution = Solve(problem, AlgorithmCases.Get(algorithm), s_tight);

        // Then impacts follow t1 = sqrt(2h/g) and gaps 2·v_k/g with v_k = 0.9^k·g·t1 (quadratics: dense output is exact)
        double t1 = Math.Sqrt(2 * 10 / FreeFall.G);
        var expected = new List<double> { t1 };
        double speed = FreeFall.G * t1;
        while (true)
        {
            speed *= 0.9;
            double next = expected[^1] + (2 * speed / FreeFall.G);
            if (next > 7)
            {
                break;
            }

            expected.Add(next);
        }

        Assert.Equal(expected.Count, solution.EventTimes.Length);
        for (int k = 0; k < expected.Count; k++)
        {
            Assert.Equal(expected[k], solution.EventTimes[k], 1e-9);
        }
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void Direction_Selects_Rising_Or_Falling_Crossings(string algorithm)
    {
        // Given (x, v) = (sin t, cos t) from x'' = −x; x crosses zero falling at π and rising at 2π
        var harmonic = new HarmonicOscillator();
        var rising = new ContinuousEvent((_, y) => y[0], (_, _) => { }, EventDirection.Rising);
        var falling = new ContinuousEvent((_, y) => y[0], (_, _) => { }, EventDirection.Falling);

        // When solved over [0, 7] with one rising and one falling detector
        OdeSolution solution = Solve(
            new OdeProblem(harmonic, 0, 7, [0.0, 1.0], continuousEvents: [rising, falling]), AlgorithmCases.Get(algorithm), s_tight);

        // Then the falling detector (index 1) fired at π and the rising one (index 0) at 2π
        Assert.Equal([1, 0], solution.EventIndices);
        Assert.Equal(Math.PI, solution.EventTimes[0], 1e-8);
        Assert.Equal(2 * Math.PI, solution.EventTimes[1], 1e-8);
    }

    /// <summary>x' = v, v' = −x.</summary>
    private sealed class HarmonicOscillator : IOdeSystem
    {
        public int Dimension => 2;

        public bool HasJacobian => true;

        public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt)
        {
            dydt[0] = y[1];
            dydt[1] = -y[0];
        }

        public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian)
        {
            jacobian[0] = 0;
            jacobian[1] = 1;
            jacobian[2] = -1;
            jacobian[3] = 0;
        }
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void Terminal_Event_Ends_The_Solve_At_The_Root(string algorithm)
    {
        // Given x' = 1 from 0, a terminal event at x = 0.5, and outputs at 0.25, 0.5 and 1
        var stop = new ContinuousEvent((_, y) => y[0] - 0.5, (_, _) => { }, Terminal: true);
        var problem = new OdeProblem(new Clock(), 0, 1, [0.0], [0.25, 0.5, 1.0], continuousEvents: [stop]);

        // When solved
        OdeSolution solution = Solve(problem, AlgorithmCases.Get(algorithm));

        // Then it stops at 0.5, reports only the outputs up to there, and says it terminated
        Assert.True(solution.Terminated);
        Assert.Equal(0.5, solution.FinalTime, 1e-10);
        Assert.Equal(0.5, solution.FinalState[0], 1e-10);
        Assert.Equal(0.25, solution.Times[0]);
        Assert.True(solution.Times.Length <= 2);
        Assert.All(solution.Times, t => Assert.True(t <= solution.FinalTime));
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void Outputs_Around_A_Continuous_Event_Come_From_Either_Side_Of_The_Reset(string algorithm)
    {
        // Given x' = 1 from 0, reset to 0 at x = 0.7, and outputs at 0.6 and 0.8 (both within the step that finds the root)
        var reset = new ContinuousEvent((_, y) => y[0] - 0.7, (_, y) => y[0] = 0, EventDirection.Rising);
        var problem = new OdeProblem(new Clock(), 0, 1, [0.0], [0.6, 0.8], continuousEvents: [reset]);

        // When solved
        OdeSolution solution = Solve(problem, AlgorithmCases.Get(algorithm));

        // Then 0.6 comes from before the reset and 0.8 from after it: 0.8 − 0.7 = 0.1
        Assert.Equal(0.6, solution.States[0][0], 1e-10);
        Assert.Equal(0.1, solution.States[1][0], 1e-10);
    }
}
