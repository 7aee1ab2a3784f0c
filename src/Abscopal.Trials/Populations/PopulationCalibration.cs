using System.Collections.Immutable;
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
/// are accepted with c·t/r and non-responders with c·(1 − t)/(1 − r). Model parameters are not changed. <see cref="FitLogShift"/>
/// and <see cref="FitImmuneScale"/> calibrate a population hyperparameter instead, by maximum binomial likelihood (docs/trials.md).
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
        var pool = SimulatePool(population, treatment, assessment, poolSize, options);
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

    /// <summary>Simulates <paramref name="poolSize"/> patients of <paramref name="population"/> under <paramref name="treatment"/> and reports their confirmed ORR, overall and below/above the pool's median TILs.</summary>
    public static PoolResponse Respond(VirtualPopulation population, ArmTreatment treatment, AssessmentSchedule assessment, long poolSize, EnsembleOptions options)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(treatment);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(poolSize, 1);
        var pool = SimulatePool(population, treatment, assessment, poolSize, options);
        var tils = new List<double>();
        long responders = 0;
        for (var i = 0; i < poolSize; i++)
        {
            if (pool.Responder[i] >= 0)
            {
                tils.Add(pool.Tils[i]);
                responders += pool.Responder[i];
            }
        }

        var median = Median(tils);
        long below = 0, belowResponders = 0, above = 0, aboveResponders = 0;
        for (var i = 0; i < poolSize; i++)
        {
            if (pool.Responder[i] < 0)
            {
                continue;
            }

            if (pool.Tils[i] < median)
            {
                below++;
                belowResponders += pool.Responder[i];
            }
            else
            {
                above++;
                aboveResponders += pool.Responder[i];
            }
        }

        return new PoolResponse(BinomialProportion.Wilson(responders, tils.Count), median, BinomialProportion.Wilson(belowResponders, below), BinomialProportion.Wilson(aboveResponders, above), poolSize - tils.Count);
    }

    /// <summary>
    /// Fits the log-scale shift s of the median of <paramref name="parameterId"/> (a varied parameter of <paramref name="population"/>)
    /// to <paramref name="observed"/> by maximum binomial likelihood: every s simulates the same <paramref name="poolSize"/> virtual
    /// patients (common random numbers: stream (seed, i) for patient i) under <paramref name="treatment"/>, see <see cref="FitLogShift"/>.
    /// </summary>
    /// <param name="population">The population whose variability entry of <paramref name="parameterId"/> is shifted (s = 0 is as given).</param>
    /// <param name="parameterId">abscopal-core parameter whose population median is calibrated (e.g. "kE").</param>
    /// <param name="treatment">The treatment of the observed cohort.</param>
    /// <param name="assessment">Assessment schedule of the observed cohort.</param>
    /// <param name="observed">Observed responders and patients.</param>
    /// <param name="poolSize">Virtual patients per evaluation; ≥ 1.</param>
    /// <param name="options">Seed and threads of the pool.</param>
    /// <param name="lowLogShift">Lower end of the search range of s.</param>
    /// <param name="highLogShift">Upper end of the search range of s.</param>
    /// <param name="tolerance">Bisection stops when the bracket of s is this narrow.</param>
    public static LogShiftFit FitImmuneScale(VirtualPopulation population, string parameterId, ArmTreatment treatment, AssessmentSchedule assessment, ObservedResponse observed, long poolSize, EnsembleOptions options, double lowLogShift = -5, double highLogShift = 1, double tolerance = 0.02)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(treatment);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(options);
        _ = Shifted(population, parameterId, 0);
        return FitLogShift(s => Respond(Shifted(population, parameterId, s), treatment, assessment, poolSize, options).Orr, observed, lowLogShift, highLogShift, tolerance);
    }

    /// <summary>
    /// Simulates <paramref name="poolSize"/> animals of <paramref name="population"/> under <paramref name="treatment"/> and reports the
    /// share that meets the preclinical <paramref name="responder"/> rule (e.g. tumour-free: every tumour ≤ 10 mm³ on day 40), Wilson 95%
    /// over the animals whose simulation succeeded.
    /// </summary>
    public static ProportionEstimate Responders(VirtualPopulation population, ArmTreatment treatment, AssessmentSchedule assessment, ResponderRule responder, long poolSize, EnsembleOptions options)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(treatment);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(responder);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(poolSize, 1);
        var pool = SimulatePool(population, treatment, assessment, poolSize, options, responder);
        long responders = 0, evaluable = 0;
        for (var i = 0; i < poolSize; i++)
        {
            if (pool.Responder[i] >= 0)
            {
                evaluable++;
                responders += pool.Responder[i];
            }
        }

        return BinomialProportion.Wilson(responders, evaluable);
    }

    /// <summary>
    /// Fits the log-scale shift s of the median of <paramref name="parameterId"/> to an observed count of preclinical responders (e.g.
    /// tumour-free mice) by maximum binomial likelihood, as <see cref="FitImmuneScale"/> does for the ORR: the same <paramref name="poolSize"/>
    /// animals at every s (common random numbers), see <see cref="FitLogShift"/>.
    /// </summary>
    /// <param name="population">The population whose variability entry of <paramref name="parameterId"/> is shifted (s = 0 is as given).</param>
    /// <param name="parameterId">abscopal-core parameter whose population median is calibrated (e.g. "kp").</param>
    /// <param name="treatment">The treatment of the observed group.</param>
    /// <param name="assessment">Caliper schedule of the observed group.</param>
    /// <param name="responder">What counts as a responder (e.g. every tumour ≤ 10 mm³ on day 40).</param>
    /// <param name="observed">Observed responders and animals.</param>
    /// <param name="poolSize">Virtual animals per evaluation; ≥ 1.</param>
    /// <param name="options">Seed and threads of the pool.</param>
    /// <param name="lowLogShift">Lower end of the search range of s.</param>
    /// <param name="highLogShift">Upper end of the search range of s.</param>
    /// <param name="tolerance">Bisection stops when the bracket of s is this narrow.</param>
    public static LogShiftFit FitResponderScale(VirtualPopulation population, string parameterId, ArmTreatment treatment, AssessmentSchedule assessment, ResponderRule responder, ObservedResponse observed, long poolSize, EnsembleOptions options, double lowLogShift, double highLogShift, double tolerance = 0.02)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(treatment);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(responder);
        ArgumentNullException.ThrowIfNull(options);
        _ = Shifted(population, parameterId, 0);
        return FitLogShift(s => Responders(Shifted(population, parameterId, s), treatment, assessment, responder, poolSize, options), observed, lowLogShift, highLogShift, tolerance);
    }

    /// <summary>The same population with the median of <paramref name="parameterId"/> multiplied by exp(<paramref name="logShift"/>); the patients' random draws are unchanged.</summary>
    /// <exception cref="ArgumentException">The parameter is not varied in the population.</exception>
    public static VirtualPopulation Shifted(VirtualPopulation population, string parameterId, double logShift)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(parameterId);
        if (!population.Variability.Any(v => v.ParameterId == parameterId))
        {
            throw new ArgumentException($"parameter '{parameterId}' is not varied in this population; allowed: {string.Join(", ", population.Variability.Select(v => v.ParameterId))}.", nameof(parameterId));
        }

        var variability = population.Variability.Select(v => v.ParameterId == parameterId ? v with { MedianScale = v.MedianScale * Math.Exp(logShift) } : v);
        return new VirtualPopulation(population.Spec, population.Priors, variability);
    }

    /// <summary>
    /// Maximum binomial likelihood fit of a log-scale shift s to an observed response count. The log-likelihood
    /// k·ln p(s) + (n − k)·ln(1 − p(s)) depends on s only through the model response p(s), so for a monotone p its maximum is
    /// where p(s) = k/n, and the 95% profile-likelihood interval of s is the preimage of the likelihood-ratio interval of p
    /// (2·[ℓ(k/n) − ℓ(p)] ≤ χ²₁(0.95)); each is found by bisection on s, reusing the tightest bracket already evaluated.
    /// </summary>
    /// <param name="responseAt">The model's response at a shift; with common random numbers a step function of s.</param>
    /// <param name="observed">Observed responders and patients.</param>
    /// <param name="lowLogShift">Lower end of the search range of s.</param>
    /// <param name="highLogShift">Upper end of the search range of s.</param>
    /// <param name="tolerance">Bisection stops when the bracket of s is this narrow (&gt; 0).</param>
    /// <exception cref="InvalidOperationException">The observed rate is not between the responses at the two ends of the range.</exception>
    public static LogShiftFit FitLogShift(Func<double, ProportionEstimate> responseAt, ObservedResponse observed, double lowLogShift, double highLogShift, double tolerance = 0.02)
    {
        ArgumentNullException.ThrowIfNull(responseAt);
        ArgumentNullException.ThrowIfNull(observed);
        if (observed.Patients < 1 || observed.Responders < 0 || observed.Responders > observed.Patients)
        {
            throw new ArgumentException($"observed: {observed.Responders} responders of {observed.Patients} patients is impossible.", nameof(observed));
        }

        if (!(lowLogShift < highLogShift) || !double.IsFinite(lowLogShift) || !double.IsFinite(highLogShift))
        {
            throw new ArgumentException($"the search range [{lowLogShift}, {highLogShift}] must be finite and non-empty.", nameof(lowLogShift));
        }

        if (!(tolerance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be > 0.");
        }

        var seen = new SortedDictionary<double, ProportionEstimate>();
        ProportionEstimate At(double s)
        {
            if (!seen.TryGetValue(s, out var e))
            {
                e = responseAt(s);
                seen[s] = e;
            }

            return e;
        }

        var atLow = At(lowLogShift).Value;
        var atHigh = At(highLogShift).Value;
        var increasing = atHigh >= atLow;
        var pHat = observed.Responders / (double)observed.Patients;
        if (pHat < Math.Min(atLow, atHigh) || pHat > Math.Max(atLow, atHigh))
        {
            throw new InvalidOperationException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the observed rate {pHat:0.###} is not reached in [{lowLogShift}, {highLogShift}]: the model responds {atLow:0.###} to {atHigh:0.###}; widen the range."));
        }

        // The smallest s at which the response has reached the target (from below when increasing, from above when decreasing).
        double Solve(double target)
        {
            bool Reached(double p) => increasing ? p >= target : p <= target;
            if (Reached(seen[lowLogShift].Value))
            {
                return target == pHat ? lowLogShift : (increasing ? double.NegativeInfinity : double.PositiveInfinity);
            }

            if (!Reached(seen[highLogShift].Value))
            {
                return increasing ? double.PositiveInfinity : double.NegativeInfinity;
            }

            var a = lowLogShift;
            var b = highLogShift;
            foreach (var (s, e) in seen)
            {
                if (!Reached(e.Value))
                {
                    a = s;
                }
                else if (s > a)
                {
                    b = s;
                    break;
                }
            }

            while (b - a > tolerance)
            {
                var m = 0.5 * (a + b);
                if (Reached(At(m).Value))
                {
                    b = m;
                }
                else
                {
                    a = m;
                }
            }

            return 0.5 * (a + b);
        }

        var fit = Solve(pHat);
        var (pLow, pHigh) = LikelihoodRatioInterval(observed.Responders, observed.Patients);
        var sLow = Solve(pLow);
        var sHigh = Solve(pHigh);
        var (lower, upper) = increasing ? (sLow, sHigh) : (sHigh, sLow);
        var evaluations = seen.Select(kv => new ResponseAtShift(kv.Key, kv.Value)).ToImmutableArray();
        return new LogShiftFit(fit, lower, upper, observed, At(fit), evaluations);
    }

    /// <summary>The 95% likelihood-ratio interval of a binomial proportion k/n: the p with 2·[ℓ(k/n) − ℓ(p)] ≤ χ²₁(0.95).</summary>
    public static (double Lower, double Upper) LikelihoodRatioInterval(int responders, int patients)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(patients, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(responders);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(responders, patients);
        var z = Normal.Quantile(0.975);
        var critical = z * z;
        double k = responders, n = patients, pHat = k / n;
        double LogLik(double p) => (k > 0 ? k * Math.Log(p) : 0) + (n - k > 0 ? (n - k) * Math.Log(1 - p) : 0);
        var top = LogLik(pHat);
        double Deviance(double p) => 2 * (top - LogLik(p));

        // The deviance rises monotonically away from k/n on each side: bisection in p.
        double Bisect(double inside, double outside)
        {
            for (var iteration = 0; iteration < 200 && Math.Abs(outside - inside) > 1e-13; iteration++)
            {
                var m = 0.5 * (inside + outside);
                if (Deviance(m) <= critical)
                {
                    inside = m;
                }
                else
                {
                    outside = m;
                }
            }

            return 0.5 * (inside + outside);
        }

        var lower = responders == 0 ? 0 : Bisect(pHat, 0);
        var upper = responders == patients ? 1 : Bisect(pHat, 1);
        return (lower, upper);
    }

    // Without a responder rule a patient's response is its confirmed objective response; with one, whether it met the rule.
    private static Pool SimulatePool(VirtualPopulation population, ArmTreatment treatment, AssessmentSchedule assessment, long poolSize, EnsembleOptions options, ResponderRule? responder = null)
    {
        var design = new TrialDesign("calibration", population.Spec, [new TrialArm("reference", treatment)], poolSize, assessment, options.Seed);
        if (responder is not null)
        {
            design = design with { Responder = responder, Recist = new() { RequireConfirmation = false } };
        }

        var days = assessment.Days();
        var span = Math.Max(assessment.UntilDay, responder?.Day ?? 0);
        var sim = new SimulationOptions { Days = span, OutputEveryDays = Math.Min(design.OutputEveryDays, span) };

        // Exact per-patient slots, so the result is thread-independent.
        return Ensemble.Run(poolSize, options, () => 0, () => new Pool(poolSize), (long i, ref RandomStream r, int _, Pool p) =>
        {
            var patient = population.Sample(ref r, i);
            var record = VirtualTrial.SimulatePatient(patient, design.Arms[0], design, days, sim);
            p.Filled[i] = true;
            p.Responder[i] = record is null ? (sbyte)-1 : (responder is null ? record.Outcome.IsObjectiveResponse : record.Responder == true) ? (sbyte)1 : (sbyte)0;
            p.Tils[i] = patient.Patient.Biomarkers.TilsPercent ?? double.NaN;
        });
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
