using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Text;
using BenchmarkDotNet.Attributes;

namespace Abscopal.Benchmarks.Modeling;

/// <summary>Parsing and compiling a 100-state model, including the JIT of the first right-hand-side call.</summary>
/// <remarks>Target (issue: foundation): under 50 ms.</remarks>
[MemoryDiagnoser]
public class ParseCompileBenchmarks
{
    private string _text = string.Empty;
    private double[] _y = [];
    private double[] _dydt = [];

    /// <summary>Number of states of the generated cascade.</summary>
    [Params(100)]
    public int States { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkModels.Cascade(States);
        _y = new double[States];
        _dydt = new double[States];
    }

    [Benchmark]
    public double Parse() => TextModelParser.Parse(_text, "cascade.ant").Species.Length;

    [Benchmark]
    public double ParseCompileAndFirstCall()
    {
        var instance = ModelCompiler.Compile(TextModelParser.Parse(_text, "cascade.ant")).CreateInstance();
        instance.Initialize(0, _y);
        instance.Derivative(0, _y, _dydt);
        instance.Jacobian(0, _y, new double[States * States]);
        return _dydt[0];
    }
}
