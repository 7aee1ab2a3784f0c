namespace Abscopal.Numerics.Random;

/// <summary>A univariate continuous distribution that can be sampled from a <see cref="RandomStream"/> and inverted (for LHS and Sobol designs).</summary>
public interface IContinuousDistribution
{
    /// <summary>The mean, in the units of the variable.</summary>
    double Mean { get; }

    /// <summary>The variance, in squared units of the variable.</summary>
    double Variance { get; }

    /// <summary>P(X ≤ x).</summary>
    double Cdf(double x);

    /// <summary>The p-quantile, for p in (0, 1).</summary>
    double Quantile(double p);

    /// <summary>One deviate drawn from <paramref name="random"/>.</summary>
    double Sample(ref RandomStream random);
}
