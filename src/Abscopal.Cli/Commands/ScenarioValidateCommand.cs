using System.CommandLine;
using Abscopal.Interop.Scenarios;
using Abscopal.Models.Patients;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal scenario validate FILE [--json]</c>: checks a scenario file and lists every error (exit 2) or summarises it (exit 0).</summary>
internal static class ScenarioValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Scenario file (YAML; see docs/scenarios.md)." };
        var json = RtCommand.JsonOption();
        var command = new Command("validate", "Check a scenario file: exit 0 when valid, 2 with every error (file:line:column: field: message) when not.") { file, json };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new UsageException($"{path.FullName}: no such file.");
            }

            // The model ids are not checked here until the model library is wired in (ScenarioReaderOptions.KnownModels).
            var result = ScenarioReader.ParseFile(path.FullName);
            if (parse.GetValue(json))
            {
                WriteJson(stdout, path.Name, result);
            }
            else if (result.Scenario is { } scenario)
            {
                stdout.WriteLine($"{path.Name}: valid. {Summary(scenario)}");
            }
            else
            {
                foreach (var error in result.Errors)
                {
                    stderr.WriteLine($"error: {error}");
                }

                stderr.WriteLine($"{path.Name}: {result.Errors.Count} error(s).");
            }

            return result.IsValid ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }

    private static string Summary(Scenario scenario)
    {
        string who = scenario.Patient is { } p
            ? $"{p.Species.Id()} ({(p.Subtype is { } s ? s.Id() : p.TumorModel!.Value.Id())}), {p.Lesions.Count} lesion(s)"
            : "single tumour";
        int fractions = scenario.Treatment.Radiotherapy.Sum(c => c.Days.Count);
        int doses = scenario.Treatment.Drugs.Sum(d => d.Days.Count);
        return $"Model {scenario.Model}; {who}; {scenario.Treatment.Radiotherapy.Count} RT course(s), {fractions} fraction(s); "
            + $"{scenario.Treatment.Drugs.Count} drug regimen(s), {doses} dose(s); {OptionChecks.Fixed(scenario.Simulation.Days, 0)} days.";
    }

    private static void WriteJson(TextWriter stdout, string name, ScenarioReadResult result) => JsonOutput.Write(stdout, w =>
    {
        w.WriteStartObject();
        w.WriteString("file", name);
        w.WriteBoolean("valid", result.IsValid);
        w.WriteStartArray("errors");
        foreach (var error in result.Errors)
        {
            w.WriteStartObject();
            w.WriteNumber("line", error.Line);
            w.WriteNumber("column", error.Column);
            w.WriteString("path", error.Path);
            w.WriteString("message", error.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (result.Scenario is { } scenario)
        {
            w.WriteStartObject("scenario");
            w.WriteString("model", scenario.Model);
            w.WriteString("species", scenario.Patient is { } p ? p.Species.Id() : null);
            w.WriteStartArray("lesions");
            foreach (var lesion in scenario.Lesions)
            {
                w.WriteStartObject();
                w.WriteString("id", lesion.Id);
                w.WriteString("site", lesion.Site.Id());
                w.Number("diameter_mm", lesion.DiameterMm);
                w.Number("volume_mm3", lesion.VolumeMm3);
                w.WriteBoolean("irradiated", scenario.Treatment.IsIrradiated(lesion.Id));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("radiotherapy");
            foreach (var course in scenario.Treatment.Radiotherapy)
            {
                w.WriteStartObject();
                w.WriteString("target", course.TargetLesion);
                w.Number("dose_per_fraction_gy", course.Schedule.DosePerFractionGy);
                w.Numbers("days", course.Days);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("drugs");
            foreach (var regimen in scenario.Treatment.Drugs)
            {
                w.WriteStartObject();
                w.WriteString("drug", regimen.Drug);
                w.WriteString("dose", regimen.Dose.ToString());
                w.Numbers("days", regimen.Days);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.Number("days", scenario.Simulation.Days);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("scenario");
        }

        w.WriteEndObject();
    });
}
