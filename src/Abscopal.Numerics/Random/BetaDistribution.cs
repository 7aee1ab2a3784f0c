using Abscopal.Numerics.Random.Internal;
using Abscopal.Numerics.Statistics;

namespace Abscopal.Numerics.Random;

/// <summary>The beta distribution on [0, 1] with shapes α and β (mean α/(α + β)).</summary>
public sealed record BetaDistribution : IContinuousDistribution
{
    /// <summary>Creates beta(<paramref name="alpha"/> &gt; 0, <paramref name="beta"/> &gt; 0).</summary>
    public BetaDistribution(double alpha, double beta)
    {
        Alpha = DistributionChecks.Positive(alpha, nameof(alpha));
        Beta = DistributionChecks.Positive(beta, nameof(beta));
    }

    /// <summary>The first shape α.</summary>
    public double Alpha { get; }

    /// <summary>The second shape β.</summary>
    public double Beta { get; }

    /// <inheritdoc/>
    public double Mean => Alpha / (Alpha + Beta);

    /// <inheritdoc/>
    public double Variance => Alpha * Beta / ((Alpha + Beta) * (Alpha + Beta) * (Alpha + Beta + 1));

    /// <inheritdoc/>
    public double Cdf(double x) => x <= 0 ? 0 : x >= 1 ? 1 : SpecialFunctions.RegularizedBeta(Alpha, Beta, x);

    /// <inheritdoc/>
    public double Quantile(double p)
    {
        DistributionChecks.Probability(p);
        return SpecialFunctions.InverseRegularizedBeta(Alpha, Beta, p);
    }

    /// <inheritdoc/>
    public double Sample(ref RandomStream random) => random.NextBeta(Alpha, Beta);
}
