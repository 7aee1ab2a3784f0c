using Abscopal.Numerics.LinearAlgebra;

namespace Abscopal.Numerics.Statistics;

/// <summary>Cox proportional-hazards regression by Newton–Raphson on the partial likelihood, with Efron's handling of tied event times.</summary>
/// <remarks>
/// Cox (1972), doi:10.1111/j.2517-6161.1972.tb00899.x; Efron (1977), doi:10.1080/01621459.1977.10480613; Therneau &amp; Grambsch,
/// <i>Modeling Survival Data</i> (2000), §3.3 (the algorithm of R's coxph: centred covariates, step halving when the likelihood falls,
/// stop when the relative change of the log-likelihood is below 1e-9).
/// </remarks>
public static class CoxProportionalHazards
{
    private const int MaxIterations = 50;

    /// <summary>Fits individual records: <paramref name="covariates"/> is row-major n×p (one row per subject).</summary>
    public static CoxModel Fit(ReadOnlySpan<double> times, ReadOnlySpan<bool> events, ReadOnlySpan<double> covariates, int covariateCount, double level = 0.95)
    {
        int n = times.Length;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(covariateCount);
        if (events.Length != n || covariates.Length != n * covariateCount)
        {
            throw new ArgumentException($"With {n} times, give {n} event flags and {n}×{covariateCount} covariates.", nameof(covariates));
        }

        var weights = new double[n];
        Array.Fill(weights, 1.0);
        return FitCore(times.ToArray(), events.ToArray(), weights, covariates.ToArray(), covariateCount, level);
    }

    /// <summary>
    /// Fits the two-group model with covariate 0 for <paramref name="reference"/> and 1 for <paramref name="comparison"/> from their
    /// survival tables, so that the hazard ratio of a million-patient arm needs only its summary; equal to <see cref="Fit"/> on the records.
    /// </summary>
    public static CoxModel FitTwoGroups(SurvivalTable reference, SurvivalTable comparison, double level = 0.95)
    {
        var times = new List<double>();
        var events = new List<bool>();
        var weights = new List<double>();
        var x = new List<double>();
        void AddTable(SurvivalTable table, double covariate)
        {
            for (int i = 0; i < table.Times.Length; i++)
            {
                if (table.Events[i] > 0)
                {
                    times.Add(table.Times[i]);
                    events.Add(true);
                    weights.Add(table.Events[i]);
                    x.Add(covariate);
                }

                if (table.Censored[i] > 0)
                {
                    times.Add(table.Times[i]);
                    events.Add(false);
                    weights.Add(table.Censored[i]);
                    x.Add(covariate);
                }
            }
        }

        AddTable(reference, 0);
        AddTable(comparison, 1);
        return FitCore([.. times], [.. events], [.. weights], [.. x], 1, level);
    }

    private static CoxModel FitCore(double[] times, bool[] events, double[] counts, double[] x, int p, double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must be in (0, 1).");
        }

        int n = times.Length;
        foreach (double t in times)
        {
            if (!double.IsFinite(t))
            {
                throw new ArgumentException("Survival times must be finite.", nameof(times));
            }
        }

        // Sort by time; centre the covariates (the partial likelihood is invariant to a shift, and exp(xβ) stays well scaled).
        int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(times.ToArray(), order);
        var sortedTimes = new double[n];
        var sortedEvents = new bool[n];
        var sortedCounts = new double[n];
        var centred = new double[n * p];
        var means = new double[p];
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += counts[i];
            for (int j = 0; j < p; j++)
            {
                means[j] += counts[i] * x[(i * p) + j];
            }
        }

        for (int j = 0; j < p; j++)
        {
            means[j] /= total;
        }

        bool anyEvent = false;
        for (int r = 0; r < n; r++)
        {
            int i = order[r];
            sortedTimes[r] = times[i];
            sortedEvents[r] = events[i];
            sortedCounts[r] = counts[i];
            anyEvent |= events[i] && counts[i] > 0;
            for (int j = 0; j < p; j++)
            {
                centred[(r * p) + j] = x[(i * p) + j] - means[j];
            }
        }

        if (!anyEvent)
        {
            throw new ArgumentException("The Cox model needs at least one event.", nameof(events));
        }

        var data = new Data(sortedTimes, sortedEvents, sortedCounts, centred, p);
        var beta = new double[p];
        var gradient = new double[p];
        var information = new double[p * p];
        double nullLogLikelihood = data.Evaluate(beta, gradient, information);
        double logLikelihood = nullLogLikelihood;
        var step = new double[p];
        var trial = new double[p];
        var pivots = new int[p];
        var factored = new double[p * p];
        int iteration = 0;
        for (; iteration < MaxIterations; iteration++)
        {
            Array.Copy(information, factored, p * p);
            Array.Copy(gradient, step, p);
            if (!DenseLu.Factor(factored, p, pivots))
            {
                throw new ArithmeticException("The Cox information matrix is singular: a covariate is constant or collinear, or the likelihood is monotone (separation).");
            }

            DenseLu.Solve(factored, p, pivots, step);
            double candidate = double.NaN;
            for (int halving = 0; halving < 30; halving++)
            {
                for (int j = 0; j < p; j++)
                {
                    trial[j] = beta[j] + step[j];
                }

                candidate = data.Evaluate(trial, null, null);
                if (candidate >= logLikelihood - (1e-12 * Math.Abs(logLikelihood)))
                {
                    break;
                }

                for (int j = 0; j < p; j++)
                {
                    step[j] *= 0.5;
                }
            }

            Array.Copy(trial, beta, p);
            double previous = logLikelihood;
            logLikelihood = data.Evaluate(beta, gradient, information);
            if (Math.Abs(logLikelihood - previous) <= 1e-13 * Math.Abs(previous))
            {
                iteration++;
                break;
            }
        }

        // Covariance = I⁻¹, column by column.
        Array.Copy(information, factored, p * p);
        if (!DenseLu.Factor(factored, p, pivots))
        {
            throw new ArithmeticException("The Cox information matrix is singular at the estimate.");
        }

        var covariance = new double[p * p];
        var column = new double[p];
        for (int c = 0; c < p; c++)
        {
            Array.Clear(column);
            column[c] = 1;
            DenseLu.Solve(factored, p, pivots, column);
            for (int r = 0; r < p; r++)
            {
                covariance[(r * p) + c] = column[r];
            }
        }

        return new CoxModel(beta, covariance, logLikelihood, nullLogLikelihood, iteration, level);
    }

    /// <summary>Records sorted by time with centred covariates; evaluates ℓ(β), its gradient and the information matrix.</summary>
    private sealed class Data(double[] times, bool[] events, double[] counts, double[] x, int p)
    {
        private readonly double[] _s1 = new double[p];
        private readonly double[] _s2 = new double[p * p];
        private readonly double[] _e1 = new double[p];
        private readonly double[] _e2 = new double[p * p];

        public double Evaluate(double[] beta, double[]? gradient, double[]? information)
        {
            if (gradient is not null)
            {
                Array.Clear(gradient);
            }

            if (information is not null)
            {
                Array.Clear(information);
            }

            Array.Clear(_s1);
            Array.Clear(_s2);
            double s0 = 0, logLikelihood = 0;
            int end = times.Length;

            // Walk distinct times from the latest down, growing the risk set.
            while (end > 0)
            {
                double t = times[end - 1];
                int start = end - 1;
                while (start > 0 && times[start - 1] == t)
                {
                    start--;
                }

                double e0 = 0, deaths = 0;
                Array.Clear(_e1);
                Array.Clear(_e2);
                for (int i = start; i < end; i++)
                {
                    double eta = 0;
                    for (int j = 0; j < p; j++)
                    {
                        eta += beta[j] * x[(i * p) + j];
                    }

                    double w = counts[i] * Math.Exp(eta);
                    s0 += w;
                    Accumulate(_s1, _s2, x, i, w);
                    if (events[i])
                    {
                        e0 += w;
                        deaths += counts[i];
                        logLikelihood += counts[i] * eta;
                        Accumulate(_e1, _e2, x, i, w);
                        if (gradient is not null)
                        {
                            for (int j = 0; j < p; j++)
                            {
                                gradient[j] += counts[i] * x[(i * p) + j];
                            }
                        }
                    }
                }

                // Efron: the l-th of d tied deaths sees the risk set minus the fraction l/d of the tied deaths.
                long d = (long)Math.Round(deaths);
                for (long l = 0; l < d; l++)
                {
                    double f = (double)l / d;
                    double a0 = s0 - (f * e0);
                    logLikelihood -= Math.Log(a0);
                    if (gradient is null)
                    {
                        continue;
                    }

                    for (int j = 0; j < p; j++)
                    {
                        double a1j = _s1[j] - (f * _e1[j]);
                        gradient[j] -= a1j / a0;
                        if (information is not null)
                        {
                            for (int k = 0; k < p; k++)
                            {
                                double a1k = _s1[k] - (f * _e1[k]);
                                double a2 = _s2[(j * p) + k] - (f * _e2[(j * p) + k]);
                                information[(j * p) + k] += (a2 / a0) - (a1j * a1k / (a0 * a0));
                            }
                        }
                    }
                }

                end = start;
            }

            return logLikelihood;
        }

        private void Accumulate(double[] first, double[] second, double[] values, int row, double w)
        {
            for (int j = 0; j < p; j++)
            {
                double xj = values[(row * p) + j];
                first[j] += w * xj;
                for (int k = 0; k < p; k++)
                {
                    second[(j * p) + k] += w * xj * values[(row * p) + k];
                }
            }
        }
    }
}
