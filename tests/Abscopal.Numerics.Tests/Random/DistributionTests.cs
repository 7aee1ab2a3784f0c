using Abscopal.Numerics.Random;
using Abscopal.Numerics.Statistics;

namespace Abscopal.Numerics.Tests.Random;

/// <summary>
/// Samplers against their CDFs (Kolmogorov–Smirnov at the 0.1% level, n = 100 000, fixed seeds) and their analytic moments
/// (within 5 standard errors of the mean). The CDFs themselves are checked against R in SpecialFunctionTests.
/// </summary>
public sealed class DistributionTests
{
    private const int N = 100_000;

    private static readonly string[] s_names = ["uniform", "normal", "lognormal", "truncated-normal-centre", "truncated-normal-far-tail", "gamma-0.3", "gamma-2.5", "gamma-40", "beta-2.5-0.7", "beta-0.4-0.4"];

    public static TheoryData<string> Cases => new(s_names);

    private static IContinuousDistribution Get(string name) => name switch
    {
        "uniform" => new UniformDistribution(-2, 5),
        "normal" => new NormalDistribution(3, 2),
        "lognormal" => LogNormalDistribution.FromMedianAndCv(50, 0.8),
        "truncated-normal-centre" => new TruncatedNormalDistribution(1, 2, -1, 2),
        "truncated-normal-far-tail" => new TruncatedNormalDistribution(0, 1, 6, double.PositiveInfinity),
        "gamma-0.3" => new GammaDistribution(0.3, 2),
        "gamma-2.5" => new GammaDistribution(2.5, 1.5),
        "gamma-40" => new GammaDistribution(40, 0.1),
        "beta-2.5-0.7" => new BetaDistribution(2.5, 0.7),
        "beta-0.4-0.4" => new BetaDistribution(0.4, 0.4),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Samples_Follow_The_Cdf_And_The_Moments(string name)
    {
        // Given a distribution and the stream (seed 2024, stream = the case's index)
        var distribution = Get(name);
        var rng = new RandomStream(2024, (ulong)Array.IndexOf(s_names, name));

        // When 100 000 deviates are drawn
        var x = new double[N];
        for (int i = 0; i < N; i++)
        {
            x[i] = distribution.Sample(ref rng);
        }

        // Then √n·D_n is below Kolmogorov's 0.1% critical value, and the sample mean is within 5 SE of the analytic mean
        double d = GoodnessOfFit.KolmogorovSmirnov(x, distribution.Cdf);
        Assert.True(Math.Sqrt(N) * d < GoodnessOfFit.KolmogorovCritical999, $"{name}: √n·D = {Math.Sqrt(N) * d}");
        var (mean, variance) = GoodnessOfFit.Moments(x);
        Assert.True(Math.Abs(mean - distribution.Mean) < 5 * Math.Sqrt(distribution.Variance / N), $"{name}: mean {mean} vs {distribution.Mean}");
        Assert.InRange(variance / distribution.Variance, 0.95, 1.05);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Quantile_Inverts_The_Cdf(string name)
    {
        var distribution = Get(name);
        foreach (double p in new[] { 1e-6, 0.01, 0.3, 0.5, 0.77, 0.999 })
        {
            Assert.Equal(p, distribution.Cdf(distribution.Quantile(p)), 1e-9);
        }
    }

    [Fact]
    public void Truncated_Normal_Mean_Matches_The_Mills_Ratio_Far_In_The_Tail()
    {
        // Given N(0, 1) truncated to [6, ∞): E[X] = φ(6)/Q(6) = 6.1568... (Johnson, Kotz & Balakrishnan eq. 13.134)
        var d = new TruncatedNormalDistribution(0, 1, 6, double.PositiveInfinity);
        Assert.Equal(Normal.Density(6) / Normal.Cdf(-6), d.Mean, 1e-12);
        Assert.InRange(d.Mean, 6.15, 6.16);
    }

    [Fact]
    public void Multivariate_Normal_Reproduces_Means_Deviations_And_Correlations()
    {
        // Given three variables with means (1, −2, 10), SDs (0.5, 2, 3) and correlations 0.6, −0.3, 0.2
        double[] means = [1, -2, 10];
        double[] sds = [0.5, 2, 3];
        double[] r = [1, 0.6, -0.3, 0.6, 1, 0.2, -0.3, 0.2, 1];
        var mvn = new MultivariateNormal(means, sds, r);
        var rng = new RandomStream(11, 0);
        const int n = 200_000;
        var x = new double[n * 3];

        // When 200 000 vectors are drawn
        for (int i = 0; i < n; i++)
        {
            mvn.Sample(ref rng, x.AsSpan(i * 3, 3));
        }

        // Then means are within 5 SE, SDs within 1% and correlations within 0.01 (SE of r ≈ (1 − r²)/√n ≤ 0.0023)
        for (int a = 0; a < 3; a++)
        {
            var ca = Enumerable.Range(0, n).Select(i => x[(i * 3) + a]).ToArray();
            var (m, v) = GoodnessOfFit.Moments(ca);
            Assert.True(Math.Abs(m - means[a]) < 5 * sds[a] / Math.Sqrt(n));
            Assert.InRange(Math.Sqrt(v) / sds[a], 0.99, 1.01);
            for (int b = 0; b < a; b++)
            {
                var cb = Enumerable.Range(0, n).Select(i => x[(i * 3) + b]).ToArray();
                var (mb, vb) = GoodnessOfFit.Moments(cb);
                double cov = Enumerable.Range(0, n).Sum(i => (ca[i] - m) * (cb[i] - mb)) / (n - 1);
                Assert.Equal(r[(a * 3) + b], cov / Math.Sqrt(v * vb), 0.01);
            }
        }
    }

    [Fact]
    public void Multivariate_Normal_Rejects_A_Matrix_That_Is_Not_Positive_Definite()
    {
        // Correlations 0.9, 0.9, −0.9 cannot coexist (the determinant is negative)
        double[] r = [1, 0.9, 0.9, 0.9, 1, -0.9, 0.9, -0.9, 1];
        Assert.Throws<ArgumentException>(() => new MultivariateNormal([0, 0, 0], [1, 1, 1], r));
    }

    [Fact]
    public void Sampling_Allocates_Nothing()
    {
        // Given a warm stream and a multivariate normal
        var mvn = new MultivariateNormal([0, 0], [1, 1], [1, 0.5, 0.5, 1]);
        var rng = new RandomStream(1, 1);
        var buffer = new double[64];
        void Work(ref RandomStream s)
        {
            s.FillStandardNormal(buffer);
            s.FillUniform(buffer);
            _ = s.NextGamma(0.7) + s.NextBeta(2, 3) + s.NextTruncatedNormal(0, 1, 1, 2) + s.NextLogNormal(0, 1);
            mvn.Sample(ref s, buffer.AsSpan(0, 2));
        }

        Work(ref rng);

        // When 1000 rounds of sampling run
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            Work(ref rng);
        }

        // Then nothing was allocated
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
