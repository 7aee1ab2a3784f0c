using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Abscopal.Numerics.Random.Internal;
using Abscopal.Numerics.Statistics;

namespace Abscopal.Numerics.Random;

/// <summary>
/// One independent stream of random numbers, identified by (seed, stream index, substream): Philox4x32-10 in counter mode.
/// A mutable value: pass it by <c>ref</c>; a copy continues the same sequence independently.
/// </summary>
/// <remarks>
/// Stream derivation: the 64-bit seed is the Philox key; the 128-bit counter is (block, substream, stream low, stream high),
/// with the block number counting up from 0. Two streams that differ in seed, stream index or substream therefore
/// never share a counter value under the same key, and Philox is a bijection, so their outputs are independent to the
/// extent Philox passes BigCrush (Salmon et al. 2011, doi:10.1145/2063384.2063405). Because a stream depends only on its
/// identity, an ensemble that gives patient i the stream (seed, i) is bit-identical for any thread count or chunking.
/// One stream holds 2^32 blocks of four words (2^33 doubles); running past that throws.
/// </remarks>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A random-number stream in the sense of the parallel RNG literature, not a System.IO.Stream.")]
public struct RandomStream
{
    private const double TwoToMinus53 = 1.0 / (1UL << 53);

    private readonly uint _key0;
    private readonly uint _key1;
    private readonly uint _substream;
    private readonly uint _streamLow;
    private readonly uint _streamHigh;
    private uint _block;
    private bool _exhausted;
    private uint _w0;
    private uint _w1;
    private uint _w2;
    private uint _w3;
    private int _next;

    /// <summary>Opens the stream (<paramref name="seed"/>, <paramref name="stream"/>, <paramref name="substream"/>), e.g. (trial seed, patient index, purpose).</summary>
    public RandomStream(ulong seed, ulong stream, uint substream = 0)
    {
        _key0 = (uint)seed;
        _key1 = (uint)(seed >> 32);
        _substream = substream;
        _streamLow = (uint)stream;
        _streamHigh = (uint)(stream >> 32);
        _block = 0;
        _exhausted = false;
        _next = 4;
        _w0 = _w1 = _w2 = _w3 = 0;
    }

    /// <summary>The seed (Philox key) of this stream.</summary>
    public readonly ulong Seed => ((ulong)_key1 << 32) | _key0;

    /// <summary>The stream index (e.g. the patient index).</summary>
    public readonly ulong Stream => ((ulong)_streamHigh << 32) | _streamLow;

    /// <summary>The substream number within the stream.</summary>
    public readonly uint Substream => _substream;

    /// <summary>Next uniformly distributed 32-bit word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint NextUInt32()
    {
        if (_next == 4)
        {
            Refill();
        }

        uint value = _next switch
        {
            0 => _w0,
            1 => _w1,
            2 => _w2,
            _ => _w3,
        };
        _next++;
        return value;
    }

    /// <summary>Next uniformly distributed 64-bit word (two 32-bit words, the first as the high half).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        ulong high = NextUInt32();
        return (high << 32) | NextUInt32();
    }

    /// <summary>Uniform on [0, 1) with 53 random bits (all multiples of 2^−53).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * TwoToMinus53;

    /// <summary>Uniform on the open interval (0, 1): (k + ½)·2^−53 for a uniform 53-bit k, so never 0 or 1 (safe for inverse CDFs and logarithms).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * TwoToMinus53;

    /// <summary>Uniform integer in [0, <paramref name="bound"/>), without modulo bias (Lemire 2019, doi:10.1145/3230636).</summary>
    public int NextInt32(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        uint s = (uint)bound;
        ulong m = (ulong)NextUInt32() * s;
        uint low = (uint)m;
        if (low < s)
        {
            uint threshold = (0u - s) % s;
            while (low < threshold)
            {
                m = (ulong)NextUInt32() * s;
                low = (uint)m;
            }
        }

        return (int)(m >> 32);
    }

    /// <summary>Standard normal deviate by inversion, Φ⁻¹(U) with Wichura's AS 241 (relative accuracy about 1e-16) on an open 53-bit uniform.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextStandardNormal() => Normal.Quantile(NextOpenDouble());

    /// <summary>Normal deviate with the given <paramref name="mean"/> and standard deviation <paramref name="sd"/> (≥ 0).</summary>
    public double NextNormal(double mean, double sd) => mean + (sd * NextStandardNormal());

    /// <summary>Log-normal deviate exp(μ + σZ): <paramref name="mu"/> and <paramref name="sigma"/> (≥ 0) are the mean and SD of the logarithm.</summary>
    public double NextLogNormal(double mu, double sigma) => Math.Exp(mu + (sigma * NextStandardNormal()));

    /// <summary>Exponential deviate with the given <paramref name="rate"/> (&gt; 0), by inversion.</summary>
    public double NextExponential(double rate) => -Math.Log(NextOpenDouble()) / rate;

    /// <summary>Gamma deviate with the given <paramref name="shape"/> (&gt; 0) and scale 1 (Marsaglia &amp; Tsang 2000, doi:10.1145/358407.358414).</summary>
    public double NextGamma(double shape)
    {
        if (!(shape > 0) || !double.IsFinite(shape))
        {
            throw new ArgumentOutOfRangeException(nameof(shape), shape, "The gamma shape must be in (0, +∞).");
        }

        if (shape < 1)
        {
            // Γ(a) = Γ(a + 1)·U^(1/a) (ibid., §6), in logs so that tiny shapes do not underflow to 0 prematurely.
            double g = NextGamma(shape + 1);
            return g * Math.Exp(Math.Log(NextOpenDouble()) / shape);
        }

        double d = shape - (1.0 / 3.0);
        double c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x = NextStandardNormal();
            double v = 1.0 + (c * x);
            if (v <= 0)
            {
                continue;
            }

            v = v * v * v;
            double u = NextOpenDouble();
            double x2 = x * x;
            if (u < 1.0 - (0.0331 * x2 * x2) || Math.Log(u) < (0.5 * x2) + (d * (1.0 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }

    /// <summary>Beta deviate with shapes <paramref name="alpha"/>, <paramref name="beta"/> (&gt; 0), as X/(X + Y) for independent gamma X, Y.</summary>
    public double NextBeta(double alpha, double beta)
    {
        double x = NextGamma(alpha);
        double y = NextGamma(beta);
        return x / (x + y);
    }

    /// <summary>
    /// Normal(<paramref name="mean"/>, <paramref name="sd"/>) deviate truncated to [<paramref name="lower"/>, <paramref name="upper"/>], by inversion
    /// of the truncated CDF, using the upper tail when the interval lies right of the mean so that the tails keep their precision.
    /// </summary>
    public double NextTruncatedNormal(double mean, double sd, double lower, double upper)
    {
        return TruncatedNormalQuantile(mean, sd, lower, upper, NextOpenDouble());
    }

    /// <summary>Fills <paramref name="destination"/> with uniforms on [0, 1).</summary>
    public void FillUniform(Span<double> destination)
    {
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] = NextDouble();
        }
    }

    /// <summary>Fills <paramref name="destination"/> with standard normal deviates.</summary>
    public void FillStandardNormal(Span<double> destination)
    {
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] = NextStandardNormal();
        }
    }

    /// <summary>The p-quantile of the normal(mean, sd) truncated to [lower, upper].</summary>
    internal static double TruncatedNormalQuantile(double mean, double sd, double lower, double upper, double p)
    {
        if (!(sd > 0) || !double.IsFinite(sd) || !double.IsFinite(mean))
        {
            throw new ArgumentOutOfRangeException(nameof(sd), sd, "The truncated normal needs a finite mean and a standard deviation in (0, +∞).");
        }

        if (!(lower < upper))
        {
            throw new ArgumentException($"The truncation interval [{lower}, {upper}] must have lower < upper.", nameof(upper));
        }

        double a = (lower - mean) / sd;
        double b = (upper - mean) / sd;
        double z;
        if (a > 0)
        {
            // Right of the mean: work with upper-tail probabilities Q(x) = Φ(−x), which keep full relative precision.
            double qa = Normal.Cdf(-a);
            double qb = Normal.Cdf(-b);
            z = -Normal.Quantile(qa - (p * (qa - qb)));
        }
        else
        {
            double pa = Normal.Cdf(a);
            double pb = Normal.Cdf(b);
            z = Normal.Quantile(pa + (p * (pb - pa)));
        }

        double x = mean + (sd * z);
        if (double.IsNaN(x))
        {
            throw new ArgumentException($"The interval [{lower}, {upper}] has probability 0 in double precision under normal({mean}, {sd}).", nameof(lower));
        }

        return Math.Clamp(x, lower, upper);
    }

    private void Refill()
    {
        if (_exhausted)
        {
            throw new InvalidOperationException("This random stream has used all 2^32 of its blocks; open a new substream.");
        }

        uint c0 = _block, c1 = _substream, c2 = _streamLow, c3 = _streamHigh;
        Philox4x32.Encrypt(ref c0, ref c1, ref c2, ref c3, _key0, _key1);
        _w0 = c0;
        _w1 = c1;
        _w2 = c2;
        _w3 = c3;
        _next = 0;
        _block++;
        _exhausted = _block == 0;
    }
}
