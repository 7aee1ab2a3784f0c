using Abscopal.Numerics.Ode;
using Abscopal.Testing.Problems;

namespace Abscopal.Numerics.Tests.Ode;

/// <summary>Options and problems validate their arguments with messages that name the culprit and the allowed range.</summary>
public sealed class ValidationTests
{
    [Fact]
    public void Defaults_Are_Those_Documented()
    {
        // Given the documented defaults (SciPy solve_ivp and SciML use rtol 1e-3 and 1e-3/1e-6; ours are tighter by design)
        var options = new OdeOptions();
        Assert.Equal(1e-6, options.RelativeTolerance);
        Assert.Equal(1e-9, options.AbsoluteTolerance);
        Assert.Equal(0, options.InitialStep);
        Assert.Equal(double.PositiveInfinity, options.MaxStep);
        Assert.Equal(100_000, options.MaxSteps);
        Assert.Null(options.FixedStep);
    }

    public static TheoryData<string, Func<OdeOptions>> InvalidOptions => new()
    {
        { "RelativeTolerance", () => new OdeOptions { RelativeTolerance = 0 } },
        { "RelativeTolerance", () => new OdeOptions { RelativeTolerance = 1e-16 } },
        { "RelativeTolerance", () => new OdeOptions { RelativeTolerance = double.NaN } },
        { "AbsoluteTolerance", () => new OdeOptions { AbsoluteTolerance = -1 } },
        { "AbsoluteTolerances", () => new OdeOptions { AbsoluteTolerances = [1e-6, double.PositiveInfinity] } },
        { "InitialStep", () => new OdeOptions { InitialStep = -0.1 } },
        { "MaxStep", () => new OdeOptions { MaxStep = 0 } },
        { "MaxSteps", () => new OdeOptions { MaxSteps = 0 } },
        { "NonNegative", () => new OdeOptions { NonNegative = [-1] } },
        { "FixedStep", () => new OdeOptions { FixedStep = 0 } },
        { "FixedStep", () => new OdeOptions { FixedStep = double.PositiveInfinity } },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_Options_Are_Rejected_Naming_The_Option_And_Its_Range(string option, Func<OdeOptions> create)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(create);
        Assert.Equal(option, error.ParamName);
        Assert.Contains(option + " must be in", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_That_Do_Not_Fit_The_System_Are_Rejected_When_Creating_An_Integrator()
    {
        var hires = new Hires();
        Assert.Throws<ArgumentException>(() => new Rodas4().CreateIntegrator(hires, new OdeOptions { AbsoluteTolerances = [1e-6, 1e-6] }));
        Assert.Throws<ArgumentException>(() => new Rodas4().CreateIntegrator(hires, new OdeOptions { StateNames = ["a"] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Rodas4().CreateIntegrator(hires, new OdeOptions { NonNegative = [8] }));
    }

    [Fact]
    public void Options_Copy_Their_Arrays()
    {
        double[] atol = [1e-6];
        var options = new OdeOptions { AbsoluteTolerances = atol };
        atol[0] = 1;
        Assert.Equal(1e-6, options.AbsoluteTolerances![0]);
    }

    public static TheoryData<string, Func<OdeProblem>> InvalidProblems => new()
    {
        { "endTime", () => new OdeProblem(new ExponentialDecay(1), 1, 1, [1.0]) },
        { "startTime", () => new OdeProblem(new ExponentialDecay(1), double.NaN, 1, [1.0]) },
        { "initialState", () => new OdeProblem(new ExponentialDecay(1), 0, 1, [1.0, 2.0]) },
        { "initialState", () => new OdeProblem(new ExponentialDecay(1), 0, 1, [double.PositiveInfinity]) },
        { "outputTimes", () => new OdeProblem(new ExponentialDecay(1), 0, 1, [1.0], [0.5, 0.25]) },
        { "outputTimes", () => new OdeProblem(new ExponentialDecay(1), 0, 1, [1.0], [1.5]) },
        { "scheduledEvents", () => new OdeProblem(new ExponentialDecay(1), 0, 1, [1.0], null, [new ScheduledEvent(2, (_, _) => { })]) },
    };

    [Theory]
    [MemberData(nameof(InvalidProblems))]
    public void Invalid_Problems_Are_Rejected_Naming_The_Argument(string argument, Func<OdeProblem> create)
    {
        var error = Assert.ThrowsAny<ArgumentException>(create);
        Assert.Equal(argument, error.ParamName);
    }

    [Fact]
    public void Problems_Copy_Their_Arrays_And_Default_Their_Outputs_To_Start_And_End()
    {
        double[] y0 = [1.0];
        var problem = new OdeProblem(new ExponentialDecay(1), 0, 2, y0);
        y0[0] = 5;
        Assert.Equal(1.0, problem.InitialState[0]);
        Assert.Equal([0.0, 2.0], problem.OutputTimes);
    }
}
