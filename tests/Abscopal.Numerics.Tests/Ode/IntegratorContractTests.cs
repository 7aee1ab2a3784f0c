using Abscopal.Numerics.Ode;
using Abscopal.Testing.Problems;

namespace Abscopal.Numerics.Tests.Ode;

/// <summary>The stepping contract of <see cref="OdeIntegrator"/> that event-handling drivers (ours and the model compiler's) rely on.</summary>
public sealed class IntegratorContractTests
{
    private static OdeIntegrator Create(string algorithm, IOdeSystem system, OdeOptions? options = null) =>
        AlgorithmCases.Get(algorithm).CreateIntegrator(system, options ?? OdeOptions.Default);

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void Each_Step_Moves_Forward_And_Never_Beyond_The_Limit(string algorithm)
    {
        // Given HIRES
        OdeIntegrator integrator = Create(algorithm, new Hires());
        integrator.Initialize(0, Hires.InitialState());

        // When stepping towards t = 5
        int steps = 0;
        while (integrator.Time < 5)
        {
            double before = integrator.Time;
            integrator.Step(5);
            steps++;

            // Then every step advances, PreviousTime is the old Time, and Time never passes the limit
            Assert.True(integrator.Time > before);
            Assert.Equal(before, integrator.PreviousTime);
            Assert.True(integrator.Time <= 5);
        }

        Assert.Equal(5.0, integrator.Time);
        Assert.Equal(steps, integrator.Statistics.AcceptedSteps);
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void Interpolation_Reproduces_The_Step_Ends_And_Is_Continuous(string algorithm)
    {
        // Given one accepted step of the logistic equation
        OdeIntegrator integrator = Create(algorithm, new Logistic(1, 10));
        integrator.Initialize(0, [1.0]);
        integrator.Step(10);
        double t0 = integrator.PreviousTime, t1 = integrator.Time;
        double[] y = new double[1];

        // When interpolating at the ends and just inside them
        integrator.Interpolate(t1, y);
        double atEnd = y[0];
        integrator.Interpolate(t0, y);
        double atStart = y[0];
        integrator.Interpolate(t1 - (1e-9 * (t1 - t0)), y);
        double nearEnd = y[0];

        // Then the ends are the states exactly and the interpolant joins them continuously
        Assert.Equal(integrator.State[0], atEnd);
        Assert.Equal(1.0, atStart);
        Assert.Equal(atEnd, nearEnd, 1e-9);
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void Interpolation_Outside_The_Last_Step_Is_Rejected(string algorithm)
    {
        OdeIntegrator integrator = Create(algorithm, new Logistic(1, 10));
        integrator.Initialize(0, [1.0]);
        integrator.Step(10);
        double[] y = new double[1];
        Assert.Throws<ArgumentOutOfRangeException>(() => integrator.Interpolate(integrator.Time + 1e-3, y));
        Assert.Throws<ArgumentOutOfRangeException>(() => integrator.Interpolate(-1e-3, y));
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void Reinitialize_Restarts_At_The_Given_Time_And_State_And_Keeps_Counting(string algorithm)
    {
        // Given y' = −y integrated to t = 1
        var system = new ExponentialDecay(1);
        OdeIntegrator integrator = Create(algorithm, system, new OdeOptions { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 });
        integrator.Initialize(0, [1.0]);
        while (integrator.Time < 1)
        {
            integrator.Step(1);
        }

        int stepsBefore = integrator.Statistics.AcceptedSteps;

        // When a dose doubles the state at t = 1 and integration continues to t = 2
        integrator.Reinitialize(1, [2 * integrator.State[0]]);
        Assert.Equal(1.0, integrator.PreviousTime);
        Assert.True(integrator.SuggestedStep > 0);
        while (integrator.Time < 2)
        {
            integrator.Step(2);
        }

        // Then y(2) = 2·e^−2 and the statistics kept accumulating
        Assert.Equal(2 * Math.Exp(-2), integrator.State[0], 1e-9);
        Assert.True(integrator.Statistics.AcceptedSteps > stepsBefore);
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void Reinitialize_May_Go_Back_Inside_The_Last_Step(string algorithm)
    {
        // Given a step that passed an event root at t*
        var system = new ExponentialDecay(1);
        OdeIntegrator integrator = Create(algorithm, system, new OdeOptions { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 });
        integrator.Initialize(0, [1.0]);
        integrator.Step(10);
        double root = 0.5 * (integrator.PreviousTime + integrator.Time);
        double[] y = new double[1];
        integrator.Interpolate(root, y);

        // When restarting at t* with the interpolated state
        integrator.Reinitialize(root, y);
        while (integrator.Time < 3)
        {
            integrator.Step(3);
        }

        // Then integration continues from t*: y(3) = e^−3
        Assert.Equal(Math.Exp(-3), integrator.State[0], 1e-9);
    }

    [Theory]
    [MemberData(nameof(AlgorithmCases.All), MemberType = typeof(AlgorithmCases))]
    public void Initialize_Resets_The_Statistics(string algorithm)
    {
        OdeIntegrator integrator = Create(algorithm, new Hires());
        integrator.Initialize(0, Hires.InitialState());
        integrator.Step(1);
        integrator.Initialize(0, Hires.InitialState());
        Assert.Equal(0, integrator.Statistics.AcceptedSteps);
        Assert.Equal(0, integrator.Statistics.RejectedSteps);
    }

    [Fact]
    public void Auto_Switching_Switches_To_The_Stiff_Method_On_Robertson()
    {
        // Given Robertson's problem, stiff after a short transient (Hairer & Wanner II, §IV.1, Fig. 1.3)
        OdeIntegrator integrator = new AutoSwitching().CreateIntegrator(new Robertson(), OdeOptions.Default);
        integrator.Initialize(0, Robertson.InitialState());
        Assert.False(integrator.IsStiff);

        // When integrated to t = 40
        while (integrator.Time < 40)
        {
            integrator.Step(40);
        }

        // Then it works in stiff mode and counted the switch
        Assert.True(integrator.IsStiff);
        Assert.True(integrator.Statistics.StiffnessSwitches >= 1);
        Assert.True(integrator.Statistics.LuDecompositions > 0);
    }

    [Theory]
    [InlineData("auto", typeof(AutoSwitching))]
    [InlineData("AUTO", typeof(AutoSwitching))]
    [InlineData("nonstiff", typeof(DormandPrince5))]
    [InlineData("dp5", typeof(DormandPrince5))]
    [InlineData("stiff", typeof(Rodas4))]
    [InlineData("rodas4", typeof(Rodas4))]
    public void Algorithms_Are_Found_By_Name(string name, Type expected)
    {
        OdeAlgorithm algorithm = OdeAlgorithms.FromName(name);
        Assert.IsType(expected, algorithm);
        Assert.Same(algorithm, OdeAlgorithms.FromName(algorithm.Name));
    }

    [Fact]
    public void Unknown_Algorithm_Names_List_The_Valid_Ones()
    {
        var error = Assert.Throws<ArgumentException>(() => OdeAlgorithms.FromName("euler"));
        Assert.Contains("auto, nonstiff, stiff, dp5, rodas4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rodas4_Uses_The_Analytic_Jacobian_When_Available_And_Differences_Otherwise()
    {
        // Given HIRES with and without its Jacobian
        var options = new OdeOptions { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-10 };
        OdeIntegrator analytic = new Rodas4().CreateIntegrator(new Hires(), options);
        var bare = new BareSystem(new Hires(), hideJacobian: true);
        OdeIntegrator differenced = new Rodas4().CreateIntegrator(bare, options);

        // When each takes one step
        analytic.Initialize(0, Hires.InitialState());
        analytic.Step(1);
        differenced.Initialize(0, Hires.InitialState());
        differenced.Step(1);

        // Then a differenced Jacobian costs 8 extra evaluations per Jacobian (one per column) plus one for ∂f/∂t, and
        // both take the same step to within the O(sqrt(eps)) differencing error
        OdeStatistics a = analytic.Statistics, d = differenced.Statistics;
        Assert.Equal(a.RhsEvaluations + (d.JacobianEvaluations * (8 + 1)), d.RhsEvaluations);
        Assert.Equal(analytic.State[0], differenced.State[0], 1e-6);
    }
}
