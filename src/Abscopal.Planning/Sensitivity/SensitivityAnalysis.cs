using System.Collections.Immutable;
using System.Globalization;
using Abscopal.Numerics.Random;
using Abscopal.Numerics.Sampling;
using Abscopal.Numerics.Sensitivity;
using Abscopal.Numerics.Statistics;
using Abscopal.Simulation;

namespace Abscopal.Planning.Sensitivity;

/// <summary>Runs a global sensitivity study: designs the runs, simulates them on all cores and computes the method's indices.</summary>
/// <remarks>
/// Runs are placed by run index and each run is a pure function of its factor values, so results are bit-identical for any
/// number of threads. Every run keeps the base request's structure (patient, lesions, number of treatment events), so the
/// simulator compiles the model once and reuses it. The designs and estimators are those of
/// <see cref="MorrisScreening"/>, <see cref="SobolSensitivity"/> and <see cref="PartialRankCorrelation"/>.
/// </remarks>
public static class SensitivityAnalysis
{
    /// <summary>Runs the study.</summary>
    /// <exception cref="ArgumentException">A factor does not fit the request, or the outcome is not defined for it (checked on the base run).</exception>
    /// <exception cref="SensitivityRunException">A run failed (e.g. the solver failed for some factor values); it names the run and its values.</exception>
    public static SensitivityResult Run(SensitivityStudy study, SensitivityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(study);
        options ??= new SensitivityOptions();
        var factors = study.Factors;
        if (factors.IsDefaultOrEmpty)
        {
            throw new ArgumentException("a sensitivity study needs at least one factor.", nameof(study));
        }

        FactorApplication.Check(study.Request, factors);
        double baseline = study.Outcome.Evaluate(Simulator.Run(study.Request));
        int k = factors.Length;
        double[] unit = Design(options, k);
        double[] values = FactorApplication.Values(factors, unit);
        double[] outcomes = Evaluate(study, values, options.Threads);
        var (indices, variance) = Analyze(options, k, unit, outcomes, factors);
        return new SensitivityResult(study, options, baseline, unit, values, outcomes, indices, variance);
    }

    /// <summary>The design of the options' method for <paramref name="factors"/> factors in unit coordinates, row-major.</summary>
    internal static double[] Design(SensitivityOptions options, int factors)
    {
        switch (options.Method)
        {
            case SensitivityMethod.Morris:
                var random = new RandomStream(options.Seed, 0, 0x4D0E);
                return MorrisScreening.Design(factors, options.Samples, options.MorrisLevels, ref random);
            case SensitivityMethod.Sobol:
                return SobolSensitivity.Design(factors, options.Samples);
            default:
                var lhs = new double[options.Samples * factors];
                var stream = new RandomStream(options.Seed, 0, 0x1A5);
                LatinHypercube.Sample(ref stream, factors, lhs);
                return lhs;
        }
    }

    /// <summary>One-at-a-time swings: the outcome with each factor at the low and at the high end of its range and every other input at the scenario's value (2k runs), for a tornado plot.</summary>
    /// <exception cref="ArgumentException">A factor does not fit the request.</exception>
    /// <exception cref="SensitivityRunException">A run failed.</exception>
    public static ImmutableArray<FactorSwing> Swings(SensitivityStudy study, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        var factors = study.Factors;
        FactorApplication.Check(study.Request, factors);
        double[] outcomes = Evaluate(
            study,
            2 * factors.Length,
            threads,
            run => FactorApplication.Apply(study.Request, [factors[run / 2]], [run % 2 == 0 ? factors[run / 2].Low : factors[run / 2].High]),
            run => string.Create(CultureInfo.InvariantCulture, $"{factors[run / 2].Name} = {(run % 2 == 0 ? factors[run / 2].Low : factors[run / 2].High):G6}, others at the scenario's values"));
        return [.. factors.Select((f, j) => new FactorSwing(f.Name, outcomes[2 * j], outcomes[(2 * j) + 1]))];
    }

    /// <summary>Simulates every row of <paramref name="values"/> (row-major factor values) on <paramref name="threads"/> threads (0 = all) and returns the outcomes by row.</summary>
    internal static double[] Evaluate(SensitivityStudy study, double[] values, int threads)
    {
        var factors = study.Factors;
        int k = factors.Length;
        return Evaluate(
            study,
            values.Length / k,
            threads,
            row => FactorApplication.Apply(study.Request, factors, values.AsSpan(row * k, k)),
            row => string.Join(", ", factors.Select((f, j) => string.Create(CultureInfo.InvariantCulture, $"{f.Name} = {values[(row * k) + j]:G6}"))));
    }

    private static double[] Evaluate(SensitivityStudy study, int rows, int threads, Func<int, SimulationRequest> request, Func<int, string> describe)
    {
        var outcomes = new double[rows];
        var failures = new Exception?[rows];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount };
        Parallel.For(0, rows, parallel, row =>
        {
            try
            {
                outcomes[row] = study.Outcome.Evaluate(Simulator.Run(request(row)));
                if (!double.IsFinite(outcomes[row]))
                {
                    throw new ArithmeticException($"the outcome {study.Outcome.Name} is {outcomes[row]}.");
                }
            }
#pragma warning disable CA1031 // Any failure of a run is reported, with its factor values, as the study's failure below.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures[row] = e;
            }
        });

        // The first failing run by index, whatever the thread that met it, so the message does not depend on scheduling.
        for (int row = 0; row < rows; row++)
        {
            if (failures[row] is { } failure)
            {
                throw new SensitivityRunException(row, $"run {row} ({describe(row)}) failed: {failure.Message}", failure);
            }
        }

        return outcomes;
    }

    private static (ImmutableArray<FactorSensitivity> Indices, double Variance) Analyze(SensitivityOptions options, int k, double[] unit, double[] outcomes, ImmutableArray<SensitivityFactor> factors)
    {
        var rows = ImmutableArray.CreateBuilder<FactorSensitivity>(k);
        switch (options.Method)
        {
            case SensitivityMethod.Morris:
                var morris = MorrisScreening.Analyze(unit, outcomes, k);
                for (int i = 0; i < k; i++)
                {
                    rows.Add(new FactorSensitivity(factors[i].Name) { MuStar = morris.MeanAbsolute[i], Mu = morris.Mean[i], Sigma = morris.StandardDeviation[i] });
                }

                return (rows.MoveToImmutable(), Variance(outcomes));
            case SensitivityMethod.Sobol:
                var sobol = SobolSensitivity.Analyze(outcomes, k, options.BootstrapResamples, options.Level, options.Seed);
                for (int i = 0; i < k; i++)
                {
                    rows.Add(new FactorSensitivity(factors[i].Name)
                    {
                        FirstOrder = sobol.FirstOrder[i],
                        FirstOrderLow = sobol.FirstOrderLower[i],
                        FirstOrderHigh = sobol.FirstOrderUpper[i],
                        Total = sobol.Total[i],
                        TotalLow = sobol.TotalLower[i],
                        TotalHigh = sobol.TotalUpper[i],
                    });
                }

                return (rows.MoveToImmutable(), sobol.Variance);
            default:
                var prcc = PartialRankCorrelation.Compute(unit, outcomes, k);

                // Fisher's z for a partial correlation given k − 1 other inputs: atanh(r) has standard error 1/√(n − 3 − (k − 1))
                // (Fisher 1924, Metron 3:329; e.g. Marino et al. 2008, J Theor Biol 254:178, §3.2).
                double se = 1 / Math.Sqrt(Math.Max(1, outcomes.Length - 3 - (k - 1)));
                double z = Normal.Quantile(0.5 + (0.5 * options.Level));
                for (int i = 0; i < k; i++)
                {
                    double r = prcc.Coefficients[i];
                    double centre = Math.Atanh(Math.Clamp(r, -1 + 1e-15, 1 - 1e-15));
                    rows.Add(new FactorSensitivity(factors[i].Name)
                    {
                        Prcc = r,
                        PValue = prcc.PValues[i],
                        PrccLow = Math.Tanh(centre - (z * se)),
                        PrccHigh = Math.Tanh(centre + (z * se)),
                    });
                }

                return (rows.MoveToImmutable(), Variance(outcomes));
        }
    }

    private static double Variance(double[] values)
    {
        double mean = values.Average();
        double sum = 0;
        foreach (double v in values)
        {
            sum += (v - mean) * (v - mean);
        }

        return values.Length > 1 ? sum / (values.Length - 1) : 0;
    }
}
