using System.Collections.Immutable;
using Abscopal.Numerics.Statistics;
using Abscopal.Planning.Evaluation;
using Abscopal.Planning.Plans;
using Abscopal.Planning.Problems;
using Abscopal.Planning.Results;
using Abscopal.Planning.Uncertainty;

namespace Abscopal.Planning.Search;

/// <summary>One planning run: the samples, the scored plans (memoised by key) and the search steps.</summary>
internal sealed class PlanningRun
{
    private static readonly double s_golden = (Math.Sqrt(5) - 1) / 2;

    private readonly PlanningProblem _problem;
    private readonly PlannerOptions _options;
    private readonly IPlanEvaluator _evaluator;
    private readonly IPatientPrior _prior;
    private readonly ParameterSample[] _samples;
    private readonly CandidateSpace _space;
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _simulations;

    public PlanningRun(PlanningProblem problem, PlannerOptions options, IPlanEvaluator evaluator, IPatientPrior prior)
    {
        _problem = problem;
        _options = options;
        _evaluator = evaluator;
        _prior = prior;
        _space = new CandidateSpace(problem);
        _samples = new ParameterSample[problem.UncertaintySamples];
        for (var i = 0; i < _samples.Length; i++)
        {
            _samples[i] = prior.Draw(options.Seed, i);
        }
    }

    private int S => _samples.Length;

    public PlanningResult Run()
    {
        var grid = new List<Entry>();
        foreach (var choice in _space.Choices)
        {
            foreach (var dose in CandidateSpace.DoseGrid(choice, _options.DoseGridPoints))
            {
                grid.Add(Get(_space.Build(choice, dose), choice));
            }
        }

        var candidateCount = grid.Count;
        Search(grid);
        Refine();

        var full = _entries.Values.Where(e => e.Count == S && e.Choice is not null).ToList();
        full.Sort((a, b) => Compare(a, b, S));
        var scores = full.Select(Score).ToList();
        // One plan per discrete choice (its best dose), so the ranking compares clinical options rather than dose variants.
        var feasible = scores.Where(s => s.ConstraintsOk).DistinctBy(s => s.Plan.ChoiceKey, StringComparer.Ordinal).Take(_options.ReportedPlans).ToImmutableArray();

        var standards = StandardPlans();
        if (!feasible.IsEmpty)
        {
            var top = _entries[feasible[0].Plan.Key];
            standards = [.. standards.Select(s => s with { TopMinusThis = PairedDifference(top, _entries[s.Score.Plan.Key]) })];
        }

        var infeasibilities = new List<Infeasibility>(_space.Excluded);
        if (feasible.IsEmpty && _problem.Constraints.AlcNadirMinPerMicrolitre is { } alcMin && scores.Count > 0)
        {
            var p = _problem.Constraints.AlcNadirProbability;
            var best = scores.MaxBy(s => s.AlcNadirProbability ?? 1)!;
            var quantile = scores.Max(s => AlcQuantile(s));
            infeasibilities.Add(new Infeasibility(
                "alc_nadir_min_per_uL",
                "every candidate",
                alcMin - quantile,
                "cells/µL",
                FormattableString.Invariant($"No candidate keeps the ALC nadir at or above {alcMin:0} cells/µL in at least {p:0%} of the samples: the best does so in {best.AlcNadirProbability ?? 1:0%}, and the highest {1 - p:0%}-quantile of the nadir is {quantile:0} cells/µL, {alcMin - quantile:0} below the limit.")));
        }

        var pareto = ParetoFront(scores.Concat(standards.Select(s => s.Score)));
        var timing = feasible.IsEmpty ? [] : Timing(full.First(e => Score(e).ConstraintsOk));
        var bands = Bands(feasible.Take(_options.BandPlans).Select(s => s.Plan));
        var explanation = Explanation.Write(_problem, _prior, feasible, standards, timing, bands, infeasibilities, _evaluator is ModelPlanEvaluator);
        return new PlanningResult
        {
            Problem = _problem,
            Seed = _options.Seed,
            PriorDescription = _prior.Description,
            Plans = feasible,
            StandardPlans = standards,
            Pareto = pareto,
            Infeasibilities = [.. infeasibilities],
            Timing = timing,
            Bands = bands,
            Explanation = explanation,
            CandidateCount = candidateCount,
            Simulations = _simulations,
        };
    }

    private void Search(List<Entry> grid)
    {
        if (grid.Count == 0)
        {
            return;
        }

        if ((long)grid.Count * S <= _options.ExhaustiveBudget)
        {
            Ensure(grid, S);
            return;
        }

        // Successive halving: score every candidate on the first few samples, keep the best share, double the samples.
        var alive = grid;
        var samples = Math.Min(_options.InitialSamples, S);
        while (true)
        {
            Ensure(alive, samples);
            if (samples == S)
            {
                return;
            }

            alive.Sort((a, b) => Compare(a, b, samples));
            var keep = Math.Min(alive.Count, Math.Max(_options.Finalists, (int)Math.Ceiling(alive.Count * _options.KeepFraction)));
            alive = alive.GetRange(0, keep);
            samples = Math.Min(S, samples * 2);
        }
    }

    // Golden-section search on the dose per fraction of the best discrete choices, all advanced in lock-step so that each
    // step's simulations run in one parallel batch; the best dose found is then scored on every sample.
    private void Refine()
    {
        var full = _entries.Values.Where(e => e.Count == S && e.Choice is not null).ToList();
        full.Sort((a, b) => Compare(a, b, S));
        var choices = full.Select(e => e.Choice!).Distinct().Take(_options.RefineTop).Where(c => c.MaxDoseGy - c.MinDoseGy > 0.1).ToArray();
        if (choices.Length == 0 || _options.RefineIterations == 0)
        {
            return;
        }

        var r = Math.Min(S, _options.RefineSamples);
        var states = choices.Select(c => new GoldenState(c, c.MinDoseGy, c.MaxDoseGy)).ToArray();
        Entry At(DiscreteChoice c, double dose) => Get(_space.Build(c, CandidateSpace.Round(dose, c)), c);
        foreach (var s in states)
        {
            s.Low = At(s.Choice, s.A + ((1 - s_golden) * (s.B - s.A)));
            s.High = At(s.Choice, s.A + (s_golden * (s.B - s.A)));
        }

        Ensure([.. states.SelectMany(s => new[] { s.Low!, s.High! })], r);
        for (var it = 0; it < _options.RefineIterations; it++)
        {
            foreach (var s in states)
            {
                if (Compare(s.Low!, s.High!, r) <= 0)
                {
                    // The lower probe is at least as good: the optimum is in [a, high].
                    s.B = s.A + (s_golden * (s.B - s.A));
                    s.High = s.Low;
                    s.Low = At(s.Choice, s.A + ((1 - s_golden) * (s.B - s.A)));
                }
                else
                {
                    s.A = s.A + ((1 - s_golden) * (s.B - s.A));
                    s.Low = s.High;
                    s.High = At(s.Choice, s.A + (s_golden * (s.B - s.A)));
                }
            }

            Ensure([.. states.SelectMany(s => new[] { s.Low!, s.High! })], r);
        }

        var best = new List<Entry>();
        foreach (var s in states)
        {
            var tried = _entries.Values.Where(e => e.Choice == s.Choice && e.Count >= r).ToList();
            tried.Sort((a, b) => Compare(a, b, r));
            best.Add(tried[0]);
        }

        Ensure(best, S);
    }

    private ImmutableArray<StandardPlan> StandardPlans()
    {
        var patient = _problem.Patient;
        var largest = patient.Lesions.OrderByDescending(l => l.VolumeMm3).First().Id;
        var regimen = _problem.Regimens[0];
        var plans = new (string Name, CandidatePlan Plan)[]
        {
            ($"8 Gy × 3 to the largest lesion ({largest}) + {regimen.Name} with RT", _space.Build(regimen, [largest], 3, 8, 0)),
            ($"6 Gy × 5 (30 Gy in 5) to the largest lesion ({largest}) + {regimen.Name} with RT", _space.Build(regimen, [largest], 5, 6, 0)),
            ($"{regimen.Name} alone", _space.Build(regimen, [], 0, 0, 0)),
        };
        var entries = plans.Select(p => Get(p.Plan, null)).ToArray();
        Ensure(entries, S);
        return [.. plans.Select((p, i) => new StandardPlan(p.Name, Score(entries[i])))];
    }

    // The paired difference of the objective over the same samples: common random numbers make it far tighter than the
    // difference of two independent estimates, and its interval says whether the two plans can be told apart at all.
    private MeanEstimate PairedDifference(Entry a, Entry b)
    {
        var d = new double[S];
        for (var k = 0; k < S; k++)
        {
            d[k] = ObjectiveOf(a.Outcomes[k]) - ObjectiveOf(b.Outcomes[k]);
        }

        return MeanEstimate.Of(d);
    }

    private ImmutableArray<TimingEffect> Timing(Entry top)
    {
        var choice = top.Choice!;
        var dose = top.Plan.DosePerFractionGy;
        var variants = _problem.DrugStartDaysRelativeToRt
            .Select(o => (Offset: o, Entry: Get(_space.Build(choice.Regimen, choice.Targets, choice.Fractions, dose, o), choice with { DrugStartDaysRelativeToRt = o })))
            .ToArray();
        Ensure([.. variants.Select(v => v.Entry)], S);
        return [.. variants.Select(v => new TimingEffect(v.Offset, Score(v.Entry).Objective.Value))];
    }

    private ImmutableArray<PlanBands> Bands(IEnumerable<CandidatePlan> plans)
    {
        var list = plans.ToArray();
        var trajectories = new PlanTrajectory?[list.Length * S];
        Parallel.For(0, trajectories.Length, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism }, i =>
            trajectories[i] = _evaluator.Trajectory(list[i / S], _samples[i % S]));
        _simulations += trajectories.Length;
        var result = ImmutableArray.CreateBuilder<PlanBands>();
        for (var p = 0; p < list.Length; p++)
        {
            var runs = trajectories.AsSpan(p * S, S).ToArray();
            if (runs.Any(t => t is null))
            {
                continue;
            }

            var first = runs[0]!;
            var lesions = ImmutableArray.CreateBuilder<LesionBand>();
            for (var l = 0; l < first.LesionIds.Length; l++)
            {
                var times = first.TimesDays.Length;
                var median = new double[times];
                var p5 = new double[times];
                var p95 = new double[times];
                var column = new double[S];
                for (var k = 0; k < times; k++)
                {
                    for (var s = 0; s < S; s++)
                    {
                        column[s] = runs[s]!.DiametersMm[l][k];
                    }

                    Array.Sort(column);
                    median[k] = Percentile(column, 0.5);
                    p5[k] = Percentile(column, 0.05);
                    p95[k] = Percentile(column, 0.95);
                }

                var responds = runs.Count(t => t!.LesionResponds[l]) / (double)S;
                lesions.Add(new LesionBand(first.LesionIds[l], first.Irradiated[l], first.TimesDays, [.. median], [.. p5], [.. p95], responds));
            }

            result.Add(new PlanBands(list[p], lesions.ToImmutable()));
        }

        return result.ToImmutable();
    }

    // Linear interpolation between order statistics (Hyndman & Fan 1996, type 7) of sorted values.
    private static double AlcQuantile(PlanScore s) => s.ConstraintMargins.FirstOrDefault(m => m.Name == "alc_nadir_per_uL")?.Planned ?? double.PositiveInfinity;

    private static double Percentile(double[] sorted, double q)
    {
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(sorted.Length - 1, lo + 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    private static ImmutableArray<PlanScore> ParetoFront(IEnumerable<PlanScore> scores)
    {
        var all = scores.ToArray();
        bool Dominates(PlanScore a, PlanScore b) =>
            a.Objective.Value >= b.Objective.Value && a.AlcNadirPerMicrolitre >= b.AlcNadirPerMicrolitre
            && (a.Objective.Value > b.Objective.Value || a.AlcNadirPerMicrolitre > b.AlcNadirPerMicrolitre);
        return [.. all.Where(s => !all.Any(o => Dominates(o, s)))
            .GroupBy(s => (s.Objective.Value, s.AlcNadirPerMicrolitre)).Select(g => g.First())
            .OrderByDescending(s => s.Objective.Value).ThenBy(s => s.Plan.Key, StringComparer.Ordinal)];
    }

    private Entry Get(CandidatePlan plan, DiscreteChoice? choice)
    {
        if (!_entries.TryGetValue(plan.Key, out var entry))
        {
            entry = new Entry(plan, choice, S);
            _entries[plan.Key] = entry;
        }

        return entry;
    }

    // Scores every entry on samples [Count, samples): the work is a flat list of (entry, sample) pairs, each result written to
    // its own slot, so the outcome does not depend on the thread count or the scheduling.
    private void Ensure(IReadOnlyList<Entry> entries, int samples)
    {
        var work = new List<(Entry Entry, int Sample)>();
        foreach (var e in entries.Distinct())
        {
            for (var k = e.Count; k < samples; k++)
            {
                work.Add((e, k));
            }
        }

        Parallel.For(0, work.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism }, i =>
        {
            var (e, k) = work[i];
            e.Outcomes[k] = _evaluator.Evaluate(e.Plan, _samples[k]);
        });
        foreach (var e in entries)
        {
            e.Count = Math.Max(e.Count, samples);
        }

        _simulations += work.Count;
    }

    private double ObjectiveOf(in PlanOutcome o) => _problem.Objective switch
    {
        PlanningObjective.AbscopalResponseProbability => o.AbscopalResponse ? 1 : 0,
        PlanningObjective.ObjectiveResponseProbability => o.Response ? 1 : 0,
        _ => o.ProgressionFreeDays,
    };

    private (double Objective, double TieBreak, double Nadir, bool AlcOk) Summary(Entry e, int samples)
    {
        double objective = 0, tie = 0, nadir = 0;
        var kept = 0;
        var limit = _problem.Constraints.AlcNadirMinPerMicrolitre ?? double.NegativeInfinity;
        for (var k = 0; k < samples; k++)
        {
            objective += ObjectiveOf(e.Outcomes[k]);
            tie += e.Outcomes[k].BestChange;
            var n = e.Outcomes[k].AlcNadirPerMicrolitre;
            nadir += n;

            // A model without an ALC (NaN) cannot break the limit.
            kept += double.IsNaN(n) || n >= limit ? 1 : 0;
        }

        return (objective / samples, tie / samples, nadir / samples, kept >= AlcSamplesNeeded(samples));
    }

    // The ALC constraint on n samples: P(nadir ≥ limit) ≥ p means at least ⌈p·n⌉ samples at or above the limit.
    private int AlcSamplesNeeded(int samples) => (int)Math.Ceiling((_problem.Constraints.AlcNadirProbability * samples) - 1e-9);

    // Order on the first `samples` samples: plans that keep the ALC limit first, then higher objective, then deeper
    // shrinkage, then the plan key (a total, culture-free order).
    private int Compare(Entry a, Entry b, int samples)
    {
        var sa = Summary(a, samples);
        var sb = Summary(b, samples);
        var fa = sa.AlcOk;
        var fb = sb.AlcOk;
        if (fa != fb)
        {
            return fa ? -1 : 1;
        }

        var c = sb.Objective.CompareTo(sa.Objective);
        if (c != 0)
        {
            return c;
        }

        c = sa.TieBreak.CompareTo(sb.TieBreak);
        return c != 0 ? c : string.CompareOrdinal(a.Plan.Key, b.Plan.Key);
    }

    private PlanScore Score(Entry e)
    {
        var n = e.Count;
        int responses = 0, abscopal = 0;
        var pfs = new double[n];
        var objective = new double[n];
        for (var k = 0; k < n; k++)
        {
            var o = e.Outcomes[k];
            responses += o.Response ? 1 : 0;
            abscopal += o.AbscopalResponse ? 1 : 0;
            pfs[k] = o.ProgressionFreeDays;
            objective[k] = ObjectiveOf(o);
        }

        var (_, tie, nadir, _) = Summary(e, n);
        var response = BinomialProportion.Wilson(responses, n);
        var abscopalResponse = BinomialProportion.Wilson(abscopal, n);
        var pfsMean = MeanEstimate.Of(pfs);
        MeanEstimate objectiveEstimate = _problem.Objective switch
        {
            PlanningObjective.AbscopalResponseProbability => new(abscopalResponse.Value, abscopalResponse.Lower, abscopalResponse.Upper, n),
            PlanningObjective.ObjectiveResponseProbability => new(response.Value, response.Lower, response.Upper, n),
            _ => pfsMean,
        };
        var margins = ImmutableArray.CreateBuilder<ConstraintMargin>();
        double? alcProbability = null;
        if (_problem.Constraints.AlcNadirMinPerMicrolitre is { } min)
        {
            // The ⌈p·n⌉-th largest nadir is at or above the limit exactly when at least ⌈p·n⌉ samples are: the margin in
            // cells/µL is that order statistic (the (1 − p)-quantile of the nadir) minus the limit.
            var p = _problem.Constraints.AlcNadirProbability;
            var nadirs = new double[n];
            for (var k = 0; k < n; k++)
            {
                var x = e.Outcomes[k].AlcNadirPerMicrolitre;
                nadirs[k] = double.IsNaN(x) ? double.PositiveInfinity : x;
            }

            Array.Sort(nadirs);
            var quantile = nadirs[n - AlcSamplesNeeded(n)];
            alcProbability = nadirs.Count(x => x >= min) / (double)n;
            margins.Add(new ConstraintMargin(
                "alc_nadir_per_uL",
                quantile,
                min,
                quantile - min,
                "cells/µL",
                FormattableString.Invariant($"planning.constraints: P(ALC nadir ≥ {min:0} cells/µL) ≥ {p:0.##} over the samples; planned value: the {1 - p:0.##}-quantile of the nadir (lowest of the {AlcSamplesNeeded(n)} highest of {n})")));
        }

        margins.AddRange(_space.NormalTissueMargins(e.Plan));
        return new PlanScore(e.Plan, objectiveEstimate, response, abscopalResponse, pfsMean, nadir, tie, margins.ToImmutable()) { AlcNadirProbability = alcProbability };
    }

    private sealed class Entry(CandidatePlan plan, DiscreteChoice? choice, int samples)
    {
        public CandidatePlan Plan { get; } = plan;

        public DiscreteChoice? Choice { get; } = choice;

        public PlanOutcome[] Outcomes { get; } = new PlanOutcome[samples];

        public int Count { get; set; }
    }

    private sealed class GoldenState(DiscreteChoice choice, double a, double b)
    {
        public DiscreteChoice Choice { get; } = choice;

        public double A { get; set; } = a;

        public double B { get; set; } = b;

        public Entry? Low { get; set; }

        public Entry? High { get; set; }
    }
}
