using Abscopal.Numerics.Random.Internal;
using Abscopal.Numerics.Statistics;

namespace Abscopal.Numerics.Random;

/// <summary>The gamma distribution with shape k and scale θ (mean kθ, in the units of the variable).</summary>
public sealed record GammaDistribution : IContinuousDistribution
{
    /// <summary>Creates gamma(<paramref name="shape"/> &gt; 0, <paramref name="scale"/> &gt; 0).</summary>
    public GammaDistribution(double shape, double scale)
    {
        Shape = DistributionChecks.Positive(shape, nameof(shape));
        Scale = DistributionChecks.Positive(scale, nameof(scale));
    }

    /// <summary>The shape k.</summary>
    public double Shape { get; }

    /// <summary>The scale θ.</summary>
    public double Scale { get; }

    /// <inheritdoc/>
    public double Mean => Shape * Scale;

    /// <inheritdoc/>
    public double Variance => Shape * Scale * Scale;

    /// <inheritdoc/>
    public double Cdf(double x) => x <= 0 ? 0 : SpecialFunctions.RegularizedGammaP(Shape, x / Scale);

    /// <inheritdoc/>
    public double Quantile(double p) => DistributionChecks.InvertCdf(Cdf, p, 0, double.PositiveInfinity, Mean);

    /// <inheritdoc/>
    public double Sample(ref RandomStream random) => Scale * random.NextGamma(Shape);
}
