namespace Abscopal.Numerics.Statistics;

/// <summary>
/// Fisher's exact test of a 2 × 2 table [[a, b], [c, d]] (rows: groups; columns: e.g. responders, non-responders), conditional
/// on the margins: the count a is hypergeometric under independence (Fisher 1935; Agresti, <i>Categorical Data Analysis</i>,
/// 2nd ed., §3.5.1). The two-sided p-value sums the tables no more probable than the observed one, as R's <c>fisher.test</c>.
/// </summary>
public static class FisherExactTest
{
    // R's fisher.test counts tables whose probability is within a relative 1e-7 of the observed one as "as extreme".
    private const double RelativeTolerance = 1 + 1e-7;

    /// <summary>Tests independence in the table [[<paramref name="a"/>, <paramref name="b"/>], [<paramref name="c"/>, <paramref name="d"/>]] (counts ≥ 0).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative count.</exception>
    public static FisherExactResult Test(long a, long b, long c, long d)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(a);
        ArgumentOutOfRangeException.ThrowIfNegative(b);
        ArgumentOutOfRangeException.ThrowIfNegative(c);
        ArgumentOutOfRangeException.ThrowIfNegative(d);
        long row1 = a + b, row2 = c + d, column1 = a + c;
        long low = Math.Max(0, column1 - row2), high = Math.Min(row1, column1);
        var oddsRatio = (double)a * d / ((double)b * c);
        if (low == high)
        {
            // One table fits the margins: nothing can be more extreme.
            return new FisherExactResult(1, 1, 1, double.IsNaN(oddsRatio) ? double.NaN : oddsRatio);
        }

        // Hypergeometric log-probabilities up to a constant: ln C(row1, x) + ln C(row2, column1 − x).
        var count = (int)(high - low + 1);
        var logDensity = new double[count];
        var max = double.NegativeInfinity;
        for (var k = 0; k < count; k++)
        {
            var x = low + k;
            logDensity[k] = LogChoose(row1, x) + LogChoose(row2, column1 - x);
            max = Math.Max(max, logDensity[k]);
        }

        var total = 0.0;
        for (var k = 0; k < count; k++)
        {
            total += Math.Exp(logDensity[k] - max);
        }

        var observed = (int)(a - low);
        var pObserved = Math.Exp(logDensity[observed] - max) / total;
        double twoSided = 0, less = 0, greater = 0;
        for (var k = 0; k < count; k++)
        {
            var p = Math.Exp(logDensity[k] - max) / total;
            if (p <= pObserved * RelativeTolerance)
            {
                twoSided += p;
            }

            if (k <= observed)
            {
                less += p;
            }

            if (k >= observed)
            {
                greater += p;
            }
        }

        return new FisherExactResult(Math.Min(1, twoSided), Math.Min(1, less), Math.Min(1, greater), oddsRatio);
    }

    private static double LogChoose(long n, long k) =>
        k == 0 || k == n ? 0 : SpecialFunctions.LogGamma(n + 1.0) - SpecialFunctions.LogGamma(k + 1.0) - SpecialFunctions.LogGamma(n - k + 1.0);
}
