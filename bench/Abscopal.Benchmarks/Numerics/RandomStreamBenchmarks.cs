using Abscopal.Numerics.Random;
using Abscopal.Numerics.Sampling;
using BenchmarkDotNet.Attributes;

namespace Abscopal.Benchmarks.Numerics;

/// <summary>
/// Throughput of the Philox4x32-10 random streams and the samplers built on them, per 4096 values into a span.
/// Run: <c>dotnet run -c Release --project bench/Abscopal.Benchmarks -- --filter '*RandomStream*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class RandomStreamBenchmarks
{
    private const int Count = 4096;
    private readonly double[] _buffer = new double[Count];
    private readonly double[] _point = new double[8];
    private SobolSequence _sobol = null!;

    /// <summary>Creates the Sobol sequence once.</summary>
    [GlobalSetup]
    public void Setup() => _sobol = new SobolSequence(8);

    /// <summary>4096 raw 32-bit words.</summary>
    [Benchmark(Baseline = true)]
    public uint RawWords()
    {
        var rng = new RandomStream(1, 2);
        uint x = 0;
        for (int i = 0; i < Count; i++)
        {
            x ^= rng.NextUInt32();
        }

        return x;
    }

    /// <summary>4096 uniforms on [0, 1).</summary>
    [Benchmark]
    public double[] Uniform()
    {
        var rng = new RandomStream(1, 2);
        rng.FillUniform(_buffer);
        return _buffer;
    }

    /// <summary>4096 standard normals by AS 241 inversion.</summary>
    [Benchmark]
    public double[] StandardNormal()
    {
        var rng = new RandomStream(1, 2);
        rng.FillStandardNormal(_buffer);
        return _buffer;
    }

    /// <summary>4096 gamma(2.5) deviates (Marsaglia–Tsang).</summary>
    [Benchmark]
    public double Gamma()
    {
        var rng = new RandomStream(1, 2);
        double s = 0;
        for (int i = 0; i < Count; i++)
        {
            s += rng.NextGamma(2.5);
        }

        return s;
    }

    /// <summary>4096 new streams (one per virtual patient), one normal each: the per-patient set-up cost.</summary>
    [Benchmark]
    public double StreamPerPatient()
    {
        double s = 0;
        for (int i = 0; i < Count; i++)
        {
            var rng = new RandomStream(1, (ulong)i);
            s += rng.NextStandardNormal();
        }

        return s;
    }

    /// <summary>512 points of an 8-dimensional Sobol sequence (4096 coordinates).</summary>
    [Benchmark]
    public double[] Sobol8()
    {
        _sobol.Reset();
        for (int i = 0; i < Count / 8; i++)
        {
            _sobol.Next(_point);
        }

        return _point;
    }
}
