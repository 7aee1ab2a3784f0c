using System.CommandLine;
using System.Diagnostics;
using Abscopal.Cli.Output;
using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Modeling.Text;
using Abscopal.Numerics.Ode;
using Abscopal.Storage;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal run-model FILE --t-end T</c>: simulates a text-format model and prints CSV.</summary>
internal static class RunModelCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Model in the text model format (a subset of Antimony; see docs/model-format.md)." };
        var tEnd = new Option<double>("--t-end") { Description = "End time, in the model's time unit.", Required = true };
        var tStart = new Option<double>("--t-start") { Description = "Start time (default 0).", DefaultValueFactory = _ => 0.0 };
        var points = new Option<int>("--points") { Description = "Number of output intervals; rows are written at N+1 evenly spaced times (default 100).", DefaultValueFactory = _ => 100 };
        var rtol = new Option<double>("--rtol") { Description = "Relative tolerance, in [1e-14, 1] (default 1e-6).", DefaultValueFactory = _ => 1e-6 };
        var atol = new Option<double>("--atol") { Description = "Absolute tolerance, ≥ 0, in state units (default 1e-9).", DefaultValueFactory = _ => 1e-9 };
        var method = new Option<string>("--method") { Description = "auto (switches between non-stiff and stiff), nonstiff (Dormand–Prince 5(4)) or stiff (Rodas4).", DefaultValueFactory = _ => "auto" };
        method.AcceptOnlyFromAmong("auto", "nonstiff", "stiff", "dp5", "rodas4");

        var quiet = SimulateCommand.QuietOption();
        var db = RunRecording.DbOption();
        var noRecord = RunRecording.NoRecordOption();
        var command = new Command("run-model", "Simulate a model file and print CSV: header 'time,<states>', then N+1 rows from start to end; the run is recorded in the run history. Example: abscopal run-model examples/models/kosinsky2018.ant --t-end 40. " + SimulateCommand.ExitCodeHelp)
        {
            file, tEnd, tStart, points, rtol, atol, method, quiet, db, noRecord,
        };
        command.SetAction(parse =>
        {
            var started = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            var path = parse.GetValue(file)!;
            var start = parse.GetValue(tStart);
            var end = parse.GetValue(tEnd);
            var n = parse.GetValue(points);
            var relative = parse.GetValue(rtol);
            var absolute = parse.GetValue(atol);
            OptionChecks.SimulationOptions(start, end, n, relative, absolute);
            if (!path.Exists)
            {
                throw new UsageException($"{path.FullName}: no such file.");
            }

            string? database = parse.GetValue(noRecord) ? null : RunRecording.DatabasePath(parse.GetValue(db));
            var model = TextModelParser.ParseFile(path.FullName);
            var compiled = ModelCompiler.Compile(model);
            double compileSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var result = ModelSimulator.Simulate(compiled, new SimulationSettings
            {
                StartTime = start,
                EndTime = end,
                Points = n,
                Algorithm = OdeAlgorithms.FromName(parse.GetValue(method)!),
                Options = OdeOptions.Default with { RelativeTolerance = relative, AbsoluteTolerance = absolute },
            });
            double simulateSeconds = clock.Elapsed.TotalSeconds;
            CsvTable.Write(stdout, result);
            if (database is not null)
            {
                long id = RunRecording.Record(database, new NewRun
                {
                    Command = "run-model",
                    InputJson = Inputs(File.ReadAllText(path.FullName), start, end, n, relative, absolute, parse.GetValue(method)!),
                    StartedAt = started,
                    Model = model.Id,
                    ModelVersion = ToolInfo.ModelVersion(path.FullName),
                    Label = path.Name,
                    Timings = [new RunTiming("parse and compile", compileSeconds), new RunTiming("simulate", simulateSeconds)],
                    SummaryJson = Summary(result),
                });
                if (!parse.GetValue(quiet))
                {
                    stderr.WriteLine($"Recorded as run {id} in {database}.");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Inputs(string modelText, double start, double end, int points, double rtol, double atol, string method)
    {
        using var text = new StringWriter();
        JsonOutput.Write(text, w =>
        {
            w.WriteStartObject();
            w.WriteString("model", modelText);
            w.Number("t_start", start);
            w.Number("t_end", end);
            w.WriteNumber("points", points);
            w.Number("rtol", rtol);
            w.Number("atol", atol);
            w.WriteString("method", method);
            w.WriteEndObject();
        });
        return text.ToString().TrimEnd('\n');
    }

    private static string Summary(SimulationResult result)
    {
        using var text = new StringWriter();
        JsonOutput.Write(text, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("rows", result.Times.Count);
            w.WriteStartObject("final");
            for (int i = 0; i < result.Columns.Length; i++)
            {
                w.Number(result.Columns[i], result[result.Times.Count - 1, i]);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        });
        return text.ToString().TrimEnd('\n');
    }
}
