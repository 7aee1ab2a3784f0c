using Abscopal.Numerics.Ode;
using Abscopal.Testing;
using Abscopal.Testing.Problems;
using static Abscopal.Numerics.Ode.Ode;

namespace Abscopal.Numerics.Tests.Ode;

/// <summary>
/// Empirical orders with fixed steps and step halving (the convergence tests of SciML's DiffEqDevTools test_convergence
/// and of Hairer, Nørsett &amp; Wanner I, §II.3): a method of order p has global error ~ C·h^p; a dense output of order q
/// has local error ~ C·h^(q+1) when started from the exact solution. Fitted slopes must be within ±0.3 of theory. The step
/// ranges are those where the error is above round-off (≥ 1e-13) and in the asymptotic regime.
/// </summary>
public sealed class ConvergenceOrderTests
{
    private const double Slack = 0.3;

    private static double GlobalError(OdeAlgorithm algorithm, IOdeSystem system, Func<double, double> exact, double h, double end)
    {
        int steps = (int)Math.Round(end / h);
        double[] grid = [.. Enumerable.Range(0, steps + 1).Select(k => Math.Min(end, k * h))];
        OdeSolution solution = Solve(new OdeProblem(system, 0, end, [1.0], grid), algorithm, new OdeOptions { FixedStep = h });
        double worst = 0;
        for (int k = 0; k < grid.Length; k++)
        {
            worst = Math.Max(worst, Math.Abs(solution.States[k][0] - exact(grid[k])));
        }

        return worst;
    }

    private static double DenseOutputLocalError(OdeAlgorithm algorithm, IOdeSystem system, Func<double, double> exact, double h)
    {
        // One step from the exact value at several starting points; the interpolant at nine interior points.
        double worst = 0;
        double[] y = new double[1];
        foreach (double t0 in new[] { 0.3, 1.1, 2.0, 3.7 })
        {
            OdeIntegrator integrator = algorithm.CreateIntegrator(system, new OdeOptions { FixedStep = h });
            integrator.Initialize(t0, [exact(t0)]);
            integrator.Step(t0 + h);
            for (int j = 1; j < 10; j++)
            {
                double t = t0 + (0.1 * j * h);
                integrator.Interpolate(t, y);
                worst = Math.Max(worst, Math.Abs(y[0] - exact(t)));
            }
        }

        return worst;
    }

    [Fact]
    public void Dormand_Prince_Converges_With_Order_5()
    {
        // Given logistic growth y' = y(1 − y/10), y(0) = 1, on [0, 5] and h = 0.1, 0.05, 0.025
        var system = new Logistic(1, 10);
        double[] h = [0.1, 0.05, 0.025];

        // When integrated with fixed steps
        double[] errors = [.. h.Select(step => GlobalError(new DormandPrince5(), system, t => system.Exact(t, 1), step, 5))];

        // Then the error falls as h^5 (Dormand & Prince 1980: a fifth-order pair)
        Assert.InRange(ConvergenceOrder.Fit(h, errors), 5 - Slack, 5 + Slack);
    }

    [Fact]
    public void Rodas4_Converges_With_Order_4_On_A_Nonautonomous_Problem()
    {
        // Given y' = cos(t)·y·(1 − y/10), y(0) = 1 (non-autonomous: ∂f/∂t enters every stage), h = 0.1 … 0.0125
        var system = new SeasonalLogistic(10);
        double[] h = [0.1, 0.05, 0.025, 0.0125];

        // When integrated with fixed steps
        double[] errors = [.. h.Select(step => GlobalError(new Rodas4(), system, t => system.Exact(t, 1), step, 5))];

        // Then the error falls as h^4 (Hairer & Wanner II, §VI.4: RODAS is of order 4)
        Assert.InRange(ConvergenceOrder.Fit(h, errors), 4 - Slack, 4 + Slack);
    }

    [Fact]
    public void Rodas4_Keeps_Order_4_With_Finite_Difference_Jacobian_And_Time_Derivative()
    {
        // Given the same problem with its Jacobian and ∂f/∂t hidden, so both come from forward differences
        var system = new SeasonalLogistic(10);
        var bare = new BareSystem(system, hideJacobian: true);
        double[] h = [0.1, 0.05, 0.025];

        // When integrated with fixed steps
        double[] errors = [.. h.Select(step => GlobalError(new Rodas4(), bare, t => system.Exact(t, 1), step, 5))];

        // Then the order is still 4: the O(sqrt(eps)) difference errors stay below the truncation error here
        Assert.InRange(ConvergenceOrder.Fit(h, errors), 4 - Slack, 4 + Slack);
    }

    [Fact]
    public void Dormand_Prince_Dense_Output_Has_Order_4()
    {
        // Given one step of size h = 0.1 … 0.0125 from the exact solution of the seasonal logistic problem
        var system = new SeasonalLogistic(10);
        double[] h = [0.1, 0.05, 0.025, 0.0125];

        // When the dense output is read inside the step
        double[] errors = [.. h.Select(step => DenseOutputLocalError(new DormandPrince5(), system, t => system.Exact(t, 1), step))];

        // Then its local error is O(h^5): Shampine's continuous extension is of order 4 (Hairer, Nørsett & Wanner I, §II.6)
        Assert.InRange(ConvergenceOrder.Fit(h, errors) - 1, 4 - Slack, 4 + Slack);
    }

    [Fact]
    public void Rodas4_Dense_Output_Has_Order_3()
    {
        // Given one step of size h = 0.1 … 0.0125 from the exact solution
        var system = new SeasonalLogistic(10);
        double[] h = [0.1, 0.05, 0.025, 0.0125];

        // When the dense output is read inside the step
        double[] errors = [.. h.Select(step => DenseOutputLocalError(new Rodas4(), system, t => system.Exact(t, 1), step))];

        // Then its local error is O(h^4): RODAS's dense output is of order 3 (Hairer & Wanner II, §VI.4)
        Assert.InRange(ConvergenceOrder.Fit(h, errors) - 1, 3 - Slack, 3 + Slack);
    }

    [Theory]
    [InlineData("dp5")]
    [InlineData("rodas4")]
    public void Fixed_Steps_Are_Constant_And_Land_Exactly_On_The_End(string algorithm)
    {
        // Given h = 0.1 on [0, 1]: 0.1 is not representable, so ten additions of it do not give exactly 1
        var options = new OdeOptions { FixedStep = 0.1 };
        OdeIntegrator integrator = AlgorithmCases.Get(algorithm).CreateIntegrator(new ExponentialDecay(1), options);
        integrator.Initialize(0, [1.0]);

        // When stepping to t = 1
        int steps = 0;
        while (integrator.Time < 1)
        {
            integrator.Step(1);
            steps++;
        }

        // Then it took exactly ten steps and stopped at 1 bit for bit
        Assert.Equal(10, steps);
        Assert.Equal(1.0, integrator.Time);
    }
}
