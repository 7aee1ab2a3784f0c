using Abscopal.Numerics.Random;
using Abscopal.Numerics.Random.Internal;

namespace Abscopal.Numerics.Tests.Random;

/// <summary>Philox4x32-10 against the Random123 known-answer vectors, and the stream derivation built on it.</summary>
public sealed class PhiloxTests
{
    [Theory]
    // Random123 1.14, tests/kat_vectors, the three "philox4x32 10" lines: counter (4 words), key (2 words) → output (4 words).
    [InlineData(0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x6627e8d5u, 0xe169c58du, 0xbc57ac4cu, 0x9b00dbd8u)]
    [InlineData(0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0x408f276du, 0x41c83b0eu, 0xa20bc7c6u, 0x6d5451fdu)]
    [InlineData(0x243f6a88u, 0x85a308d3u, 0x13198a2eu, 0x03707344u, 0xa4093822u, 0x299f31d0u, 0xd16cfe09u, 0x94fdccebu, 0x5001e420u, 0x24126ea1u)]
    public void Matches_The_Random123_Known_Answers(uint c0, uint c1, uint c2, uint c3, uint k0, uint k1, uint r0, uint r1, uint r2, uint r3)
    {
        // Given a counter and a key, When encrypted with ten rounds
        Philox4x32.Encrypt(ref c0, ref c1, ref c2, ref c3, k0, k1);

        // Then the output is the published one
        Assert.Equal([r0, r1, r2, r3], new[] { c0, c1, c2, c3 });
    }

    [Fact]
    public void A_Stream_Is_Philox_Of_Block_Substream_And_Stream_Under_The_Seed()
    {
        // Given the stream (seed 0x299f31d0_a4093822, stream 0x03707344_13198a2e, substream 0x85a308d3), whose block 0x243f6a88 is the third KAT
        ulong seed = 0x299f31d0_a4093822UL;
        var stream = new RandomStream(seed, 0x03707344_13198a2eUL, 0x85a308d3u);

        // When block 0 and block 1 are drawn
        var words = new uint[8];
        for (int i = 0; i < 8; i++)
        {
            words[i] = stream.NextUInt32();
        }

        // Then they are Philox(block, substream, stream low, stream high; seed low, seed high), block by block
        for (uint block = 0; block < 2; block++)
        {
            uint c0 = block, c1 = 0x85a308d3u, c2 = 0x13198a2eu, c3 = 0x03707344u;
            Philox4x32.Encrypt(ref c0, ref c1, ref c2, ref c3, 0xa4093822u, 0x299f31d0u);
            Assert.Equal([c0, c1, c2, c3], words.AsSpan((int)block * 4, 4).ToArray());
        }

        Assert.Equal(seed, stream.Seed);
        Assert.Equal(0x03707344_13198a2eUL, stream.Stream);
    }

    [Fact]
    public void An_Ensemble_Is_Bit_Identical_For_Any_Thread_Count_And_Chunking()
    {
        // Given 10 000 patients, each drawing a gamma, a normal and a beta from its own stream (seed 42, patient index)
        const int n = 10_000;
        static double Patient(int i)
        {
            var rng = new RandomStream(42, (ulong)i);
            return rng.NextGamma(2.5) + rng.NextStandardNormal() + rng.NextBeta(0.5, 3);
        }

        var serial = new double[n];
        for (int i = 0; i < n; i++)
        {
            serial[i] = Patient(i);
        }

        // When run in parallel with 1, 2 and 7 threads, and in reverse order in chunks of 333
        var results = new List<double[]>();
        foreach (int threads in new[] { 1, 2, 7 })
        {
            var parallel = new double[n];
            Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => parallel[i] = Patient(i));
            results.Add(parallel);
        }

        var chunked = new double[n];
        for (int start = n - 333; start > -333; start -= 333)
        {
            for (int i = Math.Max(start, 0); i < start + 333; i++)
            {
                chunked[i] = Patient(i);
            }
        }

        results.Add(chunked);

        // Then every run is bit-identical to the serial one
        foreach (var r in results)
        {
            Assert.Equal(serial.Select(BitConverter.DoubleToInt64Bits), r.Select(BitConverter.DoubleToInt64Bits));
        }
    }

    [Fact]
    public void Neighbouring_Streams_And_Substreams_Are_Uncorrelated()
    {
        // Given streams (7, 0), (7, 1), (7, 0, substream 1) and (8, 0), 200 000 uniforms each
        const int n = 200_000;
        double[] Draw(RandomStream s)
        {
            var x = new double[n];
            s.FillUniform(x);
            return x;
        }

        var a = Draw(new RandomStream(7, 0));
        var others = new[] { Draw(new RandomStream(7, 1)), Draw(new RandomStream(7, 0, 1)), Draw(new RandomStream(8, 0)) };

        // Then the sample correlation with the first is within 4 standard errors (1/√n) of 0, also at lag 1
        foreach (var b in others)
        {
            Assert.InRange(Correlation(a, b, 0), -4 / Math.Sqrt(n), 4 / Math.Sqrt(n));
            Assert.InRange(Correlation(a, b, 1), -4 / Math.Sqrt(n), 4 / Math.Sqrt(n));
        }

        Assert.InRange(Correlation(a, a, 1), -4 / Math.Sqrt(n), 4 / Math.Sqrt(n));
    }

    [Fact]
    public void Bounded_Integers_Are_Uniform()
    {
        // Given 70 000 draws in [0, 7) from stream (3, 5)
        var rng = new RandomStream(3, 5);
        var counts = new int[7];
        for (int i = 0; i < 70_000; i++)
        {
            counts[rng.NextInt32(7)]++;
        }

        // Then Pearson's χ² (6 df) is below its 0.1% critical value 22.46
        double chi2 = counts.Sum(c => (c - 10_000.0) * (c - 10_000.0) / 10_000.0);
        Assert.True(chi2 < 22.46, $"χ² = {chi2}");
    }

    private static double Correlation(double[] a, double[] b, int lag)
    {
        int n = a.Length - lag;
        double ma = 0, mb = 0;
        for (int i = 0; i < n; i++)
        {
            ma += a[i];
            mb += b[i + lag];
        }

        ma /= n;
        mb /= n;
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < n; i++)
        {
            double da = a[i] - ma, db = b[i + lag] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }

        return sab / Math.Sqrt(saa * sbb);
    }
}
