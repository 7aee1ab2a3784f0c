using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Abscopal.Interop.Sbml;
using Abscopal.Interop.Scenarios;
using Abscopal.Modeling;
using Abscopal.Modeling.Text;
using Abscopal.Models;
using Abscopal.Models.Patients;
using Abscopal.Simulation;
using Abscopal.Simulation.Readouts;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal simulate FILE [--json]</c>: runs a scenario file and prints lesion trajectories and RECIST read-outs (times in days).</summary>
internal static class SimulateCommand
{
    /// <summary>Body weight (kg) for mg/kg doses in scenarios without a patient block.</summary>
    internal const double SingleTumourWeightKg = 0.020;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Scenario file (YAML; see docs/scenarios.md)." };
        var json = RtCommand.JsonOption();
        var command = new Command("simulate", "Run a scenario file (in-silico research, not a clinical recommendation). Example: abscopal simulate examples/scenarios/kosinsky-concurrent.yaml --json") { file, json };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new UsageException($"{path.FullName}: no such file.");
            }

            var options = new ScenarioReaderOptions { KnownModels = [.. BuiltinModels.All.Select(m => m.Id)] };
            var read = ScenarioReader.ParseFile(path.FullName, options);
            if (read.Scenario is not { } scenario)
            {
                foreach (var error in read.Errors)
                {
                    stderr.WriteLine($"error: {error}");
                }

                stderr.WriteLine($"{path.Name}: {read.Errors.Count} error(s).");
                return ExitCodes.BadInput;
            }

            PatientSimulation result;
            try
            {
                result = Simulator.Run(Request(scenario));
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"{path.Name}: {e.Message}");
            }

            var lesions = result.Lesions.Select(l => LesionSeries.FromVolumes(l.Id, l.VolumeMm3, l.Irradiated, l.Site == AnatomicSite.LymphNode)).ToArray();
            var overall = Recist.Evaluate(result.Times, lesions);
            var abscopal = Recist.EvaluateAbscopal(result.Times, lesions);
            AlcNadir? nadir = result.AlcPerMicrolitre is { } alc ? Lymphopenia.Nadir(result.Times, alc) : null;
            if (parse.GetValue(json))
            {
                WriteJson(stdout, result, overall, abscopal, nadir);
            }
            else
            {
                WriteText(stdout, result, overall, abscopal, nadir);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Maps a scenario file onto a simulation request (patient, plan, overrides, options).</summary>
    internal static SimulationRequest Request(Scenario scenario)
    {
        SimulationRequest request = scenario.ModelPath is { } modelPath ? SimulationRequest.For(LoadModel(modelPath)) : SimulationRequest.For(scenario.Model);
        return request with
        {
            Parameters = scenario.Parameters.ToImmutableDictionary(),
            Initial = scenario.Initial.ToImmutableDictionary(),
            Patient = scenario.Patient is { } p ? ToPatient(p) : null,
            // Without a patient block (single-tumour models, all murine: kosinsky2018) mg/kg doses use a 20 g mouse,
            // the body weight Kosinsky et al. 2018 convert with (Methods; 10 mg/kg = 200 µg).
            Plan = scenario.Plan ?? (scenario.Treatment.Radiotherapy.Count + scenario.Treatment.Drugs.Count > 0 ? scenario.Treatment.ToPlan(SingleTumourWeightKg) : null),
            Options = new SimulationOptions
            {
                Days = scenario.Simulation.Days,
                OutputEveryDays = scenario.Simulation.OutputEveryDays,
                RelativeTolerance = scenario.Simulation.RelativeTolerance,
                AbsoluteTolerance = scenario.Simulation.AbsoluteTolerance,
            },
        };
    }

    private static Model LoadModel(string path) =>
        path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".sbml", StringComparison.OrdinalIgnoreCase)
            ? SbmlReader.ReadFile(path).Model
            : TextModelParser.ParseFile(path);

    internal static Patient ToPatient(ScenarioPatient p) => new(
        Enum.Parse<HostSpecies>(p.Species.ToString()),
        p.WeightKg,
        p.Lesions.Select(l => new Lesion(l.Id, Enum.Parse<AnatomicSite>(l.Site.ToString()), l.VolumeMm3)),
        p.Subtype is { } s ? Enum.Parse<Abscopal.Models.Patients.BreastCancerSubtype>(s.ToString()) : null,
        p.TumorModel is { } t ? Enum.Parse<MurineTumorLine>(t.ToString()) : null,
        new Abscopal.Models.Patients.Biomarkers
        {
            PdL1Cps = p.Biomarkers.PdL1Cps,
            TilsPercent = p.Biomarkers.TilsPercent,
            Rsi = p.Biomarkers.Rsi,
            AlcPerMicrolitre = p.Biomarkers.AlcPerMicroliter,
        });

    /// <summary>RECIST 1.1 category as abbreviated in Eisenhauer et al. 2009 (CR, PR, SD, PD, NE).</summary>
    internal static string Abbreviation(RecistResponse response) => response switch
    {
        RecistResponse.CompleteResponse => "CR",
        RecistResponse.PartialResponse => "PR",
        RecistResponse.StableDisease => "SD",
        RecistResponse.ProgressiveDisease => "PD",
        _ => "NE",
    };

    private static void WriteJson(TextWriter stdout, PatientSimulation result, RecistEvaluation overall, RecistEvaluation? abscopal, AlcNadir? nadir) => JsonOutput.Write(stdout, w =>
    {
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
            var response = overall.Lesions.FirstOrDefault(r => r.Id == lesion.Id);
            w.WriteStartObject();
            w.WriteString("id", lesion.Id);
            w.WriteString("site", lesion.Site.Id());
            w.WriteBoolean("irradiated", lesion.Irradiated);
            w.Numbers("volume_mm3", lesion.VolumeMm3);
            w.Numbers("diameter_mm", lesion.DiameterMm);
            w.WriteString("best_response", response is null ? "NE" : Abbreviation(response.BestResponse));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("summary");
        w.WriteString("overall_response", Abbreviation(overall.BestOverallResponse));
        if (abscopal is null)
        {
            w.WriteNull("abscopal_response");
        }
        else
        {
            w.WriteString("abscopal_response", Abbreviation(abscopal.BestOverallResponse));
        }

        if (nadir is { } n)
        {
            w.Number("alc_nadir_per_uL", n.CellsPerMicroliter);
        }
        else
        {
            w.WriteNull("alc_nadir_per_uL");
        }

        if (overall.TimeToProgressionDays is { } ttp)
        {
            w.Number("time_to_progression_days", ttp);
        }
        else
        {
            w.WriteNull("time_to_progression_days");
        }

        w.WriteString("disclaimer", "In-silico research output, not a clinical recommendation.");
        w.WriteEndObject();
        w.WriteEndObject();
    });

    private static void WriteText(TextWriter stdout, PatientSimulation result, RecistEvaluation overall, RecistEvaluation? abscopal, AlcNadir? nadir)
    {
        var c = CultureInfo.InvariantCulture;
        stdout.WriteLine($"Model {result.ModelId}, {result.Times[^1].ToString("0.#", c)} days. In-silico research output, not a clinical recommendation.");
        foreach (var lesion in result.Lesions)
        {
            var response = overall.Lesions.FirstOrDefault(r => r.Id == lesion.Id);
            stdout.WriteLine(string.Create(c, $"  {lesion.Id} ({lesion.Site.Id()}{(lesion.Irradiated ? ", irradiated" : "")}): {lesion.DiameterMm[0]:0.0} → {lesion.DiameterMm[^1]:0.0} mm, best {(response is null ? "NE" : Abbreviation(response.BestResponse))}"));
        }

        stdout.WriteLine($"Overall response (RECIST 1.1): {Abbreviation(overall.BestOverallResponse)}; abscopal response: {(abscopal is null ? "n/a" : Abbreviation(abscopal.BestOverallResponse))}");
        if (nadir is { } n)
        {
            stdout.WriteLine(string.Create(c, $"ALC nadir {n.CellsPerMicroliter:0} cells/µL on day {n.Day:0.#} (CTCAE grade {n.CtcaeGrade})"));
        }

        stdout.WriteLine(overall.TimeToProgressionDays is { } ttp ? string.Create(c, $"Time to progression: {ttp:0.#} days") : "No progression within the simulated time.");
    }
}
