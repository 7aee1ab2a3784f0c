using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Abscopal.Planning.Problems;
using Abscopal.Planning.Results;
using Abscopal.Planning.Uncertainty;

namespace Abscopal.Planning.Search;

/// <summary>Writes the plain-language explanation of a planning result.</summary>
internal static class Explanation
{
    // abscopal-core's Trex1 threshold dT (CoreParameterSets: Vanpouille-Box 2017, midpoint of 12–18 Gy).
    private const double Trex1ThresholdGy = 15;

    public static string Write(
        PlanningProblem problem,
        IPatientPrior prior,
        ImmutableArray<PlanScore> plans,
        ImmutableArray<StandardPlan> standards,
        ImmutableArray<TimingEffect> timing,
        ImmutableArray<PlanBands> bands,
        IReadOnlyList<Infeasibility> infeasibilities,
        bool abscopalCore)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var objective = problem.Objective;
        string Value(double v) => PlanningObjectives.IsProbability(objective) ? v.ToString("0%", c) : v.ToString("0", c) + " days";
        var name = objective switch
        {
            PlanningObjective.AbscopalResponseProbability => "the probability of an abscopal response (RECIST 1.1 CR or PR of the lesions outside the field)",
            PlanningObjective.ObjectiveResponseProbability => "the probability of an objective response (RECIST 1.1 CR or PR of all lesions)",
            _ => "the mean progression-free time within the horizon",
        };

        if (plans.IsEmpty)
        {
            text.Append("No candidate plan meets every constraint. ");
            foreach (var i in infeasibilities)
            {
                text.Append(i.Message).Append(' ');
            }

            text.Append(PlanningResult.Disclaimer);
            return text.ToString();
        }

        var top = plans[0];
        text.Append(c, $"The top plan is {top.Plan.Describe()}. Scored on the same {top.Samples} samples of this patient's uncertain parameters as every other plan, it gives {name} of {Value(top.Objective.Value)} (95% CI {Value(top.Objective.Lower)}–{Value(top.Objective.Upper)}); ");
        text.Append(c, $"objective response {top.Response.Value:0%}, abscopal response {top.AbscopalResponse.Value:0%}, mean progression-free time {top.ProgressionFreeDays.Value:0} days, mean ALC nadir {top.AlcNadirPerMicrolitre:0} cells/µL");
        if (problem.Constraints.AlcNadirMinPerMicrolitre is { } alcMin && top.AlcNadirProbability is { } kept)
        {
            text.Append(c, $", ALC nadir at or above {alcMin:0} cells/µL in {kept:0%} of samples (required: {problem.Constraints.AlcNadirProbability:0%})");
        }

        text.Append(". ");
        if (plans.Length > 1)
        {
            text.Append(c, $"The runner-up ({plans[1].Plan.Describe()}) reaches {Value(plans[1].Objective.Value)}. ");
        }

        foreach (var s in standards)
        {
            text.Append(c, $"Against {s.Name}: {Value(s.Score.Objective.Value)}");
            if (s.TopMinusThis is { } d)
            {
                var unit = PlanningObjectives.IsProbability(objective) ? " percentage points" : " days";
                var scale = PlanningObjectives.IsProbability(objective) ? 100 : 1;
                var verdict = d.Lower > 0 ? "better than it" : d.Upper < 0 ? "worse than it" : d.Lower == 0 && d.Upper == 0 ? "equal to it on every sample" : "not distinguishable from it on these samples";
                text.Append(c, $"; paired over the same samples the top plan is {verdict} (difference {d.Value * scale:+0.#;-0.#;0}{unit}, 95% CI {d.Lower * scale:+0.#;-0.#;0} to {d.Upper * scale:+0.#;-0.#;0})");
            }

            text.Append(s.Score.ConstraintsOk ? ". " : " (that standard plan breaks a constraint). ");
        }

        var topBands = bands.FirstOrDefault(b => b.Plan.Key == top.Plan.Key);
        if (topBands is not null)
        {
            var outside = topBands.Lesions.Where(l => !l.Irradiated).ToArray();
            var inside = topBands.Lesions.Where(l => l.Irradiated).ToArray();
            if (inside.Length > 0)
            {
                text.Append("Irradiated: ").Append(string.Join(", ", inside.Select(l => string.Create(c, $"{l.LesionId} responds in {l.ResponseProbability:0%} of samples")))).Append(". ");
            }

            if (outside.Length > 0)
            {
                text.Append("Outside the field: ").Append(string.Join(", ", outside.Select(l => string.Create(c, $"{l.LesionId} responds in {l.ResponseProbability:0%}")))).Append(". ");
            }
        }

        if (timing.Length > 1)
        {
            text.Append("Drug timing, same RT: ").Append(string.Join(", ", timing.Select(t => string.Create(c, $"start {t.DrugStartDaysRelativeToRt:+0;-0;0} d → {Value(t.Objective)}"))));
            var best = timing.Max(t => t.Objective);
            var worst = timing.Min(t => t.Objective);
            text.Append(best == worst ? "; timing makes no difference for this patient in the model. " : ". ");
        }

        if (abscopalCore && top.Plan.Fractions > 0)
        {
            text.Append(top.Plan.DosePerFractionGy < Trex1ThresholdGy
                ? string.Create(c, $"Its {top.Plan.DosePerFractionGy:0.#} Gy per fraction stays below abscopal-core's Trex1 threshold ({Trex1ThresholdGy:0} Gy), so each fraction adds to the interferon signal. ")
                : string.Create(c, $"Its {top.Plan.DosePerFractionGy:0.#} Gy per fraction is above abscopal-core's Trex1 threshold ({Trex1ThresholdGy:0} Gy), where the interferon signal collapses; the plan wins on direct kill instead. "));
        }

        text.Append(c, $"Uncertainty: {prior.Description}. ").Append(PlanningResult.Disclaimer);
        return text.ToString();
    }
}
