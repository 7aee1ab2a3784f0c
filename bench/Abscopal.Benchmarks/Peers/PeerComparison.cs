using System.Diagnostics;
using System.Globalization;
using Abscopal.Benchmarks.Modeling;
using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Numerics.Ode;
using Abscopal.Testing;
using Abscopal.Testing.Problems;

namespace Abscopal.Benchmarks.Peers;

/// <summary>
/// Our side of the peer comparison (bench/peers): the problems of docs/problems.md at the same tolerances
/// (atol = 1e-4·rtol), timed as the peer scripts time theirs (median per-solve time over batches of at least
/// 0.2 s), with the error measure of docs/problems.md against data/reference. Prints the peers' CSV format:
/// tool,problem,rtol,atol,seconds_per_solve,error,steps,rhs_evals,jac_evals.
/// </summary>
internal static class PeerComparison
{
    private static readonly string[] s_stiff = ["hires", "robertson", "vanderpol", "orego", "kosinsky-untreated", "kosinsky-treated"];

    public static int Run(string[] args)
    {
        var quick = args.Contains("--quick");
        double[] tolerances = quick ? [1e-6, 1e-8] : [1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10];
        var output = Console.Out;
        output.WriteLine("tool,problem,rtol,atol,seconds_per_solve,error,steps,rhs_evals,jac_evals");
        foreach (var problem in s_stiff)
        {
            var reference = ReferenceSolution.Load(problem);
            foreach (var rtol in tolerances)
            {
                var options = OdeOptions.Default with { RelativeTolerance = rtol, AbsoluteTolerance = 1e-4 * rtol, MaxSteps = 10_000_000 };
                Measure(output, "abscopal-rodas4", problem, rtol, options, reference, () => Solve(problem, OdeAlgorithms.Stiff, options));
                Measure(output, "abscopal-auto", problem, rtol, options, reference, () => Solve(problem, OdeAlgorithms.Auto, options));
                if (problem is "orego" or "kosinsky-untreated" or "kosinsky-treated")
                {
                    Measure(output, "abscopal-dp5", problem, rtol, options, reference, () => Solve(problem, OdeAlgorithms.NonStiff, options));
                }

                if (problem == "kosinsky-treated")
                {
                    // The same problem as a text model: compiled right-hand side, events run by the model simulator.
                    var instance = ModelCompiler.Compile(BenchmarkModels.Example("kosinsky2018")).CreateInstance();
                    var settings = new SimulationSettings { EndTime = 40, OutputTimes = Kosinsky.ReferenceTimes, Options = options, Algorithm = OdeAlgorithms.Stiff };
                    Measure(output, "abscopal-compiled-rodas4", problem, rtol, options, reference, () =>
                    {
                        var r = ModelSimulator.Simulate(instance, settings);
                        return ([.. Enumerable.Range(0, r.Times.Count).Select(k => r.Row(k).ToArray())], r.Statistics);
                    });
                }
            }
        }

        return 0;
    }

    private static (double[][] States, OdeStatistics Statistics) Solve(string problem, OdeAlgorithm algorithm, OdeOptions options)
    {
        var p = problem switch
        {
            "hires" => Hires.Problem(),
            "robertson" => Robertson.Problem(),
            "vanderpol" => VanDerPol.Problem(),
            "orego" => Orego.Problem(),
            "kosinsky-untreated" => Kosinsky.Untreated(),
            "kosinsky-treated" => Kosinsky.Treated(),
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
        };
        var solution = Ode.Solve(p, algorithm, options);
        return (solution.States, solution.Statistics);
    }

    private static void Measure(TextWriter output, string tool, string problem, double rtol, OdeOptions options, ReferenceSolution reference, Func<(double[][] States, OdeStatistics Statistics)> solve)
    {
        (double[][] States, OdeStatistics Statistics) result;
        try
        {
            result = solve();
        }
        catch (OdeSolverException ex)
        {
            Console.Error.WriteLine($"{tool} {problem} rtol={rtol}: {ex.Message}");
            return;
        }

        var error = reference.MaxError(result.States).Error;

        // Batches of at least 0.2 s; the median of five batches is the per-solve time.
        var perSolve = new List<double>();
        var repeats = 1;
        var watch = Stopwatch.StartNew();
        solve();
        var once = watch.Elapsed.TotalSeconds;
        repeats = Math.Max(1, (int)Math.Ceiling(0.2 / Math.Max(once, 1e-7)));
        for (var batch = 0; batch < 5; batch++)
        {
            watch.Restart();
            for (var i = 0; i < repeats; i++)
            {
                solve();
            }

            perSolve.Add(watch.Elapsed.TotalSeconds / repeats);
        }

        perSolve.Sort();
        var s = result.Statistics;
        output.WriteLine(string.Join(
            ",",
            tool,
            problem,
            rtol.ToString("0e0", CultureInfo.InvariantCulture),
            options.AbsoluteTolerance.ToString("0e0", CultureInfo.InvariantCulture),
            perSolve[2].ToString("0.000e0", CultureInfo.InvariantCulture),
            error.ToString("0.00e0", CultureInfo.InvariantCulture),
            s.AcceptedSteps.ToString(CultureInfo.InvariantCulture),
            s.RhsEvaluations.ToString(CultureInfo.InvariantCulture),
            s.JacobianEvaluations.ToString(CultureInfo.InvariantCulture)));
        output.Flush();
    }
}
