using Abscopal.Numerics.Ode;
using Abscopal.Testing.Problems;
using static Abscopal.Numerics.Ode.Ode;

namespace Abscopal.Numerics.Tests.Ode;

/// <summary>Failures are <see cref="OdeSolverException"/>s that name the time and the state; nothing hangs or returns garbage.</summary>
public sealed class FailureTests
{
    /// <summary>y' = y², whose solution 1/(1 − t) from y(0) = 1 blows up at t = 1.</summary>
    private sealed class BlowUp : IOdeSystem
    {
        public int Dimension => 1;

        public bool HasJacobian => true;

        public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = y[0] * y[0];

        public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian) => jacobian[0] = 2 * y[0];
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void Blow_Up_Is_Reported_Near_Its_Time_With_The_State_Name(string algorithm)
    {
        // Given y' = y², y(0) = 1 on [0, 2], with the state named "tumour"
        var problem = new OdeProblem(new BlowUp(), 0, 2, [1.0]);
        var options = new OdeOptions { StateNames = ["tumour"] };

        // When solved
        var failure = Assert.Throws<OdeSolverException>(() => Solve(problem, AlgorithmCases.Get(algorithm), options));

        // Then the failure is a step-size underflow or a non-finite state at t ≈ 1 (the exact blow-up time; the numerical
        // solution's own blow-up time differs by about the tolerance, 1e-6), and the message names the time and the state
        Assert.Contains(failure.Failure, new[] { OdeFailure.StepSizeUnderflow, OdeFailure.NonFiniteState });
        Assert.InRange(failure.Time, 1 - 1e-3, 1 + 1e-3);
        Assert.Equal(0, failure.StateIndex);
        Assert.Equal("tumour", failure.StateName);
        Assert.Contains("tumour", failure.Message, StringComparison.Ordinal);
        Assert.Contains("at t = " + failure.Time.ToString("G17", System.Globalization.CultureInfo.InvariantCulture), failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void Exceeding_MaxSteps_Is_Reported_As_Too_Many_Steps(string algorithm)
    {
        // Given HIRES (hundreds of steps at any tolerance) and a budget of 10 steps
        var options = new OdeOptions { MaxSteps = 10 };

        // When solved
        var failure = Assert.Throws<OdeSolverException>(() => Solve(Hires.Problem(), AlgorithmCases.Get(algorithm), options));

        // Then it stops after exactly 10 attempts and says so
        Assert.Equal(OdeFailure.TooManySteps, failure.Failure);
        Assert.Contains("MaxSteps = 10", failure.Message, StringComparison.Ordinal);
        Assert.InRange(failure.Time, 0, Hires.EndTime);
    }

    /// <summary>Michaelis–Menten elimination y' = −y/(Km + y) with Km = 1e-4: zero order (rate 1) until y ≈ Km, then first order.</summary>
    private sealed class SaturableElimination : IOdeSystem
    {
        private const double Km = 1e-4;

        public int Dimension => 1;

        public bool HasJacobian => true;

        public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = -y[0] / (Km + y[0]);

        public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian) => jacobian[0] = -Km / ((Km + y[0]) * (Km + y[0]));
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void NonNegative_Keeps_A_Decaying_State_At_Or_Above_Zero(string algorithm)
    {
        // Given Michaelis–Menten elimination from 1 (exhausted at t ≈ 1; the exact solution stays positive) at a loose
        // tolerance, where an unconstrained step overshoots below zero, observed densely on [0, 3]
        double[] times = [.. Enumerable.Range(0, 301).Select(k => k * 0.01)];
        var problem = new OdeProblem(new SaturableElimination(), 0, 3, [1.0], times);
        var options = new OdeOptions { RelativeTolerance = 1e-2, AbsoluteTolerance = 1e-3, NonNegative = [0] };

        // When solved with the constraint
        OdeSolution solution = Solve(problem, AlgorithmCases.Get(algorithm), options);

        // Then no output is negative
        Assert.All(solution.States, row => Assert.True(row[0] >= 0, $"negative value {row[0]}"));
    }

    [Fact]
    public void Stepping_Backwards_Is_Rejected_Clearly()
    {
        // Given an integrator at t = 1
        OdeIntegrator integrator = new DormandPrince5().CreateIntegrator(new ExponentialDecay(1), OdeOptions.Default);
        integrator.Initialize(1, [1.0]);

        // When asked to step to t = 0.5; Then it refuses, naming the argument
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => integrator.Step(0.5));
        Assert.Equal("tLimit", error.ParamName);
    }

    [Fact]
    public void Stepping_Before_Initialize_Is_Rejected()
    {
        OdeIntegrator integrator = new Rodas4().CreateIntegrator(new ExponentialDecay(1), OdeOptions.Default);
        Assert.Throws<InvalidOperationException>(() => integrator.Step(1));
    }

    /// <summary>y' = −sqrt(y): NaN as soon as a trial value goes below 0.</summary>
    private sealed class SquareRootOfShrinking : IOdeSystem
    {
        public int Dimension => 1;

        public bool HasJacobian => false;

        public void Derivative(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = -Math.Sqrt(y[0]);

        public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> jacobian) => throw new NotSupportedException();
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void NaN_In_A_Trial_Step_Shrinks_The_Step_Instead_Of_Failing(string algorithm)
    {
        // Given y' = −sqrt(y), y(0) = 1: exact (1 − t/2)², reaching 0 at t = 2, where trial steps that overshoot give NaN
        var problem = new OdeProblem(new SquareRootOfShrinking(), 0, 1.9, [1.0]);

        // When solved to t = 1.9 with a large first step that overshoots
        OdeSolution solution = Solve(problem, AlgorithmCases.Get(algorithm), new OdeOptions { InitialStep = 3 });

        // Then it recovers (rejecting the NaN trials) and is accurate: (1 − 0.95)² = 0.0025
        Assert.Equal(0.0025, solution.FinalState[0], 1e-6);
        Assert.True(solution.Statistics.RejectedSteps > 0);
    }

    [Fact]
    public void Non_Finite_Initial_State_Is_Reported_With_Its_Name()
    {
        OdeIntegrator integrator = new DormandPrince5().CreateIntegrator(new ExponentialDecay(1), new OdeOptions { StateNames = ["dose"] });
        var failure = Assert.Throws<OdeSolverException>(() => integrator.Initialize(0, [double.NaN]));
        Assert.Equal(OdeFailure.NonFiniteState, failure.Failure);
        Assert.Contains("dose", failure.Message, StringComparison.Ordinal);
    }
}
