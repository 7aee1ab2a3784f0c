using Abscopal.Numerics.Ode;
using Abscopal.Testing;
using Abscopal.Testing.Problems;
using static Abscopal.Numerics.Ode.Ode;

namespace Abscopal.Numerics.Tests.Ode;

/// <summary>
/// Every algorithm against closed-form solutions, at several tolerances. The global error of a tolerance-proportional
/// method on a stable, well-conditioned problem is a small multiple C of the local tolerance (Hairer, Nørsett &amp; Wanner,
/// <i>Solving ODEs I</i>, §II.4, "tolerance proportionality"; the same check as SciPy's test_integrate.py and SciML's
/// DiffEqDevTools analytic tests). We require C = 10 in the norm-wise measure max_i |e_i| / (atol + rtol·‖y‖∞).
/// </summary>
public sealed class AnalyticSolutionTests
{
    private const double C = 10;

    public static TheoryData<string, double> Cases
    {
        get
        {
            var data = new TheoryData<string, double>();
            foreach (string algorithm in new[] { "dp5", "rodas4", "auto" })
            {
                foreach (double rtol in new[] { 1e-4, 1e-6, 1e-8, 1e-10 })
                {
                    data.Add(algorithm, rtol);
                }
            }

            return data;
        }
    }

    // atol = rtol·1e-3: with solution magnitudes of order 1 the relative part dominates, as in the SciPy tests.
    // Measured worst cases: 7.7 (DP5, the oscillating 3×3 system), 2.4 (Rodas4, same system).
    private static OdeOptions Options(double rtol) => new() { RelativeTolerance = rtol, AbsoluteTolerance = rtol * 1e-3 };

    private static double[] Grid(double end, int intervals)
    {
        double[] t = new double[intervals + 1];
        for (int k = 0; k <= intervals; k++)
        {
            t[k] = end * k / intervals;
        }

        return t;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Exponential_Decay_Matches_Its_Exponential_Within_Tolerance(string algorithm, double rtol)
    {
        // Given y' = −y, y(0) = 1 (exact e^−t), on [0, 10]
        var system = new ExponentialDecay(1.0);
        double[] times = Grid(10, 20);

        // When solved
        OdeSolution solution = Solve(new OdeProblem(system, 0, 10, [1.0], times), AlgorithmCases.Get(algorithm), Options(rtol));

        // Then every output is within C·(atol + rtol·|y|)
        double[][] exact = [.. times.Select(t => new[] { system.Exact(t, 1) })];
        Assert.InRange(Tolerances.ScaledError(solution.States, exact, rtol, rtol * 1e-3), 0, C);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Logistic_Growth_Matches_Its_Closed_Form_Within_Tolerance(string algorithm, double rtol)
    {
        // Given y' = y(1 − y/10), y(0) = 0.1: a sigmoid through the inflection at t = ln 99 ≈ 4.6
        var system = new Logistic(1.0, 10.0);
        double[] times = Grid(15, 30);

        // When solved
        OdeSolution solution = Solve(new OdeProblem(system, 0, 15, [0.1], times), AlgorithmCases.Get(algorithm), Options(rtol));

        // Then
        double[][] exact = [.. times.Select(t => new[] { system.Exact(t, 0.1) })];
        Assert.InRange(Tolerances.ScaledError(solution.States, exact, rtol, rtol * 1e-3), 0, C);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gompertz_Growth_Matches_Its_Closed_Form_Within_Tolerance(string algorithm, double rtol)
    {
        // Given y' = 0.5·y·ln(100/y), y(0) = 1, on [0, 20]
        var system = new Gompertz(0.5, 100.0);
        double[] times = Grid(20, 40);

        // When solved
        OdeSolution solution = Solve(new OdeProblem(system, 0, 20, [1.0], times), AlgorithmCases.Get(algorithm), Options(rtol));

        // Then
        double[][] exact = [.. times.Select(t => new[] { system.Exact(t, 1) })];
        Assert.InRange(Tolerances.ScaledError(solution.States, exact, rtol, rtol * 1e-3), 0, C);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Linear_3x3_System_Matches_Its_Matrix_Exponential_Within_Tolerance(string algorithm, double rtol)
    {
        // Given y' = A·y with eigenvalues −0.5 ± 2i and −3 (an oscillating, decaying, coupled system), y(0) = (1, 2, 3)
        var system = new LinearThreeByThree();
        double[] y0 = [1, 2, 3];
        double[] times = Grid(8, 32);

        // When solved
        OdeSolution solution = Solve(new OdeProblem(system, 0, 8, y0, times), AlgorithmCases.Get(algorithm), Options(rtol));

        // Then it follows V·exp(B t)·V⁻¹·y0
        double[][] exact = new double[times.Length][];
        for (int k = 0; k < times.Length; k++)
        {
            exact[k] = new double[3];
            LinearThreeByThree.Exact(times[k], y0, exact[k]);
        }

        Assert.InRange(Tolerances.ScaledError(solution.States, exact, rtol, rtol * 1e-3), 0, C);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bolus_Dosed_One_Compartment_Model_Matches_Superposition_Within_Tolerance(string algorithm, double rtol)
    {
        // Given k = 0.2/h, V = 10 L and 100 mg boluses at 0, 12, 24 and 36 h (the one at t0 is a scheduled event at the start)
        var system = new OneCompartmentBolus(0.2, 10.0);
        (double, double)[] doses = [(0, 100), (12, 100), (24, 100), (36, 100)];
        double[] times = Grid(48, 48);

        // When solved with the doses as scheduled events
        OdeSolution solution = Solve(system.Problem(48, doses, times), AlgorithmCases.Get(algorithm), Options(rtol));

        // Then amount and AUC follow the superposition formula; outputs at dose times include that dose (right-continuous)
        double[][] exact = [.. times.Select(t => system.Exact(t, doses)).Select(e => new[] { e.Amount, e.Auc })];
        Assert.InRange(Tolerances.ScaledError(solution.States, exact, rtol, rtol * 1e-3), 0, C);
    }

    [Fact]
    public void Dormand_Prince_Closes_The_Arenstorf_Orbit_After_One_Period()
    {
        // Given the Arenstorf orbit, periodic with T = 17.0652165601579625588917206249 (Hairer, Nørsett & Wanner I, §II.0)
        double[] y0 = Arenstorf.InitialState();
        var options = new OdeOptions { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-12 };

        // When DP5 integrates one period
        OdeSolution solution = Solve(new OdeProblem(new Arenstorf(), 0, Arenstorf.Period, y0), new DormandPrince5(), options);

        // Then it returns to the start within 1e4·Tol = 1e-6. The factor allows for this orbit's ill-conditioning: it passes
        // close to the moon, where perturbations are strongly amplified (ibid., Fig. 0.1 and §II.4); measured: 4.8e-7
        // in y1' with 1159 steps.
        for (int i = 0; i < y0.Length; i++)
        {
            Assert.InRange(Math.Abs(solution.FinalState[i] - y0[i]), 0, 1e-6);
        }
    }
}
