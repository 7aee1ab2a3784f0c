using Abscopal.Numerics.Random;
using Abscopal.Numerics.Statistics;
using Abscopal.Simulation;
using Abscopal.Simulation.Ensembles;
using Abscopal.Trials.Designs;

namespace Abscopal.Trials.Populations;

/// <summary>
/// Selection of a virtual population to an observed response rate by the method of Allen, Rieger &amp; Musante 2016 (CPT
/// Pharmacometrics Syst Pharmacol 5:140): plausible patients are simulated under the reference treatment, and each is
/// accepted with probability proportional to (target density / plausible density) of its observable, scaled so the
/// largest ratio is 1. For a binary observable (confirmed response) the densities are the response shares, so responders
/// are accepted with c·t/r and non-responders with c·(1 − t)/(1 − r). Model parameters are not changed.
/// </summary>
public static class PopulationCalibration
{
    /// <summary>Simulates a plausible pool of <paramref name="poolSize"/> patients under <paramref name="treatment"/> and selects it towards <paramref name="targetOrr"/>.</summary>
    /// <param name="population">The plausible population (priors).</param>
    /// <param name="treatment">The reference treatment (e.g. pembrolizumab monotherapy).</param>
    /// <param name="assessment">Assessment schedule.</param>
    /// <param name="targetOrr">Observed objective response rate to match, in [0, 1].</param>
    /// <param name="poolSize">Plausible patients to simulate; ≥ 1.</param>
    /// <param name="options">Seed and threads of the pool.</param>
    public static CalibrationResult Calibrate(VirtualPopulation population, ArmTreatment treatment, AssessmentSchedule assessment, double targetOrr, long poolSize, EnsembleOptions options)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(treatment);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(options);
        if (!(targetOrr >= 0 && targetOrr <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(targetOrr), targetOrr, "The target ORR must be in [0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(poolSize, 1);
        var design = new TrialDesign("calibration", population.Spec, [new TrialArm("reference", treatment)], poolSize, assessment, options.Seed);
        var days = assessment.Days();
        var sim = new SimulationOptions { Days = assessment.UntilDay, OutputEveryDays = Math.Min(design.OutputEveryDays, assessment.UntilDay) };

        // Pass 1: the plausible pool's response (exact counts, so thread-independent).
        var pool = Ensemble.Run(poolSize, options, () => 0, () => new Pool(poolSize), (long i, ref RandomStream r, int _, Pool p) =>
        {
            var patient = population.Sample(ref r, i);
            var record = VirtualTrial.SimulatePatient(patient, design.Arms[0], design, days, sim);
            p.Filled[i] = true;
            p.Responder[i] = record is null ? (sbyte)-1 : record.Outcome.IsObjectiveResponse ? (sbyte)1 : (sbyte)0;
            p.Tils[i] = patient.Patient.Biomarkers.TilsPercent ?? double.NaN;
        });

        long responders = 0, evaluable = 0;
        for (var i = 0; i < poolSize; i++)
        {
            if (pool.Responder[i] >= 0)
            {
                evaluable++;
                responders += pool.Responder[i];
            }
        }

        var r = evaluable == 0 ? 0 : (double)responders / evaluable;
        double acceptResponder = 0, acceptNon = 0;
        if (r > 0 && r < 1)
        {
            var up = targetOrr / r;
            var down = (1 - targetOrr) / (1 - r);
            var c = 1 / Math.Max(up, down);
            (acceptResponder, acceptNon) = (c * up, c * down);
        }
        else if (r == 0)
        {
            (acceptResponder, acceptNon) = (0, 1);
        }
        else
        {
            (acceptResponder, acceptNon) = (1, 0);
        }

        // Pass 2: accept each patient with its own selection substream (stream (seed, i), substream 1).
        var selected = new ProportionAccumulator();
        var poolTils = new List<double>();
        var selectedTils = new List<double>();
        for (var i = 0; i < poolSize; i++)
        {
            if (pool.Responder[i] < 0)
            {
                continue;
            }

            poolTils.Add(pool.Tils[i]);
            var u = new RandomStream(options.Seed, (ulong)i, 1).NextDouble();
            var accept = u < (pool.Responder[i] == 1 ? acceptResponder : acceptNon);
            if (accept)
            {
                selected.Add(pool.Responder[i] == 1);
                selectedTils.Add(pool.Tils[i]);
            }
        }

        return new CalibrationResult(
            targetOrr,
            BinomialProportion.Wilson(responders, evaluable),
            selected.Wilson(),
            acceptResponder,
            acceptNon,
            Median(poolTils),
            Median(selectedTils),
            poolSize - evaluable);
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : 0.5 * (values[(n / 2) - 1] + values[n / 2]);
    }

    private sealed class Pool(long size) : IMergeable<Pool>
    {
        public bool[] Filled { get; } = new bool[size];

        public sbyte[] Responder { get; } = new sbyte[size];

        public double[] Tils { get; } = new double[size];

        // Each patient writes only its own slot; merging copies the slots another worker filled.
        public void Merge(Pool other)
        {
            for (var i = 0; i < Responder.Length; i++)
            {
                if (other.Filled[i])
                {
                    Filled[i] = true;
                    Responder[i] = other.Responder[i];
                    Tils[i] = other.Tils[i];
                }
            }
        }
    }
}
