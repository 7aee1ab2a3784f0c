using Abscopal.Cli.Commands;
using Abscopal.Models.Patients;

namespace Abscopal.Cli.Output;

/// <summary>The JSON document of a simulate run (issue #5's keys): model, times, states, lesions and the summary read-outs.</summary>
internal static class ResultJson
{
    public const string Disclaimer = "In-silico research output, not a clinical recommendation.";

    public static void Write(TextWriter writer, SimulationRun run) => JsonOutput.Write(writer, w =>
    {
        var result = run.Result;
        w.WriteStartObject();
        w.WriteString("model", result.ModelId);
        w.Numbers("times", result.Times);
        w.WriteStartObject("states");
        foreach (string id in result.StateIds)
        {
            w.Numbers(id, result.States[id]);
        }

        w.WriteEndObject();
        w.WriteStartArray("lesions");
        foreach (var lesion in result.Lesions)
        {
            var response = run.Overall.Lesions.FirstOrDefault(r => r.Id == lesion.Id);
            w.WriteStartObject();
            w.WriteString("id", lesion.Id);
            w.WriteString("site", lesion.Site.Id());
            w.WriteBoolean("irradiated", lesion.Irradiated);
            w.Numbers("volume_mm3", lesion.VolumeMm3);
            w.Numbers("diameter_mm", lesion.DiameterMm);
            w.WriteString("best_response", response is null ? "NE" : SimulateCommand.Abbreviation(response.BestResponse));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("summary");
        WriteSummaryBody(w, run);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <summary>The summary alone, as recorded in the run history.</summary>
    public static string Summary(SimulationRun run)
    {
        using var text = new StringWriter();
        JsonOutput.Write(text, w =>
        {
            w.WriteStartObject();
            w.WriteString("model", run.Result.ModelId);
            WriteSummaryBody(w, run);
            w.WriteStartArray("lesions");
            foreach (var response in run.Overall.Lesions)
            {
                w.WriteStartObject();
                w.WriteString("id", response.Id);
                w.WriteString("best_response", SimulateCommand.Abbreviation(response.BestResponse));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
        return text.ToString().TrimEnd('\n');
    }

    private static void WriteSummaryBody(System.Text.Json.Utf8JsonWriter w, SimulationRun run)
    {
        w.WriteString("overall_response", SimulateCommand.Abbreviation(run.Overall.BestOverallResponse));
        if (run.Abscopal is null)
        {
            w.WriteNull("abscopal_response");
        }
        else
        {
            w.WriteString("abscopal_response", SimulateCommand.Abbreviation(run.Abscopal.BestOverallResponse));
        }

        if (run.Nadir is { } n)
        {
            w.Number("alc_nadir_per_uL", n.CellsPerMicroliter);
        }
        else
        {
            w.WriteNull("alc_nadir_per_uL");
        }

        if (run.Overall.TimeToProgressionDays is { } ttp)
        {
            w.Number("time_to_progression_days", ttp);
        }
        else
        {
            w.WriteNull("time_to_progression_days");
        }

        w.WriteString("disclaimer", Disclaimer);
    }
}
