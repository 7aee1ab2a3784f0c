using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Numerics.Ode;
using Abscopal.Testing.Problems;
using BenchmarkDotNet.Attributes;

namespace Abscopal.Benchmarks.Modeling;

/// <summary>A whole treated Kosinsky simulation (5 fractions, 9 antibody doses, 40 days): compiled text model with events against the hand-written system with scheduled events.</summary>
[MemoryDiagnoser]
public class ModelSolveBenchmarks
{
    private static readonly OdeOptions s_options = OdeOptions.Default with { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-10 };
    private CompiledModel _model = null!;
    private ModelInstance _instance = null!;
    private SimulationSettings _settings = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = ModelCompiler.Compile(BenchmarkModels.Example("kosinsky2018"));
        _instance = _model.CreateInstance();
        _settings = new SimulationSettings { EndTime = 40, OutputTimes = Kosinsky.ReferenceTimes, Options = s_options, Algorithm = OdeAlgorithms.Stiff };
    }

    [Benchmark(Baseline = true)]
    public double HandWrittenWithScheduledEvents() => Ode.Solve(Kosinsky.Treated(), OdeAlgorithms.Stiff, s_options).FinalTime;

    [Benchmark]
    public double CompiledTextModelWithEvents() => ModelSimulator.Simulate(_instance, _settings).Times[^1];
}
