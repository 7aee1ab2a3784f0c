using Abscopal.Numerics.Random.Internal;
using Abscopal.Numerics.Statistics;

namespace Abscopal.Numerics.Random;

/// <summary>The normal(μ, σ) distribution truncated to [<see cref="Lower"/>, <see cref="Upper"/>] (either bound may be infinite).</summary>
public sealed record TruncatedNormalDistribution : IContinuousDistribution
{
    /// <summary>Creates normal(<paramref name="mu"/>, <paramref name="sigma"/>) truncated to [<paramref name="lower"/>, <paramref name="upper"/>], lower &lt; upper.</summary>
    public TruncatedNormalDistribution(double mu, double sigma, double lower, double upper)
    {
        Mu = DistributionChecks.Finite(mu, nameof(mu));
        Sigma = DistributionChecks.Positive(sigma, nameof(sigma));
        if (!(lower < upper))
        {
            throw new ArgumentException($"The truncation interval [{lower}, {upper}] must have lower < upper.", nameof(upper));
        }

        Lower = lower;
        Upper = upper;
        _ = RandomStream.TruncatedNormalQuantile(mu, sigma, lower, upper, 0.5);
    }

    /// <summary>The mean of the parent normal.</summary>
    public double Mu { get; }

    /// <summary>The standard deviation of the parent normal.</summary>
    public double Sigma { get; }

    /// <summary>The lower truncation point (may be −∞).</summary>
    public double Lower { get; }

    /// <summary>The upper truncation point (may be +∞).</summary>
    public double Upper { get; }

    /// <inheritdoc/>
    public double Mean
    {
        get
        {
            (double a, double b, double z) = Standardised();
            return Mu + (Sigma * (Normal.Density(a) - Normal.Density(b)) / z);
        }
    }

    /// <inheritdoc/>
    public double Variance
    {
        get
        {
            // Johnson, Kotz &amp; Balakrishnan, Continuous Univariate Distributions Vol. 1, 2nd ed., eq. 13.134.
            (double a, double b, double z) = Standardised();
            double pa = Normal.Density(a), pb = Normal.Density(b);
            double aTerm = double.IsInfinity(a) ? 0 : a * pa;
            double bTerm = double.IsInfinity(b) ? 0 : b * pb;
            double m = (pa - pb) / z;
            return Sigma * Sigma * (1 + ((aTerm - bTerm) / z) - (m * m));
        }
    }

    /// <inheritdoc/>
    public double Cdf(double x)
    {
        if (x <= Lower)
        {
            return 0;
        }

        if (x >= Upper)
        {
            return 1;
        }

        (double a, _, double z) = Standardised();
        double u = (x - Mu) / Sigma;

        // Right of the mean, differences of upper tails keep their precision.
        return a > 0 ? (Normal.Cdf(-a) - Normal.Cdf(-u)) / z : (Normal.Cdf(u) - Normal.Cdf(a)) / z;
    }

    /// <inheritdoc/>
    public double Quantile(double p)
    {
        DistributionChecks.Probability(p);
        return RandomStream.TruncatedNormalQuantile(Mu, Sigma, Lower, Upper, p);
    }

    /// <inheritdoc/>
    public double Sample(ref RandomStream random) => random.NextTruncatedNormal(Mu, Sigma, Lower, Upper);

    private (double A, double B, double Z) Standardised()
    {
        double a = (Lower - Mu) / Sigma, b = (Upper - Mu) / Sigma;
        double z = a > 0 ? Normal.Cdf(-a) - Normal.Cdf(-b) : Normal.Cdf(b) - Normal.Cdf(a);
        return (a, b, z);
    }
}
