using Abscopal.Numerics.Random.Internal;

namespace Abscopal.Numerics.Random;

/// <summary>The uniform distribution on [<see cref="Lower"/>, <see cref="Upper"/>).</summary>
public sealed record UniformDistribution : IContinuousDistribution
{
    /// <summary>Creates uniform on [<paramref name="lower"/>, <paramref name="upper"/>), finite, lower &lt; upper.</summary>
    public UniformDistribution(double lower, double upper)
    {
        Lower = DistributionChecks.Finite(lower, nameof(lower));
        Upper = DistributionChecks.Finite(upper, nameof(upper));
        if (!(lower < upper))
        {
            throw new ArgumentException($"The interval [{lower}, {upper}) must have lower < upper.", nameof(upper));
        }
    }

    /// <summary>The lower end.</summary>
    public double Lower { get; }

    /// <summary>The upper end.</summary>
    public double Upper { get; }

    /// <inheritdoc/>
    public double Mean => 0.5 * (Lower + Upper);

    /// <inheritdoc/>
    public double Variance => (Upper - Lower) * (Upper - Lower) / 12;

    /// <inheritdoc/>
    public double Cdf(double x) => Math.Clamp((x - Lower) / (Upper - Lower), 0, 1);

    /// <inheritdoc/>
    public double Quantile(double p)
    {
        DistributionChecks.Probability(p);
        return Lower + (p * (Upper - Lower));
    }

    /// <inheritdoc/>
    public double Sample(ref RandomStream random) => Lower + (random.NextDouble() * (Upper - Lower));
}
