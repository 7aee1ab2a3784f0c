using System.CommandLine;
using Abscopal.Modeling.Compilation;
using Abscopal.Modeling.Execution;
using Abscopal.Modeling.Text;
using Abscopal.Numerics.Ode;

namespace Abscopal.Cli.Commands;

/// <summary><c>abscopal run-model FILE --t-end T</c>: simulates a text-format model and prints CSV.</summary>
internal static class RunModelCommand
{
    public static Command Create(TextWriter stdout)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Model in the text model format (a subset of Antimony; see docs/model-format.md)." };
        var tEnd = new Option<double>("--t-end") { Description = "End time, in the model's time unit.", Required = true };
        var tStart = new Option<double>("--t-start") { Description = "Start time (default 0).", DefaultValueFactory = _ => 0.0 };
        var points = new Option<int>("--points") { Description = "Number of output intervals; rows are written at N+1 evenly spaced times (default 100).", DefaultValueFactory = _ => 100 };
        var rtol = new Option<double>("--rtol") { Description = "Relative tolerance, in [1e-14, 1] (default 1e-6).", DefaultValueFactory = _ => 1e-6 };
        var atol = new Option<double>("--atol") { Description = "Absolute tolerance, ≥ 0, in state units (default 1e-9).", DefaultValueFactory = _ => 1e-9 };
        var method = new Option<string>("--method") { Description = "auto (switches between non-stiff and stiff), nonstiff (Dormand–Prince 5(4)) or stiff (Rodas4).", DefaultValueFactory = _ => "auto" };
        method.AcceptOnlyFromAmong("auto", "nonstiff", "stiff", "dp5", "rodas4");

        var command = new Command("run-model", "Simulate a model file and print CSV: header 'time,<states>', then N+1 rows from start to end.")
        {
            file, tEnd, tStart, points, rtol, atol, method,
        };
        command.SetAction(parse =>
        {
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

            var model = TextModelParser.ParseFile(path.FullName);
            var compiled = ModelCompiler.Compile(model);
            var result = ModelSimulator.Simulate(compiled, new SimulationSettings
            {
                StartTime = start,
                EndTime = end,
                Points = n,
                Algorithm = OdeAlgorithms.FromName(parse.GetValue(method)!),
                Options = OdeOptions.Default with { RelativeTolerance = relative, AbsoluteTolerance = absolute },
            });
            CsvTable.Write(stdout, result);
            return ExitCodes.Success;
        });
        return command;
    }

}
