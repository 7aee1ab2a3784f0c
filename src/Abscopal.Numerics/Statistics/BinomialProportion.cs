namespace Abscopal.Numerics.Statistics;

/// <summary>Confidence intervals for a binomial proportion x/n.</summary>
/// <remarks>Brown, Cai &amp; DasGupta (2001), "Interval estimation for a binomial proportion", Statistical Science 16:101–133, doi:10.1214/ss/1009213286.</remarks>
public static class BinomialProportion
{
    /// <summary>Wilson's score interval (Wilson 1927, doi:10.1080/01621459.1927.10502953), without continuity correction.</summary>
    public static ProportionEstimate Wilson(long successes, long trials, double level = 0.95)
    {
        Check(successes, trials, level);
        if (trials == 0)
        {
            return new ProportionEstimate(0, 0, double.NaN, 0, 1, level);
        }

        double z = Normal.Quantile(0.5 + (0.5 * level));
        double n = trials;
        double p = successes / n;
        double z2n = z * z / n;
        double centre = (p + (0.5 * z2n)) / (1 + z2n);
        double half = z * Math.Sqrt((p * (1 - p) / n) + (0.25 * z2n / n)) / (1 + z2n);
        double lower = successes == 0 ? 0 : Math.Max(0, centre - half);
        double upper = successes == trials ? 1 : Math.Min(1, centre + half);
        return new ProportionEstimate(successes, trials, p, lower, upper, level);
    }

    /// <summary>The Clopper–Pearson "exact" interval (Clopper &amp; Pearson 1934, doi:10.1093/biomet/26.4.404) from beta quantiles.</summary>
    public static ProportionEstimate ClopperPearson(long successes, long trials, double level = 0.95)
    {
        Check(successes, trials, level);
        if (trials == 0)
        {
            return new ProportionEstimate(0, 0, double.NaN, 0, 1, level);
        }

        double alpha = 1 - level;
        double lower = successes == 0 ? 0 : SpecialFunctions.InverseRegularizedBeta(successes, trials - successes + 1, 0.5 * alpha);
        double upper = successes == trials ? 1 : SpecialFunctions.InverseRegularizedBeta(successes + 1, trials - successes, 1 - (0.5 * alpha));
        return new ProportionEstimate(successes, trials, (double)successes / trials, lower, upper, level);
    }

    private static void Check(long successes, long trials, double level)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        if (successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, $"successes must be in [0, {trials}].");
        }

        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must be in (0, 1).");
        }
    }
}
