using Abscopal.Numerics.Statistics;

namespace Abscopal.Planning.Results;

/// <summary>A sample mean with a two-sided Student-t confidence interval (in the quantity's unit).</summary>
/// <param name="Value">The mean.</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
/// <param name="Count">Number of values.</param>
public readonly record struct MeanEstimate(double Value, double Lower, double Upper, int Count)
{
    /// <summary>Mean of <paramref name="values"/> with the t interval mean ± t(1 − (1 − level)/2, n − 1)·s/√n (equal to the mean when n = 1 or s = 0).</summary>
    public static MeanEstimate Of(ReadOnlySpan<double> values, double level = 0.95)
    {
        if (values.Length == 0)
        {
            return new MeanEstimate(double.NaN, double.NaN, double.NaN, 0);
        }

        var mean = 0.0;
        foreach (var v in values)
        {
            mean += v;
        }

        mean /= values.Length;
        if (values.Length == 1)
        {
            return new MeanEstimate(mean, mean, mean, 1);
        }

        var ss = 0.0;
        foreach (var v in values)
        {
            ss += (v - mean) * (v - mean);
        }

        var se = Math.Sqrt(ss / (values.Length - 1) / values.Length);
        var half = TQuantile(1 - level, values.Length - 1) * se;
        return new MeanEstimate(mean, mean - half, mean + half, values.Length);
    }

    // The t with two-sided tail probability p, by bisection on TestDistributions.StudentTTwoSided (monotone in t).
    internal static double TQuantile(double twoSidedP, double degreesOfFreedom)
    {
        double low = 0, high = 1;
        while (TestDistributions.StudentTTwoSided(high, degreesOfFreedom) > twoSidedP)
        {
            high *= 2;
        }

        for (var i = 0; i < 100 && high - low > 1e-12; i++)
        {
            var mid = 0.5 * (low + high);
            if (TestDistributions.StudentTTwoSided(mid, degreesOfFreedom) > twoSidedP)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return 0.5 * (low + high);
    }
}
