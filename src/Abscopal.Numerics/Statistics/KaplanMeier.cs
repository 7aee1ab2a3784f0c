namespace Abscopal.Numerics.Statistics;

/// <summary>The Kaplan–Meier product-limit estimator of a survival function.</summary>
/// <remarks>
/// Kaplan &amp; Meier (1958), doi:10.1080/01621459.1958.10501452; Greenwood's variance Var S = S² Σ d/(n(n − d)); log-log limits
/// exp(−exp(ln(−ln S) ± z·σ/|ln S|)) with σ² = Σ d/(n(n − d)) (Kalbfleisch &amp; Prentice, 2nd ed., §1.4; R survfit conf.type = "log-log").
/// </remarks>
public static class KaplanMeier
{
    /// <summary>Estimates the survival curve of <paramref name="table"/> with limits at <paramref name="level"/> (default 0.95).</summary>
    public static KaplanMeierCurve Estimate(SurvivalTable table, double level = 0.95)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must be in (0, 1).");
        }

        long[] atRiskAll = table.AtRisk();
        ReadOnlySpan<long> eventsAll = table.Events;
        int count = 0;
        foreach (long d in eventsAll)
        {
            count += d > 0 ? 1 : 0;
        }

        var times = new double[count];
        var atRisk = new long[count];
        var events = new long[count];
        var survival = new double[count];
        var standardError = new double[count];
        var lower = new double[count];
        var upper = new double[count];
        double z = Normal.Quantile(0.5 + (0.5 * level));
        double s = 1, greenwood = 0;
        int j = 0;
        for (int i = 0; i < eventsAll.Length; i++)
        {
            long d = eventsAll[i];
            if (d == 0)
            {
                continue;
            }

            long n = atRiskAll[i];
            s *= 1.0 - ((double)d / n);
            greenwood += n > d ? (double)d / ((double)n * (n - d)) : double.PositiveInfinity;
            times[j] = table.Times[i];
            atRisk[j] = n;
            events[j] = d;
            survival[j] = s;
            standardError[j] = s > 0 ? s * Math.Sqrt(greenwood) : double.NaN;
            if (s > 0 && s < 1)
            {
                double logS = Math.Log(s);
                double theta = Math.Log(-logS);
                double half = z * Math.Sqrt(greenwood) / Math.Abs(logS);
                lower[j] = Math.Exp(-Math.Exp(theta + half));
                upper[j] = Math.Exp(-Math.Exp(theta - half));
            }
            else
            {
                lower[j] = upper[j] = double.NaN;
            }

            j++;
        }

        return new KaplanMeierCurve(times, atRisk, events, survival, standardError, lower, upper, level);
    }
}
