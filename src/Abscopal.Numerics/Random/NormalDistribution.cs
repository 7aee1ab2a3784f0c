using Abscopal.Numerics.Random.Internal;
using Abscopal.Numerics.Statistics;

namespace Abscopal.Numerics.Random;

/// <summary>The normal distribution with the given mean and standard deviation (in the units of the variable).</summary>
public sealed record NormalDistribution : IContinuousDistribution
{
    /// <summary>Creates normal(<paramref name="mean"/>, <paramref name="standardDeviation"/> &gt; 0).</summary>
    public NormalDistribution(double mean, double standardDeviation)
    {
        MeanValue = DistributionChecks.Finite(mean, nameof(mean));
        StandardDeviation = DistributionChecks.Positive(standardDeviation, nameof(standardDeviation));
    }

    /// <summary>The mean μ.</summary>
    public double MeanValue { get; }

    /// <summary>The standard deviation σ.</summary>
    public double StandardDeviation { get; }

    /// <inheritdoc/>
    public double Mean => MeanValue;

    /// <inheritdoc/>
    public double Variance => StandardDeviation * StandardDeviation;

    /// <inheritdoc/>
    public double Cdf(double x) => Normal.Cdf((x - MeanValue) / StandardDeviation);

    /// <inheritdoc/>
    public double Quantile(double p)
    {
        DistributionChecks.Probability(p);
        return MeanValue + (StandardDeviation * Normal.Quantile(p));
    }

    /// <inheritdoc/>
    public double Sample(ref RandomStream random) => MeanValue + (StandardDeviation * random.NextStandardNormal());
}
