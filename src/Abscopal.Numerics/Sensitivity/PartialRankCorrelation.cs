using Abscopal.Numerics.LinearAlgebra;
using Abscopal.Numerics.Statistics;

namespace Abscopal.Numerics.Sensitivity;

/// <summary>Partial rank correlation coefficients (PRCC) between each input and the output, with t-test p-values.</summary>
/// <remarks>
/// Blower &amp; Dowlatabadi (1994), doi:10.2307/1403510; Marino, Hogue, Ray &amp; Kirschner (2008), "A methodology for performing global
/// uncertainty and sensitivity analysis in systems biology", J. Theor. Biol. 254:178–196, doi:10.1016/j.jtbi.2008.04.011. Values are
/// rank-transformed (mid-ranks for ties); with P the inverse of the correlation matrix of (ranked inputs, ranked output),
/// PRCC_i = −P_iy/√(P_ii·P_yy), the correlation of the residuals of x_i and y after linear regression on the other inputs;
/// t = r·√((n − 2 − (k − 1))/(1 − r²)) has n − 2 − (k − 1) degrees of freedom under no association.
/// </remarks>
public static class PartialRankCorrelation
{
    /// <summary>PRCC of each of the <paramref name="inputs"/> columns of the row-major n×k <paramref name="samples"/> with <paramref name="outputs"/> (n values).</summary>
    public static PrccResult Compute(ReadOnlySpan<double> samples, ReadOnlySpan<double> outputs, int inputs)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        int k = inputs;
        int n = outputs.Length;
        if (samples.Length != n * k)
        {
            throw new ArgumentException($"With {n} outputs, samples must hold {n}×{k} values.", nameof(samples));
        }

        int degreesOfFreedom = n - 2 - (k - 1);
        if (degreesOfFreedom < 1)
        {
            throw new ArgumentException($"PRCC with {k} inputs needs more than {k + 1} samples; got {n}.", nameof(outputs));
        }

        int m = k + 1;
        var ranks = new double[m][];
        var column = new double[n];
        for (int c = 0; c < m; c++)
        {
            for (int i = 0; i < n; i++)
            {
                column[i] = c < k ? samples[(i * k) + c] : outputs[i];
            }

            ranks[c] = MidRanks(column);
        }

        // Correlation matrix of the ranks.
        var correlation = new double[m * m];
        for (int a = 0; a < m; a++)
        {
            for (int b = 0; b <= a; b++)
            {
                double r = Pearson(ranks[a], ranks[b]);
                correlation[(a * m) + b] = r;
                correlation[(b * m) + a] = r;
            }
        }

        var pivots = new int[m];
        if (!DenseLu.Factor(correlation, m, pivots))
        {
            throw new ArgumentException("The ranked inputs and output are collinear (a constant column?); PRCC is undefined.", nameof(samples));
        }

        var inverse = new double[m * m];
        var unit = new double[m];
        for (int c = 0; c < m; c++)
        {
            Array.Clear(unit);
            unit[c] = 1;
            DenseLu.Solve(correlation, m, pivots, unit);
            for (int r = 0; r < m; r++)
            {
                inverse[(r * m) + c] = unit[r];
            }
        }

        var coefficients = new double[k];
        var pValues = new double[k];
        for (int i = 0; i < k; i++)
        {
            double r = -inverse[(i * m) + k] / Math.Sqrt(inverse[(i * m) + i] * inverse[(k * m) + k]);
            coefficients[i] = r;
            double t = r * Math.Sqrt(degreesOfFreedom / Math.Max(1e-300, 1 - (r * r)));
            pValues[i] = TestDistributions.StudentTTwoSided(t, degreesOfFreedom);
        }

        return new PrccResult(coefficients, pValues, n);
    }

    private static double[] MidRanks(double[] values)
    {
        int n = values.Length;
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        var keys = (double[])values.Clone();
        Array.Sort(keys, order);
        var ranks = new double[n];
        int start = 0;
        while (start < n)
        {
            int end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            double rank = 0.5 * (start + end + 1);
            for (int i = start; i < end; i++)
            {
                ranks[order[i]] = rank;
            }

            start = end;
        }

        return ranks;
    }

    private static double Pearson(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average();
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            double da = a[i] - ma, db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }

        return sab / Math.Sqrt(saa * sbb);
    }
}
