using Abscopal.Numerics.Ode;
using Abscopal.Testing.Problems;
using BenchmarkDotNet.Attributes;

namespace Abscopal.Benchmarks.Numerics;

/// <summary>
/// Per-solve cost of the classic problems of docs/problems.md at rtol 1e-6, atol = 1e-4·rtol, outputs at the reference
/// rows — the work-precision point that bench/peers/cvode_bench measures for SUNDIALS CVODE.
/// Run: <c>dotnet run -c Release --project bench/Abscopal.Benchmarks -- --filter '*Hires*'</c>.
/// </summary>
public abstract class OdeSolveBenchmark
{
    /// <summary>rtol = 1e-6 and atol = 1e-10 for every state, as docs/problems.md prescribes.</summary>
    protected static readonly OdeOptions Options = new() { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-10, MaxSteps = 10_000_000 };

    private static readonly OdeAlgorithm s_rodas4 = new Rodas4();
    private static readonly OdeAlgorithm s_auto = new AutoSwitching();
    private static readonly OdeAlgorithm s_dp5 = new DormandPrince5();

    private OdeProblem _problem = null!;

    /// <summary>Builds the problem once.</summary>
    [GlobalSetup]
    public void Setup() => _problem = CreateProblem();

    /// <summary>The problem to solve.</summary>
    protected abstract OdeProblem CreateProblem();

    /// <summary>Solves with Rodas4.</summary>
    protected OdeSolution SolveRodas4() => Ode.Solve(_problem, s_rodas4, Options);

    /// <summary>Solves with automatic switching.</summary>
    protected OdeSolution SolveAuto() => Ode.Solve(_problem, s_auto, Options);

    /// <summary>Solves with Dormand–Prince 5(4).</summary>
    protected OdeSolution SolveDp5() => Ode.Solve(_problem, s_dp5, Options);
}

/// <summary>HIRES (8 states, mildly stiff).</summary>
[MemoryDiagnoser]
public class HiresBenchmarks : OdeSolveBenchmark
{
    /// <inheritdoc/>
    protected override OdeProblem CreateProblem() => Hires.Problem();

    /// <summary>Rodas4.</summary>
    [Benchmark(Baseline = true)]
    public OdeSolution Rodas4() => SolveRodas4();

    /// <summary>DP5 switching to Rodas4.</summary>
    [Benchmark]
    public OdeSolution Auto() => SolveAuto();

    /// <summary>DP5 alone (stability-limited on HIRES).</summary>
    [Benchmark]
    public OdeSolution Dp5() => SolveDp5();
}

/// <summary>Robertson to t = 1e11 (3 states, very stiff).</summary>
[MemoryDiagnoser]
public class RobertsonBenchmarks : OdeSolveBenchmark
{
    /// <inheritdoc/>
    protected override OdeProblem CreateProblem() => Robertson.Problem();

    /// <summary>Rodas4.</summary>
    [Benchmark(Baseline = true)]
    public OdeSolution Rodas4() => SolveRodas4();

    /// <summary>DP5 switching to Rodas4.</summary>
    [Benchmark]
    public OdeSolution Auto() => SolveAuto();
}

/// <summary>Van der Pol μ = 1000 on [0, 3000] (2 states, ~1900 relaxation periods in the docs/problems.md form).</summary>
[MemoryDiagnoser]
public class VanDerPolBenchmarks : OdeSolveBenchmark
{
    /// <inheritdoc/>
    protected override OdeProblem CreateProblem() => VanDerPol.Problem();

    /// <summary>Rodas4.</summary>
    [Benchmark(Baseline = true)]
    public OdeSolution Rodas4() => SolveRodas4();

    /// <summary>DP5 switching to Rodas4.</summary>
    [Benchmark]
    public OdeSolution Auto() => SolveAuto();

    /// <summary>DP5 alone (the problem is only mildly stiff at this tolerance).</summary>
    [Benchmark]
    public OdeSolution Dp5() => SolveDp5();
}

/// <summary>OREGO (3 states, stiff, with fast relaxation fronts).</summary>
[MemoryDiagnoser]
public class OregoBenchmarks : OdeSolveBenchmark
{
    /// <inheritdoc/>
    protected override OdeProblem CreateProblem() => Orego.Problem();

    /// <summary>Rodas4.</summary>
    [Benchmark(Baseline = true)]
    public OdeSolution Rodas4() => SolveRodas4();

    /// <summary>DP5 switching to Rodas4.</summary>
    [Benchmark]
    public OdeSolution Auto() => SolveAuto();
}

/// <summary>Kosinsky 2018 under five fractions and nine antibody boluses (8 states, 19 discontinuities as scheduled events).</summary>
[MemoryDiagnoser]
public class KosinskyTreatedBenchmarks : OdeSolveBenchmark
{
    /// <inheritdoc/>
    protected override OdeProblem CreateProblem() => Kosinsky.Treated();

    /// <summary>Rodas4.</summary>
    [Benchmark(Baseline = true)]
    public OdeSolution Rodas4() => SolveRodas4();

    /// <summary>DP5 switching to Rodas4.</summary>
    [Benchmark]
    public OdeSolution Auto() => SolveAuto();

    /// <summary>DP5 alone.</summary>
    [Benchmark]
    public OdeSolution Dp5() => SolveDp5();
}
