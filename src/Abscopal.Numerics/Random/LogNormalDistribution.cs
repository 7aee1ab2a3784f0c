using Abscopal.Numerics.Random.Internal;
using Abscopal.Numerics.Statistics;
using Abscopal.Numerics.Statistics.Internal;

namespace Abscopal.Numerics.Random;

/// <summary>The log-normal distribution: ln X is normal with mean <see cref="Mu"/> and standard deviation <see cref="Sigma"/>.</summary>
public sealed record LogNormalDistribution : IContinuousDistribution
{
    /// <summary>Creates the log-normal with log-mean <paramref name="mu"/> and log-SD <paramref name="sigma"/> &gt; 0.</summary>
    public LogNormalDistribution(double mu, double sigma)
    {
        Mu = DistributionChecks.Finite(mu, nameof(mu));
        Sigma = DistributionChecks.Positive(sigma, nameof(sigma));
    }

    /// <summary>The mean of ln X.</summary>
    public double Mu { get; }

    /// <summary>The standard deviation of ln X.</summary>
    public double Sigma { get; }

    /// <summary>The median exp(μ), in the units of the variable.</summary>
    public double Median => Math.Exp(Mu);

    /// <inheritdoc/>
    public double Mean => Math.Exp(Mu + (0.5 * Sigma * Sigma));

    /// <inheritdoc/>
    public double Variance => Elementary.ExpM1(Sigma * Sigma) * Math.Exp((2 * Mu) + (Sigma * Sigma));

    /// <summary>The log-normal with the given <paramref name="median"/> (&gt; 0) and coefficient of variation <paramref name="cv"/> (&gt; 0) of X.</summary>
    public static LogNormalDistribution FromMedianAndCv(double median, double cv) =>
        new(Math.Log(DistributionChecks.Positive(median, nameof(median))), Math.Sqrt(Math.Log(1 + (DistributionChecks.Positive(cv, nameof(cv)) * cv))));

    /// <inheritdoc/>
    public double Cdf(double x) => x <= 0 ? 0 : Normal.Cdf((Math.Log(x) - Mu) / Sigma);

    /// <inheritdoc/>
    public double Quantile(double p)
    {
        DistributionChecks.Probability(p);
        return Math.Exp(Mu + (Sigma * Normal.Quantile(p)));
    }

    /// <inheritdoc/>
    public double Sample(ref RandomStream random) => random.NextLogNormal(Mu, Sigma);
}
