using Abscopal.Numerics.Random;
using Abscopal.Numerics.Sampling;

namespace Abscopal.Numerics.Sensitivity;

/// <summary>Variance-based (Sobol) sensitivity indices by Saltelli's sampling scheme on a Sobol sequence, for inputs uniform on [0, 1]^k.</summary>
/// <remarks>
/// Saltelli et al. (2010), "Variance based sensitivity analysis of model output. Design and estimator for the total sensitivity index",
/// Comput. Phys. Commun. 181:259–270, doi:10.1016/j.cpc.2009.09.018: matrices A and B are the two halves of a 2k-dimensional Sobol
/// point, AB_i is A with column i from B; S_i = mean(f_B·(f_ABi − f_A))/V (their Table 2, (b)) and S_Ti = mean((f_A − f_ABi)²)/(2V)
/// (Jansen 1999, their Table 2, (f)); V is the variance of f_A and f_B pooled. Limits are bootstrap percentiles over base samples
/// (Archer, Saltelli &amp; Sobol 1997, doi:10.1080/00949659708811825). Map inputs to parameter distributions with their quantile functions.
/// </remarks>
public static class SobolSensitivity
{
    /// <summary>The design: N blocks of k + 2 rows (A_j, B_j, AB_1j … AB_kj), row-major in [0, 1)^k; uses Sobol points 1 … N (skipping the origin).</summary>
    public static double[] Design(int inputs, int baseSamples, bool scrambled = false, ulong seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        ArgumentOutOfRangeException.ThrowIfLessThan(baseSamples, 2);
        if (2 * inputs > SobolSequence.MaxDimension)
        {
            throw new ArgumentOutOfRangeException(nameof(inputs), inputs, $"Saltelli sampling needs 2k Sobol dimensions; at most {SobolSequence.MaxDimension / 2} inputs are supported.");
        }

        int k = inputs;
        var sobol = new SobolSequence(2 * k, scrambled, seed);
        if (!scrambled)
        {
            sobol.Seek(1);
        }

        var point = new double[2 * k];
        var design = new double[baseSamples * (k + 2) * k];
        for (int j = 0; j < baseSamples; j++)
        {
            sobol.Next(point);
            var block = design.AsSpan(j * (k + 2) * k, (k + 2) * k);
            point.AsSpan(0, k).CopyTo(block[..k]);
            point.AsSpan(k, k).CopyTo(block.Slice(k, k));
            for (int i = 0; i < k; i++)
            {
                var row = block.Slice((2 + i) * k, k);
                point.AsSpan(0, k).CopyTo(row);
                row[i] = point[k + i];
            }
        }

        return design;
    }

    /// <summary>Indices from the outputs at the rows of a <see cref="Design"/>, with bootstrap limits from the stream (<paramref name="seed"/>, 0).</summary>
    public static SobolIndices Analyze(ReadOnlySpan<double> outputs, int inputs, int bootstrapResamples = 1000, double level = 0.95, ulong seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        ArgumentOutOfRangeException.ThrowIfNegative(bootstrapResamples);
        int k = inputs;
        if (outputs.Length % (k + 2) != 0)
        {
            throw new ArgumentException($"A Saltelli design for {k} inputs has N·(k + 2) rows; got {outputs.Length} outputs.", nameof(outputs));
        }

        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must be in (0, 1).");
        }

        int n = outputs.Length / (k + 2);
        var indices = new int[n];
        for (int j = 0; j < n; j++)
        {
            indices[j] = j;
        }

        var first = new double[k];
        var total = new double[k];
        double variance = Estimate(outputs, k, indices, first, total);
        var firstLower = new double[k];
        var firstUpper = new double[k];
        var totalLower = new double[k];
        var totalUpper = new double[k];
        if (bootstrapResamples > 0)
        {
            var random = new RandomStream(seed, 0, 0xB007);
            var firstSamples = new double[k][];
            var totalSamples = new double[k][];
            for (int i = 0; i < k; i++)
            {
                firstSamples[i] = new double[bootstrapResamples];
                totalSamples[i] = new double[bootstrapResamples];
            }

            var f = new double[k];
            var t = new double[k];
            for (int b = 0; b < bootstrapResamples; b++)
            {
                for (int j = 0; j < n; j++)
                {
                    indices[j] = random.NextInt32(n);
                }

                Estimate(outputs, k, indices, f, t);
                for (int i = 0; i < k; i++)
                {
                    firstSamples[i][b] = f[i];
                    totalSamples[i][b] = t[i];
                }
            }

            double alpha = 1 - level;
            for (int i = 0; i < k; i++)
            {
                Array.Sort(firstSamples[i]);
                Array.Sort(totalSamples[i]);
                firstLower[i] = Percentile(firstSamples[i], 0.5 * alpha);
                firstUpper[i] = Percentile(firstSamples[i], 1 - (0.5 * alpha));
                totalLower[i] = Percentile(totalSamples[i], 0.5 * alpha);
                totalUpper[i] = Percentile(totalSamples[i], 1 - (0.5 * alpha));
            }
        }
        else
        {
            Array.Fill(firstLower, double.NaN);
            Array.Fill(firstUpper, double.NaN);
            Array.Fill(totalLower, double.NaN);
            Array.Fill(totalUpper, double.NaN);
        }

        return new SobolIndices(first, total, firstLower, firstUpper, totalLower, totalUpper, variance, n, level);
    }

    /// <summary>Designs, evaluates <paramref name="model"/> on every row and analyses.</summary>
    public static SobolIndices Run(Func<ReadOnlySpan<double>, double> model, int inputs, int baseSamples, int bootstrapResamples = 1000, double level = 0.95, ulong seed = 0)
    {
        double[] design = Design(inputs, baseSamples);
        var outputs = new double[design.Length / inputs];
        for (int row = 0; row < outputs.Length; row++)
        {
            outputs[row] = model(design.AsSpan(row * inputs, inputs));
        }

        return Analyze(outputs, inputs, bootstrapResamples, level, seed);
    }

    private static double Estimate(ReadOnlySpan<double> y, int k, int[] sample, double[] first, double[] total)
    {
        int n = sample.Length;
        int stride = k + 2;

        // Pooled mean and variance of f_A and f_B (two-pass for accuracy).
        double mean = 0;
        foreach (int j in sample)
        {
            mean += y[j * stride] + y[(j * stride) + 1];
        }

        mean /= 2 * n;
        double variance = 0;
        foreach (int j in sample)
        {
            double a = y[j * stride] - mean, b = y[(j * stride) + 1] - mean;
            variance += (a * a) + (b * b);
        }

        variance /= (2 * n) - 1;
        Array.Clear(first);
        Array.Clear(total);
        // Centring on the pooled mean leaves the estimators' expectations unchanged but removes the mean² term from the variance of
        // the first-order one, which otherwise swamps it for outputs far from zero (e.g. tumour volumes); SALib centres likewise.
        foreach (int j in sample)
        {
            double fa = y[j * stride] - mean;
            double fb = y[(j * stride) + 1] - mean;
            for (int i = 0; i < k; i++)
            {
                double fab = y[(j * stride) + 2 + i] - mean;
                first[i] += fb * (fab - fa);
                total[i] += (fa - fab) * (fa - fab);
            }
        }

        for (int i = 0; i < k; i++)
        {
            first[i] /= n * variance;
            total[i] /= 2 * n * variance;
        }

        return variance;
    }

    /// <summary>The q-quantile of sorted values by linear interpolation (Hyndman &amp; Fan type 7, R's default).</summary>
    private static double Percentile(double[] sorted, double q)
    {
        double h = (sorted.Length - 1) * q;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
