using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Abscopal.Cli.Output;
using Abscopal.Interop.Scenarios;
using Abscopal.Models;
using Abscopal.Models.Patients;
using Abscopal.Simulation;
using Abscopal.Simulation.Readouts;
using Abscopal.Storage;
using Spectre.Console;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal simulate FILE [--json] [--out DIR]</c>: runs a scenario file, prints lesion trajectories and RECIST read-outs (times in days), writes figures and a report, and records the run.</summary>
internal static class SimulateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Scenario file (YAML; see docs/scenarios.md and docs/guide.md)." };
        var json = RtCommand.JsonOption();
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Folder for the figures (PNG and SVG), data (states.csv, lesions.csv, result.json) and report.html; created if missing, other files in it are left alone.", HelpName = "DIR" };
        var quiet = QuietOption();
        var db = RunRecording.DbOption();
        var noRecord = RunRecording.NoRecordOption();
        var command = new Command(
            "simulate",
            "Run a scenario file (in-silico research, not a clinical recommendation) and record it in the run history. "
                + "Examples: abscopal simulate examples/scenarios/tnbc-oligometastatic.yaml; abscopal simulate examples/scenarios/mouse-tsa-two-tumours.yaml --out results/tsa --json. "
                + ExitCodeHelp)
        {
            file, json, outDir, quiet, db, noRecord,
        };
        command.SetAction(parse =>
        {
            var started = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new UsageException($"{path.FullName}: no such file.");
            }

            bool asJson = parse.GetValue(json);
            bool silent = parse.GetValue(quiet);
            string? folder = parse.GetValue(outDir)?.FullName;
            string? database = parse.GetValue(noRecord) ? null : RunRecording.DatabasePath(parse.GetValue(db));
            string text = File.ReadAllText(path.FullName);
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

            double parseSeconds = clock.Elapsed.TotalSeconds;
            string[] phases = folder is null ? ["simulate"] : ["simulate", "figures", "data", "report"];
            var (run, written) = Terminal.WithProgress(stderr, !silent && Terminal.IsInteractive(stderr), phases, progress =>
            {
                progress("simulate");
                clock.Restart();
                SimulationRequest request;
                PatientSimulation result;
                try
                {
                    request = scenario.ToSimulationRequest();
                    result = Simulator.Run(request);
                }
                catch (ArgumentException e)
                {
                    throw new UsageException($"{path.Name}: {e.Message}");
                }

                if (result.Lesions.IsEmpty)
                {
                    throw new UsageException($"{path.Name}: model '{result.ModelId}' has no tumour (a state or rule TV, tumor_volume or V, or the lesions of a built-in model), so there is nothing for the RECIST read-outs; for plain trajectories use: abscopal run-model MODEL --t-end {scenario.Simulation.Days.ToString(CultureInfo.InvariantCulture)}");
                }

                double simulateSeconds = clock.Elapsed.TotalSeconds;
                clock.Restart();
                var lesions = result.Lesions.Select(l => LesionSeries.FromVolumes(l.Id, l.VolumeMm3, l.Irradiated, l.Site == AnatomicSite.LymphNode)).ToArray();
                var overall = Recist.Evaluate(result.Times, lesions);
                var abscopal = Recist.EvaluateAbscopal(result.Times, lesions);
                AlcNadir? nadir = result.AlcPerMicrolitre is { } alc ? Lymphopenia.Nadir(result.Times, alc) : null;
                var run = new SimulationRun(path.FullName, scenario.ModelPath, text, request, result, overall, abscopal, nadir, started);
                run.Timings.Add(("parse", parseSeconds));
                run.Timings.Add(("simulate", simulateSeconds));
                run.Timings.Add(("read-outs", clock.Elapsed.TotalSeconds));
                IReadOnlyList<string> files = folder is null ? [] : SimulationOutput.Write(run, folder, progress);
                return (run, files);
            });

            if (asJson)
            {
                ResultJson.Write(stdout, run);
            }
            else
            {
                WriteText(stdout, run);
            }

            // Results first: on a terminal the buffered stdout would otherwise land after the messages.
            stdout.Flush();
            if (folder is not null && !silent)
            {
                stderr.WriteLine($"Wrote {written.Count} files to {folder}: {string.Join(", ", written.Select(Path.GetFileName))} (open {Path.Combine(folder, SimulationOutput.ReportFile)}).");
            }

            if (database is not null)
            {
                long id = RunRecording.Record(database, new NewRun
                {
                    Command = "simulate",
                    InputJson = SimulationReport.InputJson(run),
                    StartedAt = started,
                    Model = run.Result.ModelId,
                    ModelVersion = ToolInfo.ModelVersion(run.ModelPath),
                    Label = path.Name,
                    Timings = [.. run.Timings.Select(t => new RunTiming(t.Phase, t.Seconds))],
                    SummaryJson = ResultJson.Summary(run),
                    OutputPaths = written,
                });
                if (!silent)
                {
                    stderr.WriteLine($"Recorded as run {id} in {database}.");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The exit-code sentence every run command's help ends with.</summary>
    internal const string ExitCodeHelp = "Exit codes: 0 success, 1 run-time failure (solver, disk, database), 2 bad usage or input.";

    /// <summary>--quiet: no progress display and no informational messages on stderr (results and errors still print).</summary>
    internal static Option<bool> QuietOption() => new("--quiet", "-q") { Description = "No progress display and no informational messages on stderr; results and errors still print." };

    /// <summary>RECIST 1.1 category as abbreviated in Eisenhauer et al. 2009 (CR, PR, SD, PD, NE).</summary>
    internal static string Abbreviation(RecistResponse response) => response switch
    {
        RecistResponse.CompleteResponse => "CR",
        RecistResponse.PartialResponse => "PR",
        RecistResponse.StableDisease => "SD",
        RecistResponse.ProgressiveDisease => "PD",
        _ => "NE",
    };

    private static void WriteText(TextWriter stdout, SimulationRun run)
    {
        var c = CultureInfo.InvariantCulture;
        var result = run.Result;
        var console = Terminal.Over(stdout, Terminal.IsInteractive(stdout));
        console.WriteLine($"Model {result.ModelId}, {result.Times[^1].ToString("0.#", c)} days. {ResultJson.Disclaimer}");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Lesion").AddColumn("Site").AddColumn("Irradiated").AddColumn(new TableColumn("Start (mm)").RightAligned()).AddColumn(new TableColumn("End (mm)").RightAligned()).AddColumn(new TableColumn("Best change").RightAligned()).AddColumn("Best response");
        foreach (var lesion in result.Lesions)
        {
            var response = run.Overall.Lesions.FirstOrDefault(r => r.Id == lesion.Id);
            table.AddRow(
                Markup.Escape(lesion.Id),
                lesion.Site.Id(),
                lesion.Irradiated ? "yes" : "no",
                lesion.DiameterMm[0].ToString("0.0", c),
                lesion.DiameterMm[^1].ToString("0.0", c),
                response is null ? "-" : (response.BestChangeFromBaseline * 100).ToString("+0.0;-0.0;0.0", c) + "%",
                response is null ? "NE" : Abbreviation(response.BestResponse));
        }

        console.Write(table);
        var summary = new Table().Border(TableBorder.Rounded).AddColumn("Read-out").AddColumn("Value");
        summary.AddRow("Overall response (RECIST 1.1)", Abbreviation(run.Overall.BestOverallResponse));
        summary.AddRow("Abscopal response", run.Abscopal is null ? "n/a" : Abbreviation(run.Abscopal.BestOverallResponse));
        summary.AddRow("ALC nadir", run.Nadir is { } n ? string.Create(c, $"{n.CellsPerMicroliter:0} cells/µL on day {n.Day:0.#} (CTCAE grade {n.CtcaeGrade})") : "n/a");
        summary.AddRow("Time to progression", run.Overall.TimeToProgressionDays is { } ttp ? string.Create(c, $"{ttp:0.#} days") : "none within the simulated time");
        console.Write(summary);
    }
}
