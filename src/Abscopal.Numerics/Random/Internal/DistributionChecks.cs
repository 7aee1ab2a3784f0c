using System.Globalization;

namespace Abscopal.Numerics.Random.Internal;

/// <summary>Argument checks shared by the distribution records.</summary>
internal static class DistributionChecks
{
    public static double Finite(double value, string name) =>
        double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, "must be finite.");

    public static double Positive(double value, string name) =>
        value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, "must be in (0, +∞).");

    public static void Probability(double p)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must be in (0, 1).");
        }
    }

    /// <summary>Inverts a continuous increasing CDF on (lower, upper) by bracketing and bisection to round-off.</summary>
    public static double InvertCdf(Func<double, double> cdf, double p, double lower, double upper, double start)
    {
        Probability(p);
        double lo = lower, hi = upper;
        if (double.IsInfinity(hi))
        {
            hi = Math.Max(start, 1.0);
            while (cdf(hi) < p)
            {
                lo = hi;
                hi *= 2;
                if (double.IsInfinity(hi))
                {
                    throw new ArithmeticException(string.Create(CultureInfo.InvariantCulture, $"The {p}-quantile is beyond the double range."));
                }
            }
        }

        for (int i = 0; i < 2000; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            if (cdf(mid) < p)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }
}
