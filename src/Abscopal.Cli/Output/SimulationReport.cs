using System.Globalization;
using Abscopal.Cli.Commands;
using Abscopal.Models.Patients;
using Abscopal.Reporting;
using Abscopal.Reporting.Html;
using Abscopal.Storage;

namespace Abscopal.Cli.Output;

/// <summary>The self-contained report.html of a simulate run: summary, figures inline as SVG, the scenario, the model's parameters with sources, provenance.</summary>
internal static class SimulationReport
{
    public const string InSilicoStatement = "This is in-silico research, not a clinical recommendation: the numbers come from a mathematical model, not from this patient.";

    public static string Build(SimulationRun run, IReadOnlyList<(string Stem, Figure Figure)> figures, IReadOnlyList<string> files)
    {
        var c = CultureInfo.InvariantCulture;
        var result = run.Result;
        string scenarioName = Path.GetFileName(run.ScenarioPath);
        var builder = new HtmlReportBuilder($"Simulation of {scenarioName}")
            .WithProvenance(new ReportProvenance
            {
                ToolVersion = ToolInfo.Version,
                StartedAt = run.StartedAt,
                Model = result.ModelId,
                ModelVersion = ToolInfo.ModelVersion(run.ModelPath),
                Seed = null,
                InputHash = InputHash(run),
                Timings = [.. run.Timings.Select(t => new ReportTiming(t.Phase, t.Seconds))],
            })
            .WithUncertaintyStatement("One deterministic simulation with one parameter set (no random numbers, so no seed): the curves are illustrative, without uncertainty bands. Run an ensemble to see the spread.");

        builder.Add(new TextSection("About these results",
        [
            InSilicoStatement,
            string.Create(c, $"Model {result.ModelId}, simulated for {result.Times[^1]:0.#} days with output every {run.Request.Options.OutputEveryDays:0.##} day(s); solver tolerances rtol {SimulationOutput.Number(run.Request.Options.RelativeTolerance)}, atol {SimulationOutput.Number(run.Request.Options.AbsoluteTolerance)}. Lesion diameters are those of spheres of the simulated volumes; responses follow RECIST 1.1 (Eisenhauer et al. 2009) on the sum of diameters at every output time."),
        ]));

        builder.Add(new TableSection("Read-outs", ["Read-out", "Value"], ReadoutRows(run)) { Caption = "Overall response over all lesions, abscopal response over the non-irradiated lesions (RECIST 1.1); ALC nadir graded by CTCAE v5.0." });
        builder.Add(new TableSection(
            "Lesions",
            ["Lesion", "Site", "Irradiated", "Baseline diameter (mm)", "Final diameter (mm)", "Best change (%)", "Best response"],
            [.. result.Lesions.Select(l =>
            {
                var response = run.Overall.Lesions.FirstOrDefault(r => r.Id == l.Id);
                return (IReadOnlyList<string>)
                [
                    l.Id,
                    l.Site.Id(),
                    l.Irradiated ? "yes" : "no",
                    l.DiameterMm[0].ToString("0.0", c),
                    l.DiameterMm[^1].ToString("0.0", c),
                    response is null ? "—" : (response.BestChangeFromBaseline * 100).ToString("0.0", c),
                    response is null ? "NE" : SimulateCommand.Abbreviation(response.BestResponse),
                ];
            })]));
        builder.Add(new FigureSection("Figures", [.. figures.Select(f => f.Figure)]));
        builder.Add(new PreformattedSection($"Scenario ({scenarioName})", run.ScenarioText));
        builder.Add(new TableSection($"Model {result.ModelId}: parameters and sources", ["Parameter", "Value", "Unit", "Source"], [.. SimulationOutput.ParameterRows(run).Select(r => (IReadOnlyList<string>)r)])
        {
            Caption = "Values as used in this run: the model's, then those set from the patient (lesions, subtype, biomarkers), then the scenario's overrides.",
        });
        builder.Add(new TableSection("Files", ["File", "What it holds"], [.. files.Select(f => (IReadOnlyList<string>)[f, Describe(f)])]));
        return builder.Build();
    }

    /// <summary>The run's inputs as a JSON document (scenario text and model file hash), as recorded and hashed.</summary>
    public static string InputJson(SimulationRun run) => Inputs(run.ScenarioText, run.ModelPath is null ? null : ToolInfo.ModelVersion(run.ModelPath));

    public static string Inputs(string scenarioText, string? modelFileHash)
    {
        using var text = new StringWriter();
        JsonOutput.Write(text, w =>
        {
            w.WriteStartObject();
            w.WriteString("scenario", scenarioText);
            if (modelFileHash is not null)
            {
                w.WriteString("model_file", modelFileHash);
            }

            w.WriteEndObject();
        });
        return text.ToString().TrimEnd('\n');
    }

    public static string InputHash(SimulationRun run) => CanonicalJson.Sha256(InputJson(run));

    private static List<IReadOnlyList<string>> ReadoutRows(SimulationRun run)
    {
        var c = CultureInfo.InvariantCulture;
        var rows = new List<IReadOnlyList<string>>
        {
            Row("Overall response (RECIST 1.1)", SimulateCommand.Abbreviation(run.Overall.BestOverallResponse)),
            Row("Abscopal response (non-irradiated lesions)", run.Abscopal is null ? "n/a (no non-irradiated lesion)" : SimulateCommand.Abbreviation(run.Abscopal.BestOverallResponse)),
            Row("Best change in sum of diameters (%)", (run.Overall.ChangeFromBaseline.Min() * 100).ToString("0.0", c)),
            Row("Time to progression (days)", run.Overall.TimeToProgressionDays is { } ttp ? ttp.ToString("0.#", c) : string.Create(c, $"none within {run.Overall.FollowUpDays:0.#} days")),
        };
        rows.Add(run.Nadir is { } n
            ? Row("ALC nadir (cells/µL)", string.Create(c, $"{n.CellsPerMicroliter:0} on day {n.Day:0.#}, CTCAE grade {n.CtcaeGrade}"))
            : Row("ALC nadir (cells/µL)", "n/a (the model has no lymphocytes)"));
        return rows;
    }

    private static IReadOnlyList<string> Row(string name, string value) => [name, value];

    private static string Describe(string file) => file switch
    {
        "states.csv" => "every model state at every output time (time in days, states in their units)",
        "lesions.csv" => "each lesion's volume (mm³) and longest diameter (mm) at every output time",
        "result.json" => "the same document as 'abscopal simulate --json'",
        SimulationOutput.ReportFile => "this report",
        _ when file.EndsWith(".png", StringComparison.Ordinal) => "figure, PNG",
        _ when file.EndsWith(".svg", StringComparison.Ordinal) => "figure, SVG",
        _ => "",
    };
}
