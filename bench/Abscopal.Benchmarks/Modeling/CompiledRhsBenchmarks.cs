using Abscopal.Modeling.Compilation;
using Abscopal.Numerics.Ode;
using Abscopal.Testing.Problems;
using BenchmarkDotNet.Attributes;

namespace Abscopal.Benchmarks.Modeling;

/// <summary>The compiled right-hand side and Jacobian of a text model against the same equations written by hand in C#.</summary>
/// <remarks>Target (issue: foundation): compiled within 1.5× of hand-written, with zero allocations.</remarks>
[MemoryDiagnoser]
public class CompiledRhsBenchmarks
{
    private IOdeSystem _hand = null!;
    private IOdeSystem _compiled = null!;
    private double[] _y = null!;
    private double[] _dydt = null!;
    private double[] _jacobian = null!;

    /// <summary>Which model.</summary>
    [Params("hires", "kosinsky2018")]
    public string Model { get; set; } = "hires";

    [GlobalSetup]
    public void Setup()
    {
        var instance = ModelCompiler.Compile(BenchmarkModels.Example(Model)).CreateInstance();
        if (Model == "hires")
        {
            _hand = new Hires();
            _y = [0.5, 0.1, 0.05, 0.3, 0.2, 0.4, 0.003, 0.002];
        }
        else
        {
            // Mid-fraction state with antibody on board: every term of the model is active.
            _hand = new Kosinsky { DoseRate = Kosinsky.FractionDoseRate };
            instance.SetValue("R", Kosinsky.FractionDoseRate);
            _y = [120, 15, 300, 80, 0.3, 20, 0.5, 1.1];
        }

        var y0 = new double[instance.Dimension];
        instance.Initialize(0, y0);
        if (Model != "hires")
        {
            instance.SetParameterSlot(instance.Model.ParameterSlotIds.IndexOf("R"), Kosinsky.FractionDoseRate);
        }

        _compiled = instance;
        _dydt = new double[_y.Length];
        _jacobian = new double[_y.Length * _y.Length];
        CheckAgreement();
    }

    [Benchmark(Baseline = true)]
    public void HandWrittenRhs() => _hand.Derivative(1.0, _y, _dydt);

    [Benchmark]
    public void CompiledRhs() => _compiled.Derivative(1.0, _y, _dydt);

    [Benchmark]
    public void HandWrittenJacobian() => _hand.Jacobian(1.0, _y, _jacobian);

    [Benchmark]
    public void CompiledJacobian() => _compiled.Jacobian(1.0, _y, _jacobian);

    // A benchmark of two different functions would be meaningless: check they agree before timing.
    private void CheckAgreement()
    {
        var a = new double[_y.Length];
        var b = new double[_y.Length];
        _hand.Derivative(1.0, _y, a);
        _compiled.Derivative(1.0, _y, b);
        for (var i = 0; i < a.Length; i++)
        {
            if (Math.Abs(a[i] - b[i]) > 1e-12 * Math.Max(1, Math.Abs(a[i])))
            {
                throw new InvalidOperationException($"{Model}: compiled f[{i}] = {b[i]} but hand-written {a[i]}.");
            }
        }
    }
}
