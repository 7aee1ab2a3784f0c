using System.Globalization;
using System.Reflection;
using Abscopal.Planning.Problems;
using Abscopal.Planning.Results;
using Abscopal.Reporting;
using Abscopal.Reporting.Html;

namespace Abscopal.Cli.Commands;

/// <summary>The HTML report of <c>abscopal plan --out</c>: explanation, comparison table, lesion curves with uncertainty bands for the top plans, Pareto plot.</summary>
internal static class PlanReport
{
    public static string Build(PlanningResult result, string fileName, double seconds)
    {
        var c = CultureInfo.InvariantCulture;
        var probability = PlanningObjectives.IsProbability(result.Problem.Objective);
        string V(double v) => double.IsFinite(v) ? (probability ? v.ToString("0.00", c) : v.ToString("0", c)) : "–";
        var objective = PlanningObjectives.NameOf(result.Problem.Objective);
        var builder = new HtmlReportBuilder($"Treatment planning: {fileName}")
            .WithProvenance(new ReportProvenance
            {
                ToolVersion = typeof(PlanReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
                StartedAt = DateTimeOffset.UtcNow,
                Model = "abscopal-core",
                Seed = (long)result.Seed,
                Timings = [new ReportTiming("planning", seconds)],
            })
            .WithUncertaintyStatement(string.Create(c, $"Every plan is scored on the same {result.Problem.UncertaintySamples} samples of the patient's parameters ({result.PriorDescription}). Probabilities carry Wilson 95% intervals, mean progression-free days Student-t 95% intervals; curves show the median and the 5–95% band across the samples."))
            .Add(new TextSection("Why the top plan wins", [result.Explanation, PlanningResult.Disclaimer]));

        var rows = new List<IReadOnlyList<string>>();
        for (var i = 0; i < result.Plans.Length; i++)
        {
            rows.Add(Row((i + 1).ToString(c), result.Plans[i]));
        }

        foreach (var s in result.StandardPlans)
        {
            rows.Add(Row("standard", s.Score));
        }

        IReadOnlyList<string> Row(string rank, PlanScore s) =>
        [
            rank,
            s.Plan.Describe(),
            string.Create(c, $"{V(s.Objective.Value)} [{V(s.Objective.Lower)}, {V(s.Objective.Upper)}]"),
            s.Response.Value.ToString("0.00", c),
            s.AbscopalResponse.Value.ToString("0.00", c),
            s.ProgressionFreeDays.Value.ToString("0", c),
            s.AlcNadirPerMicrolitre.ToString("0", c),
            string.Join("; ", s.ConstraintMargins.Select(m => string.Create(c, $"{m.Name} {m.Margin:0.#} {m.Unit}"))),
        ];
        builder.Add(new TableSection("Ranked plans and standard plans on the same samples", ["rank", "plan", $"{objective} [95% CI]", "P(response)", "P(abscopal)", "mean PFS (days)", "mean ALC nadir (cells/µL)", "constraint margins"], rows)
        {
            Caption = PlanningResult.Disclaimer,
        });
        if (!result.Infeasibilities.IsEmpty)
        {
            builder.Add(new TextSection("Excluded by constraints", [.. result.Infeasibilities.Select(i => i.Message)]));
        }

        var figures = new List<Figure>();
        foreach (var (bands, i) in result.Bands.Select((b, i) => (b, i)))
        {
            var uncertainty = bands.Lesions.Select(l => new UncertaintyBand(l.LesionId + (l.Irradiated ? " (irradiated)" : string.Empty), [.. l.TimesDays], [.. l.MedianMm], [.. l.P5Mm], [.. l.P95Mm])).ToArray();
            figures.Add(Figures.Uncertainty(uncertainty, "Longest diameter (mm)", $"Plan {i + 1}: {bands.Plan.Describe()}"));
        }

        var candidates = result.Plans.Where(p => !result.Pareto.Contains(p)).ToArray();
        var standards = result.StandardPlans.Select(s => s.Score).ToArray();
        var series = new List<ScatterSeries>
        {
            new("ranked plans", [.. candidates.Select(p => p.AlcNadirPerMicrolitre)], [.. candidates.Select(p => p.Objective.Value)]),
            new("standard plans", [.. standards.Select(p => p.AlcNadirPerMicrolitre)], [.. standards.Select(p => p.Objective.Value)]),
        };
        var front = new ScatterSeries("Pareto front", [.. result.Pareto.Select(p => p.AlcNadirPerMicrolitre)], [.. result.Pareto.Select(p => p.Objective.Value)]);
        figures.Add(Figures.Pareto(series, front, new AxisText("Efficacy against lymphocyte toxicity", "Mean ALC nadir (cells/µL; higher is less lymphopenia)", objective)));
        builder.Add(new FigureSection("Predicted lesion curves and the efficacy–toxicity trade-off", figures));
        return builder.Build();
    }
}
