namespace Abscopal.Numerics.Statistics;

/// <summary>Tail probabilities of the chi-squared and Student t distributions, for test p-values.</summary>
public static class TestDistributions
{
    /// <summary>P(χ²_ν ≥ x) = Q(ν/2, x/2) for <paramref name="degreesOfFreedom"/> ν &gt; 0 and x ≥ 0.</summary>
    public static double ChiSquaredUpperTail(double x, double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        return x <= 0 ? 1.0 : SpecialFunctions.RegularizedGammaQ(0.5 * degreesOfFreedom, 0.5 * x);
    }

    /// <summary>Two-sided P(|T_ν| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, ½) for Student's t with <paramref name="degreesOfFreedom"/> ν &gt; 0.</summary>
    public static double StudentTTwoSided(double t, double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        if (double.IsNaN(t))
        {
            return double.NaN;
        }

        return double.IsInfinity(t) ? 0.0 : SpecialFunctions.RegularizedBeta(0.5 * degreesOfFreedom, 0.5, degreesOfFreedom / (degreesOfFreedom + (t * t)));
    }

    /// <summary>Two-sided normal p-value P(|Z| ≥ |z|) = 2Φ(−|z|).</summary>
    public static double NormalTwoSided(double z) => 2.0 * Normal.Cdf(-Math.Abs(z));
}
