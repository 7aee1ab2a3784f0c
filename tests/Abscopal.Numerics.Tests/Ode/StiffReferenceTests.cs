using Abscopal.Numerics.Ode;
using Abscopal.Testing;
using Abscopal.Testing.Problems;
using static Abscopal.Numerics.Ode.Ode;

namespace Abscopal.Numerics.Tests.Ode;

/// <summary>
/// The stiff classics of docs/problems.md against the reference solutions in data/reference (CVODE and Radau at
/// rtol ≤ 1e-12, see data/reference/PROVENANCE.md), with the error measure of docs/problems.md, at rtol = 1e-8.
/// Required: error ≤ 1e-5 (tolerance proportionality with C ≤ 1000 — the measure is relative per state, so it magnifies
/// absolute errors in small components; CVODE reaches 4e-7 on HIRES and 6e-6 on Robertson at this rtol,
/// bench/peers/cvode_bench `bench --rtols 1e-8`), except Van der Pol: ≤ 1e-4, because in the docs/problems.md form it
/// runs ~1900 relaxation periods whose phase errors add up (CVODE reaches 1.2e-3 there at rtol 1e-8).
/// </summary>
public sealed class StiffReferenceTests
{
    private const double Rtol = 1e-8;

    private static double MaxError(string problem) => problem == "vanderpol" ? 1e-4 : 1e-5;

    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string problem in new[] { "hires", "robertson", "vanderpol", "orego", "kosinsky-untreated", "kosinsky-treated" })
            {
                foreach (string algorithm in new[] { "rodas4", "auto" })
                {
                    data.Add(problem, algorithm);
                }
            }

            return data;
        }
    }

    /// <summary>The problem with outputs at the reference rows, and per-state absolute tolerances.</summary>
    /// <remarks>
    /// atol = 1e-4·rtol as in docs/problems.md, except where a state's scale is far below 1: Robertson's y2 (peak ≈ 3.6e-5,
    /// y2(1e11) = 8.33e-14 in the Mazzia &amp; Magherini test set) gets 1e-20, and Kosinsky's states get atol_i = rtol·floor_i
    /// with the floors of the reference run (bench/peers/peer_problems.py; U decays to 1e-300 between fractions).
    /// </remarks>
    private static (OdeProblem Problem, OdeOptions Options) Setup(string name, IReadOnlyList<double> times) => name switch
    {
        "hires" => (Hires.Problem(times), Options([.. Enumerable.Repeat(1e-12, 8)])),
        "robertson" => (Robertson.Problem(times), Options([1e-12, 1e-20, 1e-12])),
        "vanderpol" => (VanDerPol.Problem(times), Options([1e-12, 1e-12]) with { MaxSteps = 20_000_000 }),
        "orego" => (Orego.Problem(times), Options([1e-12, 1e-12, 1e-12])),
        "kosinsky-untreated" => (Kosinsky.Untreated(times), Options(KosinskyAtol())),
        "kosinsky-treated" => (Kosinsky.Treated(times), Options(KosinskyAtol())),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown problem"),
    };

    private static double[] KosinskyAtol() => [.. new[] { 1e-6, 1e-30, 1e-6, 1e-6, 1e-12, 1e-8, 1e-30, 1e-20 }.Select(f => Math.Max(Rtol * f, 1e-300))];

    private static OdeOptions Options(double[] atol) => new() { RelativeTolerance = Rtol, AbsoluteTolerances = atol, MaxSteps = 1_000_000 };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Stiff_Classic_Matches_Its_Reference_Solution(string problem, string algorithm)
    {
        // Given the reference solution (fails here, not skips, until data/reference/<problem>.csv exists)
        ReferenceSolution reference = ReferenceSolution.Load(problem);
        (OdeProblem odeProblem, OdeOptions options) = Setup(problem, reference.Times);

        // When solved at rtol = 1e-8
        OdeSolution solution = Solve(odeProblem, AlgorithmCases.Get(algorithm), options);

        // Then the docs/problems.md error is within the bound
        (double error, int row, int state) = reference.MaxError(solution.States);
        Assert.True(
            error <= MaxError(problem),
            $"{problem}/{algorithm}: error {error:G3} at t = {reference.Times[row]}, state {reference.StateNames[state]} ({solution.Statistics})");
    }

    [Fact]
    public void Auto_Switching_Uses_The_Stiff_Method_On_Robertson_And_Needs_At_Most_Twice_The_Steps_Of_Rodas4()
    {
        // Given Robertson at rtol 1e-8
        (OdeProblem problem, OdeOptions options) = Setup("robertson", Robertson.ReferenceTimes);

        // When solved by both
        OdeSolution rodas = Solve(problem, new Rodas4(), options);
        OdeSolution auto = Solve(problem, new AutoSwitching(), options);

        // Then the switcher went stiff and stayed within 2× Rodas4's steps
        Assert.True(auto.Statistics.StiffnessSwitches >= 1);
        Assert.True(auto.Statistics.LuDecompositions > 0);
        Assert.InRange(auto.Statistics.TotalSteps, 1, 2 * rodas.Statistics.TotalSteps);
    }

    [Fact]
    public void Auto_Switching_Uses_The_Stiff_Method_On_Van_Der_Pol_And_Needs_At_Most_Twice_The_Steps_Of_Rodas4()
    {
        // Given Van der Pol (μ = 1000, docs/problems.md form) at rtol 1e-6, where DP5 is stability-limited on the slow branches
        var options = new OdeOptions { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-10, MaxSteps = 10_000_000 };
        // (one period is about (3 − 2 ln 2)μ ≈ 1614, so [0, 1000] holds a slow branch and the first fast jump, near t ≈ 807)
        OdeProblem problem = VanDerPol.Problem([1000.0]);
        var shortProblem = new OdeProblem(problem.System, 0, 1000, VanDerPol.InitialState(), [1000.0]);

        // When solved by both on [0, 1000]
        OdeSolution rodas = Solve(shortProblem, new Rodas4(), options);
        OdeSolution auto = Solve(shortProblem, new AutoSwitching(), options);

        // Then the switcher went stiff (and back, on each fast jump) and stayed within 2× Rodas4's steps
        Assert.True(auto.Statistics.StiffnessSwitches >= 2);
        Assert.InRange(auto.Statistics.TotalSteps, 1, 2 * rodas.Statistics.TotalSteps);
    }

    [Fact]
    public void Kosinsky_Linear_States_Match_Their_Closed_Forms_Under_Treatment()
    {
        // Given kosinsky-treated: U, Adepot and Acent obey linear ODEs with piecewise-constant input and boluses, so
        // U(t) = Σ over fractions of δR·τ·(e^(−(t − end)/τ) − e^(−(t − start)/τ)), Adepot = Σ D·e^(−ka(t − td)),
        // Acent = Σ D·ka/(ka − kel)·(e^(−kel(t − td)) − e^(−ka(t − td))) (superposition; Gibaldi & Perrier ch. 1)
        // (outputs every half day and at the end of each fraction, where U peaks)
        const double tau = 0.02, delta = 19, ka = 8, kel = 0.15;
        double duration = Kosinsky.FractionDose / Kosinsky.FractionDoseRate;
        double[] times = [.. Enumerable.Range(1, 80).Select(k => k * 0.5).Concat(Kosinsky.FractionStarts.Select(s => s + duration)).Order()];
        var options = new OdeOptions { RelativeTolerance = 1e-10, AbsoluteTolerances = [1e-8, 1e-12, 1e-8, 1e-8, 1e-14, 1e-10, 1e-14, 1e-14] };

        // When solved
        OdeSolution solution = Solve(Kosinsky.Treated(times), new Rodas4(), options);

        // Then each agrees to 1e-7 relative to the state's peak (tolerance proportionality, C ≤ 1000 at rtol 1e-10)
        double[] peak = new double[8];
        double[][] exact = new double[times.Length][];
        for (int k = 0; k < times.Length; k++)
        {
            double t = times[k], u = 0, adepot = 0, acent = 0;
            foreach (double start in Kosinsky.FractionStarts)
            {
                double end = Math.Min(start + duration, t);
                if (start < t)
                {
                    u += delta * Kosinsky.FractionDoseRate * tau * (Math.Exp(-(t - end) / tau) - Math.Exp(-(t - start) / tau));
                }
            }

            foreach (double td in Kosinsky.AntibodyTimes.Where(td => td <= t))
            {
                adepot += Kosinsky.AntibodyDose * Math.Exp(-ka * (t - td));
                acent += Kosinsky.AntibodyDose * ka / (ka - kel) * (Math.Exp(-kel * (t - td)) - Math.Exp(-ka * (t - td)));
            }

            exact[k] = [u, adepot, acent];
            peak[1] = Math.Max(peak[1], u);
            peak[6] = Math.Max(peak[6], adepot);
            peak[7] = Math.Max(peak[7], acent);
        }

        for (int k = 0; k < times.Length; k++)
        {
            Assert.Equal(exact[k][0], solution.States[k][1], 1e-7 * peak[1]);
            Assert.Equal(exact[k][1], solution.States[k][6], 1e-7 * peak[6]);
            Assert.Equal(exact[k][2], solution.States[k][7], 1e-7 * peak[7]);
        }
    }
}
