using Abscopal.Numerics.LinearAlgebra;

namespace Abscopal.Numerics.Statistics;

/// <summary>The log-rank (Mantel–Haenszel) test that K survival curves are equal, with ties handled by the hypergeometric variance.</summary>
/// <remarks>
/// Mantel (1966), Peto &amp; Peto (1972); at each distinct event time with n at risk and d events, E_k += d·n_k/n and
/// V_kl += d(n − d)/(n − 1)·(n_k/n)(δ_kl − n_l/n) (Klein &amp; Moeschberger, <i>Survival Analysis</i>, 2nd ed., §7.3), as R's survdiff with rho = 0.
/// </remarks>
public static class LogRankTest
{
    /// <summary>Compares two or more groups given as survival tables.</summary>
    public static LogRankResult Compare(params SurvivalTable[] groups)
    {
        int k = groups.Length;
        if (k < 2)
        {
            throw new ArgumentException("The log-rank test needs at least two groups.", nameof(groups));
        }

        // Merge the distinct times of all groups.
        var allTimes = new SortedSet<double>();
        foreach (var g in groups)
        {
            foreach (double t in g.Times)
            {
                allTimes.Add(t);
            }
        }

        var atRisk = new long[k];
        var position = new int[k];
        var risk = new long[k][];
        for (int g = 0; g < k; g++)
        {
            risk[g] = groups[g].AtRisk();
        }

        var observed = new double[k];
        var expected = new double[k];
        int m = k - 1;
        var variance = new double[m * m];
        var dk = new long[k];
        foreach (double t in allTimes)
        {
            long n = 0, d = 0;
            for (int g = 0; g < k; g++)
            {
                var times = groups[g].Times;
                int p = position[g];
                if (p < times.Length && times[p] == t)
                {
                    atRisk[g] = risk[g][p];
                    dk[g] = groups[g].Events[p];
                    position[g] = p + 1;
                }
                else
                {
                    atRisk[g] = p < times.Length ? risk[g][p] : 0;
                    dk[g] = 0;
                }

                n += atRisk[g];
                d += dk[g];
            }

            if (d == 0)
            {
                continue;
            }

            double factor = n > 1 ? (double)d * (n - d) / (n - 1) : 0;
            for (int g = 0; g < k; g++)
            {
                observed[g] += dk[g];
                double share = (double)atRisk[g] / n;
                expected[g] += d * share;
                if (g < m)
                {
                    for (int h = 0; h < m; h++)
                    {
                        double other = (double)atRisk[h] / n;
                        variance[(g * m) + h] += factor * share * ((g == h ? 1 : 0) - other);
                    }
                }
            }
        }

        var difference = new double[m];
        for (int g = 0; g < m; g++)
        {
            difference[g] = observed[g] - expected[g];
        }

        var solution = (double[])difference.Clone();
        var pivots = new int[m];
        if (!DenseLu.Factor(variance, m, pivots))
        {
            throw new ArgumentException("The log-rank variance matrix is singular (a group with no subjects at risk at any event time?).", nameof(groups));
        }

        DenseLu.Solve(variance, m, pivots, solution);
        double chiSquare = 0;
        for (int g = 0; g < m; g++)
        {
            chiSquare += difference[g] * solution[g];
        }

        return new LogRankResult(chiSquare, m, observed, expected);
    }
}
