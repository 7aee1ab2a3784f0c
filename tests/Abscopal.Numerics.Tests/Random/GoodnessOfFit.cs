namespace Abscopal.Numerics.Tests.Random;

/// <summary>Kolmogorov–Smirnov distance and moments of a sample, for distribution tests with fixed seeds and fixed thresholds.</summary>
internal static class GoodnessOfFit
{
    /// <summary>The critical value of √n·D at the 0.1% level for large n (Kolmogorov's asymptotic distribution: K(1.9495) = 0.999).</summary>
    public const double KolmogorovCritical999 = 1.9495;

    /// <summary>D_n = sup |F_n(x) − F(x)| (sorts a copy).</summary>
    public static double KolmogorovSmirnov(double[] sample, Func<double, double> cdf)
    {
        var sorted = (double[])sample.Clone();
        Array.Sort(sorted);
        int n = sorted.Length;
        double d = 0;
        for (int i = 0; i < n; i++)
        {
            double f = cdf(sorted[i]);
            d = Math.Max(d, Math.Max(f - ((double)i / n), ((i + 1.0) / n) - f));
        }

        return d;
    }

    public static (double Mean, double Variance) Moments(double[] sample)
    {
        double mean = sample.Average();
        double variance = sample.Sum(x => (x - mean) * (x - mean)) / (sample.Length - 1);
        return (mean, variance);
    }
}
